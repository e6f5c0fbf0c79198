# shellcheck shell=bash
# .ci/slurm/slurm.sh -- a private single-node Slurm cluster on 127.0.0.1 for CI.
#
# Source this file (bash; compatible with `set -euo pipefail`), then:
#
#   slurm_install   install slurm-wlm + munge from Debian (no services started)
#   slurm_start     start munged, slurmctld, slurmd; wait until the node is idle;
#                   exports SLURM_CONF (every Slurm command needs it)
#   slurm_stop      cancel jobs, stop exactly the daemons slurm_start started
#                   (by recorded pid), idempotent, safe in `trap ... EXIT`
#   slurm_logs [N]  print the last N (default 60) lines of every daemon log
#   slurm_job_state JOBID  print the job's distinct JobState values
#   slurm_wait_job JOBID [S]  wait (fast polling) until the job ended; 0 iff
#                   all its tasks COMPLETED, 1 otherwise, 124 on timeout
#
# All functions return 0 on success and non-zero on failure (they never call
# `exit`), and they don't change the caller's shell options.
#
# Environment read (all optional):
#   SLURM_CI_DIR            private state dir            [/tmp/scatter-slurm]
#   SLURM_CI_CTLD_PORT      slurmctld port               [16817]
#   SLURM_CI_SLURMD_PORT    slurmd port                  [16818]
#   SLURM_CI_NODE           node name                    [scatter-ci]
#   SLURM_CI_PARTITION      the (only, default) partition [debug]
#   SLURM_CI_START_TIMEOUT  seconds to wait for idle node [60]
#   SLURM_CI_STOP_TIMEOUT   seconds per daemon after TERM before KILL [15]
#   SLURM_CI_REAL_MEMORY    node RealMemory in MB  [90% of MemAvailable]
#   SLURM_CI_EXTRA_CONF     lines appended to slurm.conf (e.g. "DebugFlags=...")
# Environment exported by slurm_start:
#   SLURM_CONF=$SLURM_CI_DIR/etc/slurm.conf
#
# Typical use in a CI script:
#   source .ci/slurm/slurm.sh
#   trap 'slurm_stop || true' EXIT
#   trap 'exit 143' TERM INT HUP   # bash skips the EXIT trap on an untrapped signal
#   slurm_install && slurm_start
#   timeout 300 sbatch --wait ... job.sl   # output: ./slurm-<jobid>.out by default
#
# Things worth knowing (Slurm 22.05):
# - Slurm commands find this cluster only through SLURM_CONF (nothing is
#   written to /etc/slurm); jobs inherit it (sbatch's default --export=ALL).
# - Jobs run as the submitting user (root in CI) in the submit directory;
#   stdout+stderr go to slurm-%j.out (arrays: slurm-%A_%a.out) there.
# - `sbatch --wait` polls with a back-off up to 10 s, so each call takes
#   ~2-10 s more than the job; slurm_wait_job polls every 0.5 s.
# - `sbatch --wait` exits with the job's exit code, but with 0 for a job that
#   was cancelled before it ran (e.g. dependency failed): check
#   slurm_job_state or the job's output too.
# - The "mpi/pmix ... can not load PMIx library" errors in the daemon logs
#   are harmless (MpiDefault=none; libpmix2 is only a Recommends).
# - There is no accounting database: no sacct; use scontrol/squeue.
#
# Written for Debian 12 (Slurm 22.05.8, munge 0.5.15); no systemd needed.

: "${SLURM_CI_DIR:=/tmp/scatter-slurm}"
: "${SLURM_CI_CTLD_PORT:=16817}"
: "${SLURM_CI_SLURMD_PORT:=16818}"
: "${SLURM_CI_NODE:=scatter-ci}"
: "${SLURM_CI_PARTITION:=debug}"
: "${SLURM_CI_START_TIMEOUT:=60}"
: "${SLURM_CI_STOP_TIMEOUT:=15}"

# Order matters: slurm_stop stops them in reverse.
_SLURM_CI_DAEMONS=(munged slurmctld slurmd)

_slurm_ci_msg() { echo "slurm-ci: $*" >&2; }

