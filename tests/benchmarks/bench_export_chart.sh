#!/bin/sh
# Benchmark, not a test: the whole `tigerscope export-chart --chart financing` process against a
# comparable bar chart drawn by matplotlib (matplotlib_bar.py), alternating, N runs each, in one
# run. Prints both medians and their ratio; the target is a ratio of at most 0.2.
#
#   tests/benchmarks/bench_export_chart.sh [path/to/tigerscope] [N]
#
# Needs Debian's python3-matplotlib, run with /usr/bin/python3 (the python3 first on PATH may not
# see Debian's modules).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
tigerscope=${1:-${TIGERSCOPE:-}}
runs=${2:-15}
python=/usr/bin/python3

if [ -z "$tigerscope" ] || [ ! -x "$tigerscope" ]; then
    echo "usage: $0 path/to/tigerscope [N]" >&2
    exit 2
fi
if ! "$python" -c 'import matplotlib' 2>/dev/null; then
    echo "bench_export_chart: $python cannot import matplotlib (apt-get install python3-matplotlib)" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
export QT_QPA_PLATFORM=offscreen

now_ns() { date +%s%N; }

run_tigerscope() {
    "$tigerscope" --data-dir "$work/data" export-chart --chart financing --out "$work/x.png" >/dev/null
}
run_matplotlib() {
    "$python" "$here/matplotlib_bar.py" "$work/m.png" >/dev/null
}

# One untimed run each: creates the user database and warms the file cache for both sides.
run_tigerscope
run_matplotlib

: >"$work/t.txt"
: >"$work/m.txt"
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(now_ns); run_tigerscope; end=$(now_ns)
    echo $(( (end - start) / 1000 )) >>"$work/t.txt"
    start=$(now_ns); run_matplotlib; end=$(now_ns)
    echo $(( (end - start) / 1000 )) >>"$work/m.txt"
    i=$((i + 1))
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
t=$(median "$work/t.txt")
m=$(median "$work/m.txt")
awk -v t="$t" -v m="$m" -v n="$runs" 'BEGIN {
    printf "runs each:                       %d (alternating)\n", n
    printf "tigerscope export-chart median:  %.1f ms\n", t / 1000
    printf "matplotlib bar chart median:     %.1f ms\n", m / 1000
    printf "ratio (target <= 0.2):           %.3f\n", t / m
}'
