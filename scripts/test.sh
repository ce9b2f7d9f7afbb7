#!/usr/bin/env bash
# Sets up, builds and runs every test, headless.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${TIGERSCOPE_BUILD_DIR:-$root/build-tests}"
export TIGERSCOPE_BUILD_DIR="$build_dir"
"$root/scripts/setup-debian.sh"
"$root/scripts/check-format.sh"
"$root/scripts/build.sh" -DCMAKE_CXX_FLAGS="${TIGERSCOPE_TEST_CXXFLAGS:--D_GLIBCXX_ASSERTIONS -DQT_FORCE_ASSERTS}"

# The tests read the source articles from ../shared/seeds; when it is given, a missing folder fails.
export TIGERSCOPE_SEEDS_DIR="${TIGERSCOPE_SEEDS_DIR-$root/../shared/seeds}"
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR="$(mktemp -d)"
    export XDG_RUNTIME_DIR
fi
cd "$build_dir"
ctest --output-on-failure --timeout 900 -LE benchmark -j "$(nproc 2>/dev/null || echo 2)"
