#!/usr/bin/env bash
# The fast multipole evaluation's performance figures (docs/performance.md, "Fast multipole
# evaluation"): each comparison alternates its two sides run by run and reports medians and ratios.
#
#   src/bench/fmm.sh [REPEATS [DIRECT_PART]]
#   src/bench/fmm.sh threads [PAIRS]
#
# REPEATS (default 3) runs of each side. The direct sums of the large grids are measured on one band
# of rows, part DIRECT_PART (default 16: 1/16 of the rows, the middle band, through the obstacle)
# and scaled by the rows: a band through the obstacle has more inside nodes than the average, so
# the scaled figure is a little below the whole grid's.
#
# "threads" runs only the speedup comparison (about 2.5 minutes on a quiet 2-core machine at the
# default 5 pairs): 8192 x 8192 cells, nc 16384, --fmm, on 1 and on 2 threads in alternation (in
# the order 1 2, 2 1, 1 2, ... so that a drift of the machine's speed weighs on both alike), each
# run's compute time (the log's) and its whole process's user and system CPU time and wall time
# (/usr/bin/time), then the medians, the ratio of the medians and the median of the pairs' ratios.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/src/bench/common.sh"
repeats=${1:-3}
part=${2:-16}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) processors"

if [ "$repeats" = threads ]; then
    pairs=${2:-5}
    args="-nx 8192 -ny 8192 -nc 16384 --fmm --no-output"
    # one run on $1 threads: "compute user sys wall" in seconds
    run() {
        /usr/bin/time -f "%U %S %e" -o "$work/time" java -jar "$jar" $args -t "$1" > "$work/log" 2>&1
        echo "$(sed -n 's/.*compute \([0-9.]*\) s.*/\1/p' "$work/log" | tail -1) $(tail -1 "$work/time")"
    }
    : > "$work/1"; : > "$work/2"; : > "$work/ratio"
    echo "8192 x 8192 cells, nc 16384, --fmm: $pairs pairs of runs on 1 and 2 threads"
    printf '%-8s %10s %8s %8s %8s\n' threads "compute s" "user s" "sys s" "wall s"
    for i in $(seq "$pairs"); do
        order="1 2"; [ $((i % 2)) -eq 0 ] && order="2 1"
        for t in $order; do
            r=$(run "$t"); echo "$r" >> "$work/$t"
            printf '%-8s %10s %8s %8s %8s\n' "$t" $r
        done
        echo "$(tail -1 "$work/1" | cut -d' ' -f1) / $(tail -1 "$work/2" | cut -d' ' -f1)" | bc -l >> "$work/ratio"
    done
    for t in 1 2; do
        printf 'median, %s thread(s): compute %s s, user %s s, sys %s s, wall %s s\n' "$t" \
            "$(cut -d' ' -f1 "$work/$t" | median)" "$(cut -d' ' -f2 "$work/$t" | median)" \
            "$(cut -d' ' -f3 "$work/$t" | median)" "$(cut -d' ' -f4 "$work/$t" | median)"
    done
    printf 'compute, 1 thread / 2 threads: ratio of the medians %.3f, median of the pairs %.3f\n' \
        "$(echo "$(cut -d' ' -f1 "$work/1" | median) / $(cut -d' ' -f1 "$work/2" | median)" | bc -l)" \
        "$(median < "$work/ratio")"
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
fi

# compute (or, with field, the field phase's) seconds of one run: the log's "compute X s"
compute() { java -jar "$jar" "$@" --no-output 2>&1 | sed -n 's/.*compute \([0-9.]*\) s.*/\1/p' | tail -1; }
field() { java -jar "$jar" "$@" --no-output 2>&1 | sed -n 's/.*field \([0-9.]*\) s).*/\1/p' | tail -1; }
wall() { local t0 t1; t0=$(date +%s.%N); java -jar "$jar" "$@" --no-output > /dev/null 2>&1; t1=$(date +%s.%N);
    echo "$t1 - $t0" | bc -l; }

# alternate: name, command A (a function and its arguments up to '--'), command B; medians, B / A
alternate() {
    local name=$1 a=() b=(); shift
    while [ "$1" != "--" ]; do a+=("$1"); shift; done; shift
    b=("$@")
    : > "$work/a"; : > "$work/b"
    for _ in $(seq "$repeats"); do
        "${a[@]}" >> "$work/a"
        "${b[@]}" >> "$work/b"
    done
    local ma mb
    ma=$(median < "$work/a"); mb=$(median < "$work/b")
    printf '%-52s %10.3f %10.3f   ratio %.3f\n' "$name" "$ma" "$mb" "$(echo "$mb / $ma" | bc -l)"
}

big="-nx 4096 -ny 4096 -nc 8192"
mid=$((part / 2))
echo "the direct sums on part $mid of $part, scaled by $part"
direct_part() { local s; s=$(compute "$@" --part "$mid/$part"); echo "$s * $part" | bc -l; }

printf '%-52s %10s %10s\n' "" "A (s)" "B (s)"
alternate "4096^2, nc 8192, lambda 0.5: direct (scaled) / fmm" direct_part $big -- compute $big --fmm
alternate "4096^2, nc 8192, lambda 0.02: direct (scaled) / fmm" direct_part $big -lambda 0.02 -- compute $big -lambda 0.02 --fmm
# the exact model's field (its close evaluation next to the boundary on the FMM too): the direct
# field on the middle band scaled by the rows; that band crosses the boundary where it runs
# across the rows, so it has fewer close nodes per row than the whole and the scaled figure is low
field_part() { local s; s=$(field "$@" --part "$mid/$part"); echo "$s * $part" | bc -l; }
alternate "exact, lambda 0.05, 2048^2: field direct (scaled) / fmm" \
    field_part -nx 2048 -ny 2048 --model exact -lambda 0.05 -- \
    field -nx 2048 -ny 2048 --model exact -lambda 0.05 --fmm
alternate "fmm, nc 8192: 2048^2 -> 4096^2 nodes" compute -nx 2048 -ny 2048 -nc 8192 --fmm -- compute $big --fmm
alternate "fmm, 4096^2: nc 2048 -> 8192 sources" compute -nx 4096 -ny 4096 -nc 2048 --fmm -- compute $big --fmm
alternate "fmm, 4096^2, nc 8192: 2 threads -> 1 thread" compute $big --fmm -t 2 -- compute $big --fmm -t 1
alternate "default case, whole process: direct / --fmm" wall -checksum -- wall -checksum --fmm
