#!/usr/bin/env bash
# .ci/slurm/selftest.sh -- proves that .ci/slurm/slurm.sh gives a working Slurm:
# installs, starts a single-node cluster, runs real batch jobs (cpus-per-task,
# a job array, dependencies, exit codes), stops it and checks that none of the
# daemons it started remain. Exit 0 only if everything passed.
#
# Job output goes to $SLURM_SELFTEST_DIR (default: <repo>/target/slurm-selftest,
# i.e. inside the git clone, as the real jobs will do).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=slurm.sh
source "$here/slurm.sh"

passed=0
failed=0
say() { echo "slurm-selftest: $*"; }
ok() { passed=$((passed + 1)); say "ok - $*"; }
fail() {
    failed=$((failed + 1))
    say "FAIL - $*" >&2
    say "$passed passed, $failed failed" >&2
    exit 1
}

on_exit() {
    local rc=$?
    if [ "$rc" != 0 ]; then
        say "failed (exit $rc); daemon logs follow" >&2
        slurm_logs 80
    fi
    slurm_stop || say "slurm_stop reported a problem" >&2
    exit "$rc"
}
trap on_exit EXIT
trap 'exit 143' TERM INT HUP

t0=$(date +%s)
slurm_install || fail "slurm_install"
t1=$(date +%s)
slurm_start || fail "slurm_start"
t2=$(date +%s)
ok "install ($((t1 - t0))s) and start ($((t2 - t1))s); SLURM_CONF=$SLURM_CONF"

# A second start while running must be harmless.
slurm_start || fail "second slurm_start while running"
ok "second slurm_start while running is harmless"

work=${SLURM_SELFTEST_DIR:-$repo/target/slurm-selftest}
rm -rf "$work"
mkdir -p "$work"
cd "$work"

# field FILE KEY -> value of the KEY=value line in FILE
field() { sed -n "s/^$2=//p" "$1" | head -n 1; }

cat > info.sh <<'JOB'
#!/bin/bash
echo "cpus_per_task=${SLURM_CPUS_PER_TASK:-unset}"
echo "nproc=$(nproc)"
echo "job_id=${SLURM_JOB_ID:-unset}"
echo "pwd=$PWD"
JOB

# --- --cpus-per-task=1 and =2 ------------------------------------------------
for c in 1 2; do
    s=$(date +%s)
    id=$(timeout 120 sbatch --parsable --wait --cpus-per-task="$c" -o "cpt$c-%j.out" info.sh) \
        || fail "sbatch --wait --cpus-per-task=$c (exit $?)"
    id=${id%%;*}
    out=cpt$c-$id.out
    [ -s "$out" ] || fail "no output file $work/$out"
    [ "$(field "$out" cpus_per_task)" = "$c" ] || fail "SLURM_CPUS_PER_TASK in $out: $(cat "$out")"
    n=$(field "$out" nproc)
    [ -n "$n" ] && [ "$n" -ge "$c" ] || fail "nproc < $c in $out: $(cat "$out")"
    [ "$(field "$out" pwd)" = "$work" ] || fail "job ran in $(field "$out" pwd), not the submit dir $work"
    ok "--cpus-per-task=$c: job $id SLURM_CPUS_PER_TASK=$c nproc=$n ($(( $(date +%s) - s ))s)"
done

# --- a job's exit code comes back through sbatch --wait ----------------------
printf '#!/bin/bash\nexit 3\n' > fail.sh
s=$(date +%s)
rc=0
timeout 120 sbatch --parsable --wait -o 'fail-%j.out' fail.sh > /dev/null || rc=$?
[ "$rc" = 3 ] || fail "sbatch --wait of a job exiting 3 returned $rc"
ok "sbatch --wait returns the job's exit code 3 ($(( $(date +%s) - s ))s)"

# --- job array 0-3 -----------------------------------------------------------
cat > array.sh <<'JOB'
#!/bin/bash
echo "task_id=${SLURM_ARRAY_TASK_ID:-unset}"
echo "task_count=${SLURM_ARRAY_TASK_COUNT:-unset}"
echo "task_min=${SLURM_ARRAY_TASK_MIN:-unset}"
echo "task_max=${SLURM_ARRAY_TASK_MAX:-unset}"
echo "array_job_id=${SLURM_ARRAY_JOB_ID:-unset}"
JOB
s=$(date +%s)
aid=$(timeout 120 sbatch --parsable --wait --array=0-3 -o 'array-%A_%a.out' array.sh) \
    || fail "sbatch --wait --array=0-3 (exit $?)"
