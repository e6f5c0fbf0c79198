#!/usr/bin/env bash
# Measures scatter's whole-process time, how compute time grows with the problem, and peak
# memory, against the targets in the README's performance section. Every figure is a median of
# REPEATS runs; the runs of a comparison alternate, so machine noise hits both sides alike.
#
# Usage: src/bench/check-targets.sh [REPEATS]        (default 5)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
repeats=${1:-5}
. "$root/src/bench/common.sh"
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"

echo
echo "== whole process, default case, 2 threads: java -jar scatter.jar -checksum --no-output"
for _ in $(seq "$repeats"); do
    /usr/bin/time -f %e -o "$work/t" java -jar "$jar" -q -checksum --no-output -t 2 > /dev/null
    cat "$work/t" >> "$work/whole"
done
whole=$(median < "$work/whole")
awk -v w="$whole" 'BEGIN { printf "median %.3f s; the teaching code with multiprocessing on 2 processes takes 19 s: %.0fx faster\n", w, 19 / w }'

echo
echo "== cost growth: compute seconds when nc or the number of nodes doubles (1 thread, after warm-up)"
# in a fresh JVM every run also pays a few tenths of a second of JIT compilation, the same for
# every size, which would hide how the computation itself grows: 'scatter scaling' warms up first
runs=("256 256 512" "256 256 1024" "256 256 2048" "362 362 1024")
for i in "${!runs[@]}"; do
    read -r nx ny nc <<< "${runs[$i]}"
    java -jar "$jar" scaling -q --max-threads 1 --repeat "$repeats" -nx "$nx" -ny "$ny" -nc "$nc" \
        --csv "$work/grow_$i.csv" > /dev/null
    awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) h[$i] = i; next }
        { print $h["median_seconds"], $h["mpairs_per_second"] * $h["median_seconds"] * 1e6 }' \
        "$work/grow_$i.csv" > "$work/grow_$i"
done
printf '%-14s %10s %14s\n' "nx ny nc" seconds pairs
for i in "${!runs[@]}"; do
    read -r sec pairs < "$work/grow_$i"
    printf '%-14s %10.3f %14.0f\n' "${runs[$i]}" "$sec" "$pairs"
done
ratio() { awk 'NR == FNR { a = $1; pa = $2; next } { printf "%.3f (pairs ratio %.3f)", $1 / a, $2 / pa }' \
    "$work/grow_$1" "$work/grow_$2"; }
echo "nc 512 -> 1024:        time ratio $(ratio 0 1)"
echo "nc 1024 -> 2048:       time ratio $(ratio 1 2)"
echo "nodes 257^2 -> 363^2:  time ratio $(ratio 1 3)"

echo
echo "== peak memory, nx = ny = 2048, nc = 64, --no-output (the four double arrays are 134 MB)"
for _ in $(seq 3); do
    /usr/bin/time -f %M -o "$work/m" java -jar "$jar" -q --no-output -nx 2048 -ny 2048 -nc 64
    cat "$work/m" >> "$work/mem"
done
awk '{ print $1 / 1024 }' "$work/mem" | median | awk '{ printf "median peak resident memory %.0f MB\n", $1 }'
