#!/usr/bin/env bash
# Start-up benchmark: launch → window exposed, Tigerscope against an empty Qt main window,
# alternating, under Xvfb. Prints the medians and their ratio (target: at most 1.2, issue #18).
# Usage: bench_startup.sh TIGERSCOPE EMPTY_WINDOW [RUNS]
set -euo pipefail
app="$1"; empty="$2"; runs="${3:-21}"
data_dir="$(mktemp -d)"; trap 'rm -rf "$data_dir"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT

if [ -z "${DISPLAY:-}" ]; then
    display=":$((90 + RANDOM % 9))"
    Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY="$display"
    sleep 1
fi
export TIGERSCOPE_QUIT_WHEN_SHOWN=1 QT_QPA_PLATFORM=xcb

elapsed_ms() { # command... → milliseconds from launch to exit
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

"$app" --data-dir "$data_dir" --lang en >/dev/null 2>&1 # warm caches and unpack the dataset once
app_times=(); empty_times=()
for ((i = 0; i < runs; ++i)); do
    app_times+=("$(elapsed_ms "$app" --data-dir "$data_dir" --lang en)")
    empty_times+=("$(elapsed_ms "$empty")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
app_median=$(median "${app_times[@]}")
empty_median=$(median "${empty_times[@]}")
echo "startup median: tigerscope ${app_median} ms, empty window ${empty_median} ms over ${runs} runs"
awk -v a="$app_median" -v e="$empty_median" 'BEGIN { printf "ratio: %.2f (target <= 1.20)\n", a / e }'
