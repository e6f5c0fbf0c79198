#!/bin/bash -e
#SBATCH --job-name=scatter
#SBATCH --time=00:10:00
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=4
#SBATCH --hint=nomultithread
#SBATCH --mem=2G
#SBATCH --output=scatter-%j.out

# Solves the scattering problem on the cores Slurm gives this job.
#   sbatch scatter.sl                        # 4 cores, default case
#   sbatch --cpus-per-task=8 scatter.sl      # same problem on 8 cores
#   sbatch scatter.sl -nx 512 -ny 512 -nc 1024   # options go to scatter
# Each job prints the checksum and appends its timings to scatter-timings.csv
# (SCATTER_TIMING_LOG to change), so runs on different core counts can be
# compared afterwards. The jar is target/scatter.jar in the directory you
# submit from (SCATTER_JAR to change).
#
# Split over a job array, each task computes one band of rows and writes
# scatter-<arrayjob>-part<I>of<N>.h5; a job that depends on the array merges them:
#   jobid=$(sbatch --parsable --array=0-7 scatter.sl -nx 4096 -ny 4096)
#   sbatch --dependency=afterok:${jobid%%;*} scatter.sl merge "scatter-${jobid%%;*}-part*of8.h5" -o result.h5
# (quote the pattern: the parts exist only when the merge job runs, and this
# script expands it then).

# Java: the cluster's module if there is a module system (NeSI: Java/17)
if command -v module >/dev/null 2>&1; then
    module load "${SCATTER_JAVA_MODULE:-Java/17}"
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

if [ -n "${SLURM_ARRAY_TASK_ID:-}" ]; then
    # one task of a job array: scatter computes band I of N from SLURM_ARRAY_TASK_*
    # (I = (id - min) / step, N = SLURM_ARRAY_TASK_COUNT) and writes it as a part file
    part=$(( (SLURM_ARRAY_TASK_ID - ${SLURM_ARRAY_TASK_MIN:-0}) / ${SLURM_ARRAY_TASK_STEP:-1} ))
    out="scatter-${SLURM_ARRAY_JOB_ID}-part${part}of${SLURM_ARRAY_TASK_COUNT:-N}.h5"
else
    out="scatter-${SLURM_JOB_ID:-local}.h5"
fi
java "${heap[@]}" -jar "$jar" -checksum \
    --timing-log "${SCATTER_TIMING_LOG:-scatter-timings.csv}" \
    -o "$out" "$@"
