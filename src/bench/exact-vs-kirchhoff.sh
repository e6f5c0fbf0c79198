#!/usr/bin/env bash
# The exact model against the Kirchhoff model, on the figures issue 12 sets targets for. Every
# figure is a median of REPEATS runs in fresh JVMs (as users run scatter); the two sides of each
# comparison alternate run by run, so that noise from other work hits both alike.
#
#   1. the default case, whole process (JVM start to exit): --model exact against the Kirchhoff
#      default (target: at most 2x);
#   2. 512 x 512 cells, the default obstacle, lambda 0.5 and 0.1, 2 threads: the exact model's
#      compute time (solve + field) against Kirchhoff's at nc = 1024 on the same grid, with the
#      exact model's assembly, LU and field times and its number of boundary points;
#   3. the speedup of the field and of the assembly from 1 to 2 threads (target: at least 1.8): the
#      field on a problem where it takes seconds (lambda 0.05, 512 x 512: 2048 boundary points);
#      the assembly with JMH (AssemblyBenchmark, compiled, 2048 and 4096 points), since even at the
#      most points, 4096, it takes only a few tenths of a second, against a minute of LU, and in a
#      fresh JVM is mostly JIT compilation;
#
# Times come from the log's last line ("compute ... (solve ...: assembly ..., LU ...; field ...)");
# the assembly and LU times are summed over the doubling levels.
#
# Usage: src/bench/exact-vs-kirchhoff.sh [REPEATS [SPEEDUP_REPEATS]]     (default 5 and 3)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
repeats=${1:-5}
speedup_repeats=${2:-3}
. "$root/src/bench/common.sh"
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"

# run NAME ARGS...: one fresh run; appends "wall compute solve assembly lu field points" to $work/NAME
# (solve ... points are 0 for the Kirchhoff model)
run() {
    local name=$1
    shift
    /usr/bin/time -f %e -o "$work/time" java -jar "$jar" --no-output "$@" 2> "$work/log"
    local line
    line=$(grep 'compute [0-9.]* s' "$work/log" | tail -1)
    awk -v wall="$(cat "$work/time")" '{
        for (i = 1; i <= NF; i++) {
            if ($i == "compute") c = $(i + 1); if ($i == "(solve") s = $(i + 1); if ($i == "assembly") a = $(i + 1)
            if ($i == "LU") l = $(i + 1); if ($i == "field") f = $(i + 1)
            if ($i == "boundary" && $(i + 1) ~ /^points/) p = $(i - 1)
        }
        printf "%s %s %s %s %s %s %s\n", wall, c, s + 0, a + 0, l + 0, f + 0, p + 0 }' <<< "$line" >> "$work/$name"
}

# col NAME N: the median of column N of $work/NAME
col() { awk -v n="$2" '{ print $n }' "$work/$1" | median; }

echo
echo "== 1. default case, whole process, 2 threads: --model exact against the Kirchhoff default ($repeats runs each)"
for _ in $(seq "$repeats"); do
    run k1 -t 2
    run e1 -t 2 --model exact
done
kw=$(col k1 1)
ew=$(col e1 1)
printf 'Kirchhoff: median %.3f s (compute %.3f s)\n' "$kw" "$(col k1 2)"
printf 'exact:     median %.3f s (compute %.3f s = solve %.3f s [assembly %.3f s, LU %.3f s] + field %.3f s; %d points)\n' \
    "$ew" "$(col e1 2)" "$(col e1 3)" "$(col e1 4)" "$(col e1 5)" "$(col e1 6)" "$(col e1 7)"
awk -v e="$ew" -v k="$kw" 'BEGIN { printf "ratio exact / Kirchhoff, whole process: %.2f (target <= 2)\n", e / k }'

echo
echo "== 2. 512 x 512 cells, 2 threads: exact compute against Kirchhoff's at nc = 1024 ($repeats runs each)"
printf '%-7s %-9s %9s %9s %9s %9s %9s %7s %9s\n' lambda model compute solve assembly LU field points "exact/K"
for lambda in 0.5 0.1; do
    for _ in $(seq "$repeats"); do
        run "k2_$lambda" -t 2 -nx 512 -ny 512 -nc 1024 -lambda "$lambda"
        run "e2_$lambda" -t 2 -nx 512 -ny 512 --model exact -lambda "$lambda"
    done
    kc=$(col "k2_$lambda" 2)
    ec=$(col "e2_$lambda" 2)
    printf '%-7s %-9s %9.3f %9s %9s %9s %9s %7s %9s\n' "$lambda" kirchhoff "$kc" - - - - - -
    printf '%-7s %-9s %9.3f %9.3f %9.3f %9.3f %9.3f %7d %9.2f\n' "$lambda" exact "$ec" "$(col "e2_$lambda" 3)" \
        "$(col "e2_$lambda" 4)" "$(col "e2_$lambda" 5)" "$(col "e2_$lambda" 6)" "$(col "e2_$lambda" 7)" \
        "$(awk -v e="$ec" -v k="$kc" 'BEGIN { print e / k }')"
done

echo
echo "== 3a. speedup from 1 to 2 threads: --model exact -lambda 0.05 -nx 512 -ny 512 ($speedup_repeats runs each)"
for _ in $(seq "$speedup_repeats"); do
    run s1 -t 1 -nx 512 -ny 512 --model exact -lambda 0.05
    run s2 -t 2 -nx 512 -ny 512 --model exact -lambda 0.05
done
printf '%-8s %9s %9s %9s %9s %7s\n' threads compute assembly LU field points
for t in 1 2; do
    printf '%-8s %9.3f %9.3f %9.3f %9.3f %7d\n' "$t" "$(col "s$t" 2)" "$(col "s$t" 4)" "$(col "s$t" 5)" "$(col "s$t" 6)" \
        "$(col "s$t" 7)"
done
awk -v a1="$(col s1 4)" -v a2="$(col s2 4)" -v f1="$(col s1 6)" -v f2="$(col s2 6)" -v c1="$(col s1 2)" \
    -v c2="$(col s2 2)" 'BEGIN { printf "speedup: assembly %.2f, field %.2f (targets >= 1.8); whole compute %.2f (the LU runs on one thread)\n",
        a1 / a2, f1 / f2, c1 / c2 }'

echo
echo "== 3b. the assembly alone, compiled: JMH AssemblyBenchmark (lambda 0.05, 1 fork, 3 warm-up and 7 measured assemblies)"
(cd "$root" && mvn -q -P bench -DskipTests package)
java -jar "$root/target/bench/benchmarks.jar" AssemblyBenchmark -rf csv -rff "$work/jmh.csv" > "$work/jmh.log"
awk -F, 'NR > 1 { gsub(/["\r]/, ""); t[$8 " " $9] = $5; e[$8 " " $9] = $6 }
    END { for (p = 2048; p <= 4096; p *= 2) printf "%d points: 1 thread %.1f ms, 2 threads %.1f ms (+- %.1f): speedup %.2f\n",
        p, t[p " 1"], t[p " 2"], e[p " 2"], t[p " 1"] / t[p " 2"] }' "$work/jmh.csv"
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
