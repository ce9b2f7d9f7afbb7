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
# ccache, where installed, makes rebuilds of unchanged files (another build folder, a fresh clone) cheap.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" "${launcher[@]}" "$@"
cmake --build "$build_dir" "${target[@]}" --parallel "$(nproc 2>/dev/null || echo 2)"
