#!/usr/bin/env bash
# Runs clang-tidy (the project's .clang-tidy) over every source file of app/ and ui/ in a build
# made by scripts/build.sh (it reads that build's compile_commands.json); fails on any finding.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${TIGERSCOPE_BUILD_DIR:-$root/build-tests}"
tidy="$(command -v clang-tidy-14 || command -v clang-tidy || true)"
runner="$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)"
[ -n "$tidy" ] && [ -n "$runner" ] || { echo "check-tidy.sh: clang-tidy is needed (apt-get install clang-tidy)" >&2; exit 2; }
[ -f "$build_dir/compile_commands.json" ] || { echo "check-tidy.sh: no compile_commands.json in $build_dir: build first (scripts/build.sh)" >&2; exit 2; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! "$runner" -clang-tidy-binary "$tidy" -p "$build_dir" -quiet -j "$(nproc 2>/dev/null || echo 2)" \
    "^$root/(app|ui)/.*\.cpp$" >"$log" 2>&1; then
    grep -E "(warning|error):" "$log" | sort -u >&2 || cat "$log" >&2
    echo "check-tidy.sh: clang-tidy found the problems above" >&2
    exit 1
fi
echo "check-tidy.sh: $(grep -c "\"file\": \"$root/\(app\|ui\)/" "$build_dir/compile_commands.json") files clean"
