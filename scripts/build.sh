#!/usr/bin/env bash
# Configures and builds Tigerscope into build/ (or $TIGERSCOPE_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${TIGERSCOPE_BUILD_DIR:-$root/build}"
# Usage: build.sh [--target NAME] [cmake configure options...]
target=()
if [ "${1:-}" = "--target" ]; then
    target=(--target "$2")
    shift 2
fi
source "$root/scripts/compiler-cache.sh"
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" "${launcher[@]}" "$@"
cmake --build "$build_dir" "${target[@]}" --parallel "$(nproc 2>/dev/null || echo 2)"
