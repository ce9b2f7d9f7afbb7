#!/usr/bin/env bash
# Builds every target with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/ (or
# $TIGERSCOPE_ASAN_BUILD_DIR) and runs the test suites there, benchmarks excluded.
# The runtimes' defaults (halt on the first finding, leak suppressions in tests/sanitizers/lsan.supp)
# are compiled into each executable; ASAN_OPTIONS / UBSAN_OPTIONS / LSAN_OPTIONS still override them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${TIGERSCOPE_ASAN_BUILD_DIR:-$root/build-asan}"
jobs="${TIGERSCOPE_JOBS:-$(nproc 2>/dev/null || echo 2)}"

"$root/scripts/setup-debian.sh"
source "$root/scripts/compiler-cache.sh"
cmake -S "$root" -B "$build_dir" -G Ninja "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE=Debug \
    -DTIGERSCOPE_WITH_SANITIZERS=ON \
    -DTIGERSCOPE_BUILD_BENCHMARKS=OFF \
    -DCMAKE_CXX_FLAGS="-D_GLIBCXX_ASSERTIONS -DQT_FORCE_ASSERTS" \
    "$@"
cmake --build "$build_dir" --parallel "$jobs"

export TIGERSCOPE_SEEDS_DIR="${TIGERSCOPE_SEEDS_DIR:-$root/../shared/seeds}"
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR="$(mktemp -d)"
    export XDG_RUNTIME_DIR
fi
cd "$build_dir"
# Sanitized code runs a few times slower: allow for it in the per-test timeout.
ctest --output-on-failure --timeout 1800 -LE benchmark -j "$jobs"
