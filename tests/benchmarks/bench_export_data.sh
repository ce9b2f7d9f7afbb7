#!/bin/sh
# Benchmark, not a test: `tigerscope export-data` (JSON, then CSV) with one imported article of
# about 20 MiB (just under the import limit), made up here of numbered English paragraphs. Prints
# the size and the wall-clock and CPU seconds of each export; the target is under 10 s of wall-clock
# time each. Exit 1 when missed. On a shared machine the CPU seconds are the better guide.
#
#   tests/benchmarks/bench_export_data.sh path/to/tigerscope
set -eu

tigerscope=${1:-${TIGERSCOPE:-}}
if [ -z "$tigerscope" ] || [ ! -x "$tigerscope" ]; then
    echo "usage: $0 path/to/tigerscope" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CACHE_HOME="$work/cache"

# 115,000 paragraphs of about 180 bytes: 19.8 MiB, under the 20 MiB import limit.
awk 'BEGIN {
    print "A synthetic article for the export benchmark\n"
    for (i = 1; i <= 115000; i++)
        printf "Paragraph %d of the benchmark article: the company raised 1.5 billion RMB within 10 days, " \
               "hired 200 people and shipped a model that 18.45 million users tried by February 2025.\n\n", i
}' >"$work/article.txt"
bytes=$(wc -c <"$work/article.txt")
"$tigerscope" --data-dir "$work/data" import-article "$work/article.txt" >/dev/null

now_ns() { date +%s%N; }
status=0
for format in json csv; do
    out="$work/export.$format"
    start=$(now_ns)
    if [ -x /usr/bin/time ]; then
        cpu=$(/usr/bin/time -f "%U %S" "$tigerscope" --data-dir "$work/data" export-data --format "$format" \
            --out "$out" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.2f", $1 + $2 }')
    else
        "$tigerscope" --data-dir "$work/data" export-data --format "$format" --out "$out"
        cpu="?"
    fi
    end=$(now_ns)
    seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
    echo "export-data --format $format of a $bytes-byte article: $seconds s wall, $cpu s CPU (target < 10 s)"
    if awk -v s="$seconds" 'BEGIN { exit !(s >= 10) }'; then
        status=1
    fi
done
exit $status