# Refuse state directories where `rm -rf` of our sub-directories could hurt.
_slurm_ci_check_dir() {
    case "$SLURM_CI_DIR" in
        /?*) ;;
        *) _slurm_ci_msg "SLURM_CI_DIR must be an absolute path, not '$SLURM_CI_DIR'"; return 1 ;;
    esac
    if [ "$SLURM_CI_DIR" = / ] || [ "${SLURM_CI_DIR%/}" = "" ]; then
        _slurm_ci_msg "SLURM_CI_DIR must not be /"; return 1
    fi
    if [ -d "$SLURM_CI_DIR" ] && [ ! -e "$SLURM_CI_DIR/.scatter-slurm-ci" ] \
        && [ -n "$(ls -A "$SLURM_CI_DIR" 2>/dev/null)" ]; then
        _slurm_ci_msg "$SLURM_CI_DIR exists, is not empty and was not made by slurm.sh; refusing to use it"
        return 1
    fi
    return 0
}

_slurm_ci_pidfile() { echo "$SLURM_CI_DIR/pids/$1.pid"; }

# Print the recorded pid of daemon $1 if that process is alive (not a zombie)
# and still is the one we started (its command line names our state dir), so
# a stale pid file whose pid was reused never makes us signal a stranger.
_slurm_ci_live_pid() {
    local f pid="" cmd
    local -a arr=()
    f=$(_slurm_ci_pidfile "$1")
    { read -r pid < "$f"; } 2> /dev/null || return 1
    case "$pid" in ''|*[!0-9]*) return 1 ;; esac
    _slurm_ci_pid_alive "$pid" || return 1
    { mapfile -d '' -t arr < "/proc/$pid/cmdline"; } 2> /dev/null || return 1
    cmd="${arr[*]:-}"
    case "$cmd" in
        *"$SLURM_CI_DIR/"*) echo "$pid"; return 0 ;;
    esac
    return 1
}

# ---------------------------------------------------------------- install ---

slurm_install() {
    local pkgs=(slurm-wlm slurmctld slurmd slurm-client munge)
    local missing=() p status
    for p in "${pkgs[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
        [ "$status" = installed ] || missing+=("$p")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        _slurm_ci_msg "already installed: ${pkgs[*]}"
        return 0
    fi
    if [ "$(id -u)" != 0 ]; then
        _slurm_ci_msg "slurm_install must run as root (missing: ${missing[*]})"; return 1
    fi
    # Package postinsts (munge, slurmd, slurmctld) call invoke-rc.d /
    # deb-systemd-invoke to start their services. Both honour policy-rc.d:
    # exit 101 = "don't start anything". Install a temporary one if the
    # machine has none (a systemd-booted machine would start them otherwise).
    local policy=/usr/sbin/policy-rc.d own_policy=0 rc=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\n# temporary, from scatter .ci/slurm/slurm.sh\nexit 101\n' > "$policy" \
            && chmod 755 "$policy" && own_policy=1
    fi
    (
        export DEBIAN_FRONTEND=noninteractive
        apt_opts=(-y -q --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
        # `apt-get update` only when the package lists don't know slurm-wlm
        # (fresh machine), or when the install fails (stale lists -> 404).
        if ! apt-cache show slurm-wlm > /dev/null 2>&1; then
            apt-get update -q || exit 1
        fi
        if ! apt-get install "${apt_opts[@]}" "${pkgs[@]}"; then
            _slurm_ci_msg "apt-get install failed; running apt-get update and retrying"
            apt-get update -q || exit 1
            apt-get install "${apt_opts[@]}" "${pkgs[@]}" || exit 1
        fi
    ) || rc=$?
    [ "$own_policy" = 1 ] && rm -f "$policy"
    if [ "$rc" != 0 ]; then
        _slurm_ci_msg "installing ${pkgs[*]} failed"; return "$rc"
    fi
    local b
    for b in munged mungekey munge unmunge slurmctld slurmd sbatch sinfo squeue scontrol scancel; do
        command -v "$b" > /dev/null 2>&1 || { _slurm_ci_msg "$b not found after install"; return 1; }
    done
    return 0
}

# ------------------------------------------------------------------ start ---

_slurm_ci_write_conf() {
    local d=$SLURM_CI_DIR cpus mem_kb mem_mb
    cpus=$(nproc)
    # RealMemory: 90% of what is available now (MB). If it were more than
    # slurmd detects, the node would be drained ("Low RealMemory").
    mem_kb=$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo)
    [ -n "$mem_kb" ] || mem_kb=$(awk '/^MemFree:/ {print $2}' /proc/meminfo)
    mem_mb=$(( mem_kb * 9 / 10 / 1024 ))
    [ "$mem_mb" -ge 1 ] || mem_mb=1
    mem_mb=${SLURM_CI_REAL_MEMORY:-$mem_mb}
    cat > "$d/etc/slurm.conf" <<EOF
# Generated by scatter .ci/slurm/slurm.sh -- single-node CI cluster on 127.0.0.1.
ClusterName=scatter-ci
# "localhost" is accepted by slurmctld as "this host" whatever hostname -s says.
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$SLURM_CI_CTLD_PORT
SlurmdPort=$SLURM_CI_SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
# Our own munged socket (used by auth/munge and cred/munge alike).
AuthInfo=socket=$d/munge/munged.sock
StateSaveLocation=$d/state
SlurmdSpoolDir=$d/spool
SlurmctldPidFile=$d/run/slurmctld.pid
SlurmdPidFile=$d/run/slurmd.pid
SlurmctldLogFile=$d/log/slurmctld.log
SlurmdLogFile=$d/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# No cgroups: CI containers may have none (or v1/v2 mixes); hence no cgroup.conf.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
# CR_CPU: CPUs are the consumable unit, so --cpus-per-task=N up to CPUs=$cpus
# is schedulable whatever the core/thread layout; memory is not consumable
# (jobs need no --mem).
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
# A job whose dependency can never be satisfied (e.g. afterok on a failed job)
# is cancelled instead of pending forever, so "sbatch --wait" always returns.
# (Slurm 22.05 reads this from DependencyParameters, not SchedulerParameters.)
DependencyParameters=kill_invalid_depend
ReturnToService=2
MailProg=/bin/true
InactiveLimit=0
KillWait=5
MinJobAge=300
SlurmctldTimeout=30
SlurmdTimeout=60
Waittime=0
NodeName=$SLURM_CI_NODE NodeAddr=127.0.0.1 NodeHostname=$SLURM_CI_NODE CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=$SLURM_CI_PARTITION Nodes=$SLURM_CI_NODE Default=YES MaxTime=INFINITE State=UP
EOF
    if [ -n "${SLURM_CI_EXTRA_CONF:-}" ]; then
        printf '# SLURM_CI_EXTRA_CONF:\n%s\n' "$SLURM_CI_EXTRA_CONF" >> "$d/etc/slurm.conf"
    fi
}

