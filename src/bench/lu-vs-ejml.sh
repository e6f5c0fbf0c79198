#!/usr/bin/env bash
# The exact model's LU (scatter.linalg.ComplexLu) against EJML's complex LU, side by side in one
# JVM, medians: src/bench/lu-vs-ejml.sh [REPEATS [SIZES [THREADS [BLOCKS]]]] (default 3, 2048,4096,
# 1,2, the product's block width; BLOCKS e.g. 32,64,128 compares widths; "noejml" as a fifth
# argument leaves EJML out).
# Prints the load average first: the figures mean little on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
repeats=${1:-3}
sizes=${2:-2048,4096}
threads=${3:-1,2}
blocks=${4:-}
ejml=${5:-}
jar=target/bench/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find src -newer "$jar" -name '*.java' | head -1)" ]; then
    mvn -q -P bench -DskipTests package
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) processors"
java -Xmx4g ${blocks:+-Dblocks="$blocks"} -cp "$jar" scatter.linalg.LuComparison "$sizes" "$threads" "$repeats" $ejml