aid=${aid%%;*}
for i in 0 1 2 3; do
    out=array-${aid}_$i.out
    [ -s "$out" ] || fail "missing array output $work/$out (have: $(ls))"
    [ "$(field "$out" task_id)" = "$i" ] || fail "SLURM_ARRAY_TASK_ID in $out: $(cat "$out")"
    [ "$(field "$out" task_count)" = 4 ] || fail "SLURM_ARRAY_TASK_COUNT in $out: $(cat "$out")"
    [ "$(field "$out" array_job_id)" = "$aid" ] || fail "SLURM_ARRAY_JOB_ID in $out: $(cat "$out")"
done
n=$(find . -maxdepth 1 -name "array-${aid}_*.out" | wc -l)
[ "$n" = 4 ] || fail "expected 4 array outputs, found $n"
st=$(slurm_job_state "$aid") || fail "scontrol show job $aid"
[ "$st" = COMPLETED ] || fail "array job $aid states: $st"
ok "--array=0-3: job $aid, 4 outputs, task ids 0..3, SLURM_ARRAY_TASK_COUNT=4 ($(( $(date +%s) - s ))s)"

# --- the same without --wait, through slurm_wait_job (faster polling) ---------
s=$(date +%s)
aid=$(timeout 30 sbatch --parsable --array=0-3 -o 'array2-%A_%a.out' array.sh) || fail "sbatch --array=0-3"
aid=${aid%%;*}
slurm_wait_job "$aid" 120 || fail "slurm_wait_job $aid (exit $?)"
n=$(find . -maxdepth 1 -name "array2-${aid}_*.out" | wc -l)
[ "$n" = 4 ] || fail "expected 4 array outputs of job $aid, found $n"
s2=$(date +%s)
bad=$(timeout 30 sbatch --parsable -o 'fail-%j.out' fail.sh) || fail "sbatch fail.sh"
bad=${bad%%;*}
rc=0
slurm_wait_job "$bad" 120 2> /dev/null || rc=$?
[ "$rc" = 1 ] || fail "slurm_wait_job of a failing job returned $rc, expected 1"
ok "slurm_wait_job: array $aid done in $((s2 - s))s, failing job $bad -> 1 ($(( $(date +%s) - s2 ))s)"

# --- --dependency=afterok ----------------------------------------------------
cat > first.sh <<'JOB'
#!/bin/bash
sleep 2
echo done > first.done
JOB
cat > second.sh <<'JOB'
#!/bin/bash
if [ -f first.done ]; then echo "dep=ok"; else echo "dep=first-not-done"; exit 1; fi
JOB
rm -f first.done
s=$(date +%s)
first=$(timeout 30 sbatch --parsable -o 'first-%j.out' first.sh) || fail "sbatch first.sh"
first=${first%%;*}
second=$(timeout 120 sbatch --parsable --wait --dependency="afterok:$first" -o 'second-%j.out' second.sh) \
    || fail "sbatch --wait --dependency=afterok:$first (exit $?): $(cat second-*.out 2>/dev/null)"
second=${second%%;*}
[ "$(field "second-$second.out" dep)" = ok ] || fail "dependent job ran before its dependency finished"
ok "--dependency=afterok:$first: job $second ran after $first succeeded ($(( $(date +%s) - s ))s)"

# A dependency on a failed job must not hang (kill_invalid_depend).
s=$(date +%s)
bad=$(timeout 30 sbatch --parsable -o 'bad-%j.out' fail.sh) || fail "sbatch fail.sh"
bad=${bad%%;*}
rc=0
# Note: sbatch --wait exits 0 for a job cancelled before it ran, hence the
# state check.
out=$(timeout 120 sbatch --parsable --wait --dependency="afterok:$bad" -o 'never-%j.out' info.sh) || rc=$?
[ "$rc" != 124 ] || fail "afterok on a failed job: sbatch --wait hung until timeout"
never=${out%%;*}
st=$(slurm_job_state "$never") || fail "scontrol show job $never"
[ "$st" = CANCELLED ] || fail "job $never depending on failed job $bad: state '$st', expected CANCELLED"
ls never-*.out > /dev/null 2>&1 && fail "job depending on a failed job ran anyway"
ok "--dependency=afterok on failed job $bad: job $never CANCELLED, sbatch --wait returned $rc ($(( $(date +%s) - s ))s)"

# --- stop, and nothing we started remains ------------------------------------
pids=()
for name in munged slurmctld slurmd; do
    p=$(cat "$SLURM_CI_DIR/pids/$name.pid") || fail "no pid file for $name"
    pids+=("$name:$p")
done
slurm_stop || fail "slurm_stop"
for np in "${pids[@]}"; do
    p=${np#*:}
    if [ -r "/proc/$p/stat" ] && ! grep -q ') Z ' "/proc/$p/stat"; then
        fail "${np%%:*} (pid $p) still running after slurm_stop"
    fi
done
slurm_stop || fail "second slurm_stop"
ok "slurm_stop stopped ${pids[*]}; a second slurm_stop is a no-op"

say "total $(( $(date +%s) - t0 ))s"
say "$passed passed, $failed failed"
