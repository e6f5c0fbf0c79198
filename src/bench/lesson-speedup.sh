#!/usr/bin/env bash
# The lesson's exercise, measured: scatter.sl as shipped, run the way Slurm runs it (bash
# scatter.sl with the job's SLURM_* variables, here by hand so that no queue adds noise) on 1 and
# on N cores, alternating, REPEATS times each. Prints every run, then the median compute and
# wall-clock times per core count and the speedups: compute_seconds and wall_seconds from
# scatter's timing log, and the whole process measured from outside (date before and after bash
# scatter.sl, so JVM start and exit are included).
#
# Usage: src/bench/lesson-speedup.sh [REPEATS [N [SCATTER.SL OPTIONS...]]]   (defaults: 3, 2)
#   src/bench/lesson-speedup.sh 3 2 --lesson     # the same for the lesson's default case
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
repeats=${1:-3}
cores=${2:-2}
shift $(($# > 2 ? 2 : $#))
. "$root/src/bench/common.sh"
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p)"
echo "bash scatter.sl $*: $repeats alternating runs each on 1 and $cores cores"

export SCATTER_JAR=$jar SCATTER_TIMING_LOG=$work/timings.csv SLURM_SUBMIT_DIR=$work
id=0
for _ in $(seq "$repeats"); do
    for c in 1 "$cores"; do
        id=$((id + 1))
        start=$(date +%s.%N)
        SLURM_JOB_ID=$id SLURM_CPUS_PER_TASK=$c bash "$root/scatter.sl" "$@" > "$work/out-$id.txt" 2> "$work/err-$id.txt"
        end=$(date +%s.%N)
        echo "$c $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')" >> "$work/outside.txt"
        printf 'run %d, %d cores: %s\n' "$id" "$c" "$(sed -n 's/^Sum of scattered field |amplitudes|^2: /checksum /p' "$work/out-$id.txt")"
    done
done

# columns of the timing log by name
col() { awk -F, -v name="$1" -v c="$2" 'NR == 1 { for (i = 1; i <= NF; i++) h[$i] = i; next }
    $h["threads"] == c { print $h[name] }' "$work/timings.csv"; }
printf '\n%-6s %12s %12s %14s\n' cores compute_s wall_s outside_s
for c in 1 "$cores"; do
    printf '%-6s %12.3f %12.3f %14.3f\n' "$c" "$(col compute_seconds "$c" | median)" \
        "$(col wall_seconds "$c" | median)" "$(awk -v c="$c" '$1 == c { print $2 }' "$work/outside.txt" | median)"
done
speedup() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "median compute speedup $(speedup "$(col compute_seconds 1 | median)" "$(col compute_seconds "$cores" | median)")," \
    "wall-clock speedup $(speedup "$(col wall_seconds 1 | median)" "$(col wall_seconds "$cores" | median)")" \
    "(timing log), $(speedup "$(awk '$1 == 1 { print $2 }' "$work/outside.txt" | median)" \
        "$(awk -v c="$cores" '$1 == c { print $2 }' "$work/outside.txt" | median)") (whole process from outside)"
echo
java -jar "$jar" report "$work/timings.csv"