# Start "$@" in the background with logs in $SLURM_CI_DIR/log/$name.out and
# record its pid. The daemons run in the foreground (-D/-F), so $! is the
# daemon itself. Extra VAR=value words may come first (passed through env).
_slurm_ci_spawn() {
    local name=$1 pid i; shift
    env SLURM_CONF="$SLURM_CI_DIR/etc/slurm.conf" \
        "$@" < /dev/null >> "$SLURM_CI_DIR/log/$name.out" 2>&1 &
    pid=$!
    echo "$pid" > "$(_slurm_ci_pidfile "$name")"
    # until the forked shell has exec'd env (whose command line names $SLURM_CI_DIR), the pid
    # looks like someone else's process to _slurm_ci_live_pid; wait for the exec (or the end)
    for i in $(seq 50); do
        _slurm_ci_live_pid "$name" > /dev/null && return 0
        _slurm_ci_pid_alive "$pid" || return 0
        sleep 0.1
    done
}

slurm_start() {
    _slurm_ci_check_dir || return 1
    local d=$SLURM_CI_DIR b name alive=() dead=()
    for b in munged mungekey munge unmunge slurmctld slurmd sinfo; do
        command -v "$b" > /dev/null 2>&1 || { _slurm_ci_msg "$b not found; run slurm_install first"; return 1; }
    done

    for name in "${_SLURM_CI_DAEMONS[@]}"; do
        if _slurm_ci_live_pid "$name" > /dev/null; then alive+=("$name"); else dead+=("$name"); fi
    done
    if [ "${#alive[@]}" -eq "${#_SLURM_CI_DAEMONS[@]}" ]; then
        _slurm_ci_msg "already running in $d (${alive[*]}); not starting again"
        export SLURM_CONF="$d/etc/slurm.conf"
        _slurm_ci_wait_idle || return 1
        return 0
    elif [ "${#alive[@]}" -gt 0 ]; then
        _slurm_ci_msg "partially running in $d (alive: ${alive[*]}; dead: ${dead[*]}); call slurm_stop first"
        return 1
    fi

    # Fresh state every start (no job/node state recovered from an earlier
    # run); the munge key is kept.
    mkdir -p "$d" && touch "$d/.scatter-slurm-ci" || return 1
    rm -rf "${d:?}/etc" "${d:?}/state" "${d:?}/spool" "${d:?}/run" "${d:?}/log" "${d:?}/pids" || return 1
    mkdir -p "$d/etc" "$d/state" "$d/spool" "$d/run" "$d/log" "$d/pids" "$d/munge" || return 1
    # munged wants the socket dir searchable by all; the key itself is 0600.
    chmod 755 "$d" && chmod 711 "$d/munge" || return 1
    _SLURM_CI_TOKEN="scatter-slurm-ci-$$-$RANDOM$RANDOM-$(date +%s%N)"
    echo "$_SLURM_CI_TOKEN" > "$d/pids/token"

    local sock=$d/munge/munged.sock
    if [ "${#sock}" -gt 100 ]; then
        _slurm_ci_msg "munge socket path too long for a unix socket: $sock"; return 1
    fi
    if [ ! -s "$d/munge/munge.key" ]; then
        mungekey --create --keyfile="$d/munge/munge.key" || { _slurm_ci_msg "mungekey failed"; return 1; }
    fi
    chmod 600 "$d/munge/munge.key" || return 1

    # munged as root with its own socket/key/pid/log/seed; --force: ignore a
    # stale socket left by an earlier munged that was killed.
    _slurm_ci_spawn munged munged --foreground --force \
        --socket="$sock" --key-file="$d/munge/munge.key" \
        --pid-file="$d/munge/munged.pid" --log-file="$d/log/munged.log" \
        --seed-file="$d/munge/munged.seed" || return 1
    local i=0
    until munge -n -S "$sock" 2> /dev/null | unmunge -S "$sock" > /dev/null 2>&1; do
        i=$((i + 1))
        if ! _slurm_ci_live_pid munged > /dev/null || [ "$i" -ge 100 ]; then
            _slurm_ci_msg "munged did not come up"; slurm_logs 40; return 1
        fi
        sleep 0.1
    done

    _slurm_ci_write_conf || { _slurm_ci_msg "cannot write slurm.conf"; return 1; }
    export SLURM_CONF="$d/etc/slurm.conf"

    # -D: foreground (we background it ourselves and know the pid);
    # -i: ignore unreadable state (there is none, state dir is fresh).
    _slurm_ci_spawn slurmctld slurmctld -D -i -f "$SLURM_CONF" || return 1
    # SLURM_CI_TOKEN is inherited by the slurmstepd processes slurmd starts
    # for jobs; slurm_stop uses it to find job processes left behind.
    _slurm_ci_spawn slurmd SLURM_CI_TOKEN="$_SLURM_CI_TOKEN" \
        slurmd -D -f "$SLURM_CONF" -N "$SLURM_CI_NODE" || return 1

    _slurm_ci_wait_idle || return 1
    _slurm_ci_msg "cluster up: node $SLURM_CI_NODE ($(nproc) CPUs), partition $SLURM_CI_PARTITION, SLURM_CONF=$SLURM_CONF"
    return 0
}

