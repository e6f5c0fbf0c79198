#!/usr/bin/env bash
# Java kernel against the native C reference (src/bench/native/native_ref.c: glibc's
# j0/y0/j1/y1, per-segment terms hoisted, gcc -O3 -march=native -fopenmp), measured side by
# side: the two programs alternate, REPEATS times for each thread count, on the same problem.
# Prints the median compute seconds of each and the ratio native / Java (above 1: Java faster),
# and Java's speedup from 1 to 2 threads. Java's time is scatter's own compute_seconds: the
# field computation in a fresh JVM, so it includes the JIT compiling the kernel (a few tenths of
# a second, more when all cores are busy with workers); the C program's is its own timer.
# Then the same for Java's steady state, once compiled: 'scatter scaling' (one JVM, warm-up
# first, thread counts interleaved) against the native medians measured above.
#
# Usage: src/bench/compare-native.sh [REPEATS [NX NY NC]]      (defaults: 5, 256 256 1024)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
repeats=${1:-5}
nx=${2:-256}
ny=${3:-256}
nc=${4:-1024}
. "$root/src/bench/common.sh"
gcc -O3 -march=native -fopenmp "$root/src/bench/native/native_ref.c" -o "$work/native_ref" -lm

echo "problem: nx=$nx ny=$ny nc=$nc; $repeats alternating runs per thread count; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
for rep in $(seq "$repeats"); do
    for t in 1 2; do
        OMP_NUM_THREADS=$t "$work/native_ref" "$nx" "$ny" "$nc" | awk '/^seconds/ { print $2 }' >> "$work/native_$t"
        java -jar "$jar" -q --no-output -t "$t" -nx "$nx" -ny "$ny" -nc "$nc" --timing-log "$work/java_$t.csv"
    done
done
printf '%-8s %12s %12s %16s\n' threads native_s java_s native/java
for t in 1 2; do
    n=$(median < "$work/native_$t")
    j=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "compute_seconds") c = i; next } { print $c }' \
        "$work/java_$t.csv" | median)
    printf '%-8s %12.3f %12.3f %16.2f\n' "$t" "$n" "$j" "$(echo "$n $j" | awk '{ print $1 / $2 }')"
    echo "$j" > "$work/java_median_$t"
done
awk 'NR == FNR { one = $1; next } { printf "java speedup 1 -> 2 threads: %.2f\n", one / $1 }' \
    "$work/java_median_1" "$work/java_median_2"

echo
echo "steady state (scatter scaling in one JVM after warm-up, $repeats runs per thread count):"
java -jar "$jar" scaling -q --max-threads 2 --repeat "$repeats" -nx "$nx" -ny "$ny" -nc "$nc" --csv "$work/steady.csv" > /dev/null
printf '%-8s %12s %12s %16s\n' threads native_s java_s native/java
for t in 1 2; do
    n=$(median < "$work/native_$t")
    j=$(awk -F, -v t="$t" 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "median_seconds") c = i; if ($i == "threads") k = i }; next }
        $k == t { print $c }' "$work/steady.csv")
    printf '%-8s %12.3f %12.3f %16.2f\n' "$t" "$n" "$j" "$(echo "$n $j" | awk '{ print $1 / $2 }')"
done
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "speedup") c = i; if ($i == "threads") k = i }; next }
    $k == 2 { printf "java speedup 1 -> 2 threads: %.2f\n", $c }' "$work/steady.csv"
