#!/bin/bash -e
#SBATCH --job-name=scatter
#SBATCH --time=00:10:00
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=4
#SBATCH --hint=nomultithread
#SBATCH --mem=2G
#SBATCH --output=scatter-%j.out

# Solves the scattering problem on the cores Slurm gives this job, and appends its timings to
# scatter-timings.csv (SCATTER_TIMING_LOG to change) so that core counts can be compared:
#   sbatch --cpus-per-task=1 scatter.sl
#   sbatch --cpus-per-task=8 scatter.sl
#   java -jar target/scatter.jar report scatter-timings.csv   # speedup of 8 cores over 1
#
# What it runs: -nx 1024 -ny 1024 -nc 2048, a problem sized for comparing core counts. It takes
# about 25 s on one core of a 2-core development machine (a few minutes at most on one core of a
# cluster node), so that starting Java and compiling the kernel, about half a second, are a few
# percent of it; the lesson's default case computes for a few hundredths of a second once
# compiled, and its timings would compare start-up, not cores. Every core count prints
#   Sum of scattered field |amplitudes|^2: 295629.87700830627
# The lesson's default case (128 x 128, 128 segments, checksum 4686.33932772557):
#   sbatch scatter.sl --lesson
# Options after the script name go to scatter and override the script's (the last one given
# wins), e.g. sbatch scatter.sl -nx 512 -ny 512 --no-output.
# The jar is target/scatter.jar in the directory you submit from (SCATTER_JAR to change).
#
# Split over a job array, each task computes one band of rows and writes
# scatter-<arrayjob>-part<I>of<N>.h5; a job that depends on the array merges them:
#   jobid=$(sbatch --parsable --array=0-7 scatter.sl -nx 4096 -ny 4096)
#   sbatch --dependency=afterok:${jobid%%;*} scatter.sl merge "scatter-${jobid%%;*}-part*of8.h5" -o result.h5
# (quote the pattern: the parts exist only when the merge job runs, and this
# script expands it then).

# Java 17 or newer: the cluster's module if it has one (NeSI: Java/17; SCATTER_JAVA_MODULE names
# another), else the java on the PATH
java_version() {
    java -version 2>&1 | sed -n '1s/^[^"]*"\([^"]*\)".*/\1/p'
}
module_name=""
if command -v module >/dev/null 2>&1; then
    module_name=${SCATTER_JAVA_MODULE:-Java/17}
    module load "$module_name" >/dev/null 2>&1 || module_name="no module $module_name"
fi
version=$(java_version 2>/dev/null || true)
major=${version%%[!0-9]*}                    # 17.0.15 -> 17, 21 -> 21, 1.8.0_292 -> 1
if [ -z "$major" ] || [ "$major" -lt 17 ]; then
    found="there is no java on the PATH"
    command -v java >/dev/null 2>&1 && found="the java on the PATH is version ${version:-unknown} ($(command -v java))"
    case "$module_name" in
        "") echo "scatter.sl: scatter needs Java 17 or newer, and $found; install Java 17 or newer or put it on the PATH" >&2 ;;
        "no module "*) echo "scatter.sl: scatter needs Java 17 or newer: module load ${module_name#no module } failed and $found; find the cluster's Java module with 'module spider Java' and submit with SCATTER_JAVA_MODULE=<module> sbatch scatter.sl" >&2 ;;
        *) echo "scatter.sl: scatter needs Java 17 or newer: after module load $module_name, $found; find a newer one with 'module spider Java' and submit with SCATTER_JAVA_MODULE=<module> sbatch scatter.sl" >&2 ;;
    esac
    exit 2
fi

cd "${SLURM_SUBMIT_DIR:-.}"
jar=${SCATTER_JAR:-target/scatter.jar}
if [ ! -f "$jar" ]; then
    echo "scatter.sl: no $jar in $(pwd); build it first (mvn -q -DskipTests package) or set SCATTER_JAR" >&2
    exit 2
fi

# one worker thread per allocated core, as the lesson's scripts do
export OMP_NUM_THREADS=${SLURM_CPUS_PER_TASK:-1}

# keep the Java heap inside the job's --mem (Slurm gives it in MB); without this
# the JVM sizes its heap from the whole node's memory and may be killed
heap=()
if [ -n "${SLURM_MEM_PER_NODE:-}" ]; then
    heap=(-Xmx$((SLURM_MEM_PER_NODE * 3 / 4))m)
elif [ -n "${SLURM_MEM_PER_CPU:-}" ]; then
    heap=(-Xmx$((SLURM_MEM_PER_CPU * ${SLURM_CPUS_PER_TASK:-1} * 3 / 4))m)
fi

if [ "${1:-}" = merge ]; then
    # file patterns in the arguments are expanded here, when the parts exist (a
    # pattern that matches nothing stays as it is, and scatter names it)
    shift
    args=()
    for arg in "$@"; do
        case "$arg" in
            *[*?[]*) saved_ifs=$IFS; IFS=; matches=($arg); IFS=$saved_ifs; args+=("${matches[@]}") ;;
            *) args+=("$arg") ;;
        esac
    done
    exec java "${heap[@]}" -jar "$jar" merge -checksum "${args[@]}"
fi

# the problem: sized for comparing core counts, or with --lesson the lesson's default case
problem=(-nx 1024 -ny 1024 -nc 2048)
if [ "${1:-}" = --lesson ]; then
    shift
    problem=()
fi

if [ -n "${SLURM_ARRAY_TASK_ID:-}" ]; then
    # one task of a job array: scatter computes band I of N from SLURM_ARRAY_TASK_*
    # (I = (id - min) / step, N = SLURM_ARRAY_TASK_COUNT) and writes it as a part file
    part=$(( (SLURM_ARRAY_TASK_ID - ${SLURM_ARRAY_TASK_MIN:-0}) / ${SLURM_ARRAY_TASK_STEP:-1} ))
    out="scatter-${SLURM_ARRAY_JOB_ID}-part${part}of${SLURM_ARRAY_TASK_COUNT:-N}.h5"
else
    out="scatter-${SLURM_JOB_ID:-local}.h5"
fi
java "${heap[@]}" -jar "$jar" "${problem[@]}" -checksum \
    --timing-log "${SCATTER_TIMING_LOG:-scatter-timings.csv}" \
    -o "$out" "$@"