# Wait (bounded) until sinfo reports the node idle; fail early if a daemon died.
_slurm_ci_wait_idle() {
    local deadline state="" name
    deadline=$(( $(date +%s) + SLURM_CI_START_TIMEOUT ))
    while :; do
        for name in "${_SLURM_CI_DAEMONS[@]}"; do
            if ! _slurm_ci_live_pid "$name" > /dev/null; then
                _slurm_ci_msg "$name exited during startup"
                slurm_logs 40; return 1
            fi
        done
        state=$(timeout 10 sinfo -h -n "$SLURM_CI_NODE" -o '%T' 2> /dev/null | head -n 1) || state=""
        case "$state" in
            idle) return 0 ;;
            # Some job is already running (re-entry into a running cluster).
            mixed|allocated|completing) return 0 ;;
        esac
        if [ "$(date +%s)" -ge "$deadline" ]; then
            _slurm_ci_msg "node $SLURM_CI_NODE not idle after ${SLURM_CI_START_TIMEOUT}s (state: '${state:-no answer}')"
            timeout 10 sinfo -R >&2 2>&1 || true
            slurm_logs 60; return 1
        fi
        sleep 0.5
    done
}

# ------------------------------------------------------------------- stop ---

_slurm_ci_pid_alive() {
    local stat=""
    { read -r stat < "/proc/$1/stat"; } 2> /dev/null || return 1
    stat=${stat##*) }
    case "${stat%% *}" in ''|Z|X) return 1 ;; esac
    return 0
}

