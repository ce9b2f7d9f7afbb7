#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang into build-fuzz/ (or $TIGERSCOPE_FUZZ_BUILD_DIR)
# and runs each for a bounded time, starting from its seed corpus in tests/fuzz/corpus/<target>/.
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_TARGETS   space-separated subset (default: every target built)
#   FUZZ_JOBS      parallel fuzzing processes per target (default 1)
# New inputs go to build-fuzz/corpus/<target>/, never into the tracked seed corpus. A crash leaves
# its input in build-fuzz/artifacts/<target>/ and makes the script fail; copy it into the seed
# corpus and add a regression test to the module's suite.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${TIGERSCOPE_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${FUZZ_SECONDS:-60}"
jobs="${FUZZ_JOBS:-1}"

# libFuzzer comes with clang's runtime; Debian 12's clang is version 14.
"$root/scripts/setup-debian.sh" clang-14 libclang-rt-14-dev
cc=clang-14 cxx=clang++-14
command -v "$cxx" >/dev/null || { cc=clang; cxx=clang++; }
command -v "$cxx" >/dev/null || { echo "fuzz.sh: clang++ is needed (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
source "$root/scripts/compiler-cache.sh"
CC="$cc" CXX="$cxx" cmake -S "$root" -B "$build_dir" -G Ninja "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTIGERSCOPE_BUILD_FUZZERS=ON \
    -DTIGERSCOPE_BUILD_TESTS=OFF \
    -DTIGERSCOPE_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build_dir" --target fuzzers --parallel "$(nproc 2>/dev/null || echo 2)"

targets="${FUZZ_TARGETS:-$(find "$build_dir/tests/fuzz" -maxdepth 1 -type f -executable -name 'fuzz_*' -printf '%f ')}"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
failed=()
for target in $targets; do
    binary="$build_dir/tests/fuzz/$target"
    [ -x "$binary" ] || { echo "fuzz.sh: no target $target" >&2; failed+=("$target"); continue; }
    work="$build_dir/corpus/$target"
    artifacts="$build_dir/artifacts/$target"
    mkdir -p "$work" "$artifacts"
    parallel=()
    if ((jobs > 1)); then parallel=(-jobs="$jobs" -workers="$jobs"); fi
    echo "== $target: ${seconds}s"
    if ! (cd "$build_dir" && "$binary" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
        -print_final_stats=1 "${parallel[@]}" -artifact_prefix="$artifacts/" \
        "$work" "$root/tests/fuzz/corpus/$target" 2>"$build_dir/$target.log"); then
        tail -n 40 "$build_dir/$target.log" >&2
        echo "fuzz.sh: $target found a problem; inputs in $artifacts" >&2
        failed+=("$target")
    else
        grep -E "^stat::(number_of_executed_units|peak_rss_mb|new_units_added)" "$build_dir/$target.log" || true
    fi
done
if ((${#failed[@]})); then
    echo "fuzz.sh: failing targets: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: no crash in ${seconds}s per target"
