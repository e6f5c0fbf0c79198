#!/usr/bin/env bash
# .ci/slurm/failtest.sh -- failure paths of .ci/slurm/slurm.sh (not needed in CI;
# run by hand after changing slurm.sh). Each case runs a small "CI-like"
# script (set -euo pipefail, trap slurm_stop EXIT) that must fail, then
# checks that none of the processes it started survive.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export SLURM_CI_DIR=${SLURM_CI_DIR:-/tmp/scatter-slurm-failtest}
passed=0
failed=0

# Live processes whose command line names $SLURM_CI_DIR, or the test jobs'
# "sleep 3171" (ours).
ours() {
    local p a
    for p in /proc/[0-9]*; do
        [ "${p#/proc/}" = "$$" ] && continue
        grep -q ') [ZX] ' "$p/stat" 2> /dev/null && continue
        a=$({ tr "\\0" " " < "$p/cmdline"; } 2> /dev/null) || continue
        case "$a" in *"$SLURM_CI_DIR/"*|*"sleep 3171"*) echo "${p#/proc/} $a" ;; esac
    done
}

# case NAME EXPECT_RC BODY: BODY runs after `source slurm.sh; trap ... EXIT`.
case_() {
    local name=$1 want=$2 body=$3 rc left
    bash -c "set -euo pipefail; source '$here/slurm.sh'
             trap 'slurm_stop || true' EXIT; trap 'exit 143' TERM INT HUP
             $body" > "/tmp/slurm-failtest-$name.log" 2>&1
    rc=$?
    left=$(ours)
    if [ "$rc" = "$want" ] && [ -z "$left" ]; then
        passed=$((passed + 1)); echo "failtest: ok - $name (exit $rc, nothing left)"
    else
        failed=$((failed + 1))
        echo "failtest: FAIL - $name: exit $rc (want $want), left: ${left:-none}; log /tmp/slurm-failtest-$name.log"
    fi
}

# Control: without the trap, the daemons and the job do survive, and ours()
# sees them (else the checks below would prove nothing).
mkdir -p /tmp/slurm-failtest-work
bash -c "source '$here/slurm.sh'; cd /tmp/slurm-failtest-work; slurm_start
         printf '#!/bin/bash\nsleep 3171\n' > s.sh; sbatch s.sh; sleep 2" > /tmp/slurm-failtest-control.log 2>&1
n=0
for _ in $(seq 30); do   # the job starts a moment after sbatch returns
    n=$(ours | wc -l)
    [ "$n" -ge 5 ] && break
    sleep 0.5
done
if [ "$n" -ge 5 ]; then
    passed=$((passed + 1)); echo "failtest: ok - control: $n processes survive a script without the trap"
else
    failed=$((failed + 1)); echo "failtest: FAIL - control: only $n surviving processes seen: $(ours)"
fi
(source "$here/slurm.sh"; slurm_stop)
[ -z "$(ours)" ] || { failed=$((failed + 1)); echo "failtest: FAIL - control: slurm_stop left $(ours)"; }

# Bad slurm.conf: slurmctld exits at once -> slurm_start fails fast.
case_ badconf 1 'export SLURM_CI_EXTRA_CONF="NoSuchOption=42"; slurm_start; echo started'
# Node never gets idle (more RealMemory than the machine has) -> bounded wait.
case_ timeout 1 'export SLURM_CI_REAL_MEMORY=99999999 SLURM_CI_START_TIMEOUT=8; slurm_start; echo started'
# slurmctld port already taken by someone else.
python3 -c 'import socket,time; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("0.0.0.0", 16817)); s.listen(); time.sleep(60)' &
blocker=$!
sleep 0.5
case_ portbusy 1 'export SLURM_CI_START_TIMEOUT=20; slurm_start; echo started'
kill "$blocker"; wait "$blocker" 2> /dev/null
# Script fails with a job still running: the trap cancels it.
mkdir -p /tmp/slurm-failtest-work
case_ jobrunning 7 'cd /tmp/slurm-failtest-work; slurm_start; printf "#!/bin/bash\nsleep 3171\n" > s.sh; sbatch s.sh; sleep 2; exit 7'
# `timeout` kills an sbatch --wait; then the script is killed by TERM.
case_ sbatchtimeout 143 'cd /tmp/slurm-failtest-work; slurm_start; printf "#!/bin/bash\nsleep 3171\n" > s.sh; timeout 5 sbatch --wait s.sh || echo "sbatch rc $?"; kill -TERM $$; sleep 30'
# slurmctld dies under a running job.
case_ ctlddied 1 'cd /tmp/slurm-failtest-work; slurm_start; printf "#!/bin/bash\nsleep 3171\n" > s.sh; sbatch s.sh; sleep 2; kill -9 "$(cat "$SLURM_CI_DIR/pids/slurmctld.pid")"; false'
# A second start while running is harmless; a stop with nothing running is a no-op.
case_ doublestart 0 'slurm_start; slurm_start; slurm_stop; slurm_stop; slurm_stop'
# A foreign non-empty SLURM_CI_DIR is refused.
mkdir -p /tmp/slurm-failtest-foreign && touch /tmp/slurm-failtest-foreign/precious
case_ foreigndir 1 'SLURM_CI_DIR=/tmp/slurm-failtest-foreign slurm_start'
[ -e /tmp/slurm-failtest-foreign/precious ] || { failed=$((failed + 1)); echo "failtest: FAIL - foreign dir was touched"; }
rm -rf /tmp/slurm-failtest-foreign /tmp/slurm-failtest-work

echo "failtest: $passed passed, $failed failed"
[ "$failed" = 0 ]