# _slurm_ci_kill TERM_WAIT_SECONDS LABEL PID... : TERM them all, wait up to
# TERM_WAIT_SECONDS for all to end, KILL the rest, wait up to 5 s more.
# Returns 1 if any survives.
_slurm_ci_kill() {
    local limit=$(( $1 * 10 )) what=$2 i=0 pid left=()
    shift 2
    [ "$#" -gt 0 ] || return 0
    kill -TERM "$@" 2> /dev/null || true
    while :; do
        left=()
        for pid in "$@"; do _slurm_ci_pid_alive "$pid" && left+=("$pid"); done
        [ "${#left[@]}" -eq 0 ] && break
        i=$((i + 1))
        if [ "$i" -ge "$limit" ]; then
            _slurm_ci_msg "$what (pid ${left[*]}) still alive $(( limit / 10 ))s after TERM; sending KILL"
            kill -KILL "${left[@]}" 2> /dev/null || true
            i=0
            while [ "$i" -lt 50 ]; do
                left=()
                for pid in "$@"; do _slurm_ci_pid_alive "$pid" && left+=("$pid"); done
                [ "${#left[@]}" -eq 0 ] && break
                sleep 0.1; i=$((i + 1))
            done
            break
        fi
        sleep 0.1
    done
    # Reap those that are our children (no-op for the others).
    for pid in "$@"; do wait "$pid" 2> /dev/null || true; done
    [ "${#left[@]}" -eq 0 ] || { _slurm_ci_msg "$what (pid ${left[*]}) survived KILL"; return 1; }
    return 0
}

