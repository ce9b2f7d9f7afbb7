#!/usr/bin/env bash
# Fails when clang-format (the project's .clang-format) would change a tracked C++ file.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
format="$(command -v clang-format-14 || command -v clang-format || true)"
[ -n "$format" ] || { echo "check-format.sh: clang-format is needed (apt-get install clang-format)" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui tests -name '*.cpp' -o -name '*.h')
unformatted=()
for file in "${files[@]}"; do
    "$format" --dry-run -Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done
if ((${#unformatted[@]})); then
    echo "check-format.sh: ${#unformatted[@]} file(s) need clang-format -i: ${unformatted[*]}" >&2
    exit 1
fi
echo "check-format.sh: ${#files[@]} files formatted"