# Print the pids of processes left over from this cluster's jobs: slurmstepd
# processes (they inherit SLURM_CI_TOKEN from the environment our slurmd was
# started with), batch scripts run from our spool dir, and all their
# descendants. Identified by that token / path and the parent-pid tree,
# never by process name.
_slurm_ci_leftovers() {
    local token=$1 spool="$SLURM_CI_DIR/spool/" p pid stat ppid cmd slurmd_pid
    local -A kids=()
    local queue=() out=()
    slurmd_pid=$(_slurm_ci_live_pid slurmd) || slurmd_pid=""
    # Only bash builtins in this loop: forks are slow on some sandboxes.
    local -a arr
    local e hit
    for p in /proc/[0-9]*; do
        pid=${p#/proc/}
        { [ "$pid" = "$$" ] || [ "$pid" = "$BASHPID" ] || [ "$pid" = "$slurmd_pid" ]; } && continue
        stat=""
        { read -r stat < "$p/stat"; } 2> /dev/null || continue
        stat=${stat##*) }
        case "${stat%% *}" in ''|Z|X) continue ;; esac
        ppid=${stat#* }; ppid=${ppid%% *}
        kids[$ppid]="${kids[$ppid]:-} $pid"
        hit=0
        arr=()
        { mapfile -d '' -t arr < "$p/cmdline"; } 2> /dev/null || true
        cmd="${arr[*]:-}"
        [[ "$cmd" == *"$spool"* ]] && hit=1
        if [ "$hit" = 0 ]; then
            arr=()
            { mapfile -d '' -t arr < "$p/environ"; } 2> /dev/null || true
            for e in "${arr[@]}"; do
                [ "$e" = "SLURM_CI_TOKEN=$token" ] && { hit=1; break; }
            done
        fi
        [ "$hit" = 1 ] && queue+=("$pid")
    done
    local -A seen=()
    while [ "${#queue[@]}" -gt 0 ]; do
        pid=${queue[0]}; queue=("${queue[@]:1}")
        [ -n "${seen[$pid]:-}" ] && continue
        seen[$pid]=1; out+=("$pid")
        # shellcheck disable=SC2206
        [ -n "${kids[$pid]:-}" ] && queue+=(${kids[$pid]})
    done
    [ "${#out[@]}" -gt 0 ] && echo "${out[*]}"
    return 0
}

slurm_stop() {
    local d=$SLURM_CI_DIR rc=0 name pid conf=$SLURM_CI_DIR/etc/slurm.conf
    [ -d "$d/pids" ] || return 0

    # 1. Cancel whatever jobs remain (e.g. the caller's `timeout` killed an
    #    `sbatch --wait`): stopping slurmd would not end running jobs.
    if _slurm_ci_live_pid slurmctld > /dev/null && [ -r "$conf" ]; then
        local jobs i=0
        jobs=$(SLURM_CONF=$conf timeout 10 squeue -h -o '%A' 2> /dev/null | sort -u | tr '\n' ' ') || jobs=""
        if [ -n "${jobs// /}" ]; then
            _slurm_ci_msg "cancelling leftover jobs: $jobs"
            # shellcheck disable=SC2086
            SLURM_CONF=$conf timeout 10 scancel $jobs 2> /dev/null || true
            while [ "$i" -lt 60 ] && [ -n "$(SLURM_CONF=$conf timeout 5 squeue -h -o '%A' 2> /dev/null)" ]; do
                sleep 0.25; i=$((i + 1))
            done
        fi
    fi

    # 2. Processes of jobs that are still around (only if step 1 could not
    #    cancel them, e.g. slurmctld had died): list them before the daemons
    #    go, since the tree is walked through parent pids.
    local token="" leftovers=""
    [ -r "$d/pids/token" ] && token=$(cat "$d/pids/token")
    [ -n "$token" ] && leftovers=$(_slurm_ci_leftovers "$token")

    # 3. The daemons, in reverse start order, by recorded pid only.
    local idx
    for (( idx = ${#_SLURM_CI_DAEMONS[@]} - 1; idx >= 0; idx-- )); do
        name=${_SLURM_CI_DAEMONS[$idx]}
        if pid=$(_slurm_ci_live_pid "$name"); then
            _slurm_ci_kill "$SLURM_CI_STOP_TIMEOUT" "$name" "$pid" || rc=1
        fi
        rm -f "$(_slurm_ci_pidfile "$name")"
    done

    # 4. The leftover job processes (slurmstepd ignores TERM, hence short).
    if [ -n "$token" ]; then
        local still=() p
        # shellcheck disable=SC2086
        for p in $leftovers $(_slurm_ci_leftovers "$token"); do
            _slurm_ci_pid_alive "$p" && still+=("$p")
        done
        leftovers=""
        [ "${#still[@]}" -gt 0 ] && leftovers=$(printf '%s\n' "${still[@]}" | sort -un | tr '\n' ' ')
        if [ -n "${leftovers// /}" ]; then
            _slurm_ci_msg "stopping leftover job processes: $leftovers"
            # shellcheck disable=SC2086
            _slurm_ci_kill 2 "leftover job processes" $leftovers || rc=1
        fi
        rm -f "$d/pids/token"
    fi
    return "$rc"
}

# ------------------------------------------------------------- job state ---

# slurm_job_state JOBID : print the distinct states of that job (of all its
# tasks for an array job), one per line, e.g. COMPLETED, FAILED, CANCELLED,
# TIMEOUT. Needed because `sbatch --wait` exits 0 for a job that was
# cancelled before it ran. Works while slurmctld keeps the record
# (MinJobAge=300 s after the end; there is no accounting, so no sacct).
slurm_job_state() {
    local out
    out=$(SLURM_CONF="$SLURM_CI_DIR/etc/slurm.conf" timeout 10 scontrol -o show job "$1") || return 1
    printf '%s\n' "$out" | sed -n 's/.* JobState=\([A-Z_]*\) .*/\1/p' | sort -u
}

# slurm_wait_job JOBID [TIMEOUT_S=600] : wait until the job (all tasks of an
# array job) has ended, polling every 0.5 s -- `sbatch --wait` polls with a
# back-off of up to 10 s. Returns 0 if every task is COMPLETED, 1 if any
# ended otherwise (its states are printed to stderr), 124 on timeout.
slurm_wait_job() {
    local id=$1 limit=${2:-600} deadline states
    deadline=$(( $(date +%s) + limit ))
    while :; do
        if states=$(slurm_job_state "$id") && [ -n "$states" ]; then
            if ! printf '%s\n' "$states" | grep -qvxE 'COMPLETED|FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|BOOT_FAIL|DEADLINE|PREEMPTED'; then
                [ "$states" = COMPLETED ] && return 0
                _slurm_ci_msg "job $id ended: $(echo "$states" | tr '\n' ' ')"
                return 1
            fi
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            _slurm_ci_msg "job $id not finished after ${limit}s (states: $(echo "${states:-unknown}" | tr '\n' ' '))"
            return 124
        fi
        sleep 0.5
    done
}

# ------------------------------------------------------------------- logs ---

slurm_logs() {
    local n=${1:-60} f
    for f in "$SLURM_CI_DIR"/log/munged.log "$SLURM_CI_DIR"/log/slurmctld.log "$SLURM_CI_DIR"/log/slurmd.log "$SLURM_CI_DIR"/log/*.out; do
        [ -s "$f" ] || continue
        echo "===== $f (last $n lines) =====" >&2
        tail -n "$n" "$f" >&2 || true
    done
    return 0
}
