#!/usr/bin/env bash
# .ci/job-array.sh -- one run split over a real Slurm job array and merged, as
# the README tells users to do, checked bit for bit against a single run.
#
#   .ci/job-array.sh JAR WORKDIR [SBATCH_OPTION...]
#
# SBATCH_OPTIONs go to every sbatch (e.g. --mem=1500M on a node with less
# memory than scatter.sl's --mem=2G).
# Needs the single-node cluster of .ci/slurm/slurm.sh running (SLURM_CONF exported),
# the built jar, and /usr/bin/python3 with h5py. Submits the project's
# scatter.sl with `sbatch --array=0-3 --wait`, merges the four parts in a job
# that depends on the array, compares the merged scattered_re/scattered_im (and
# everything else) with a single run's, checks each part's SHA-256 with
# hashlib, then deletes one part and checks that merge fails naming the
# missing band and writes nothing. Every Slurm command runs under `timeout`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$2
shift 2
extra=("$@")
: "${SLURM_CONF:?the Slurm cluster of .ci/slurm/slurm.sh must be running (slurm_start exports SLURM_CONF)}"
# shellcheck source=slurm/slurm.sh
source "$here/slurm/slurm.sh"

say() { echo "job-array: $*"; }
trap 'exit 143' TERM INT HUP
# in the background and waited for, so that a TERM reaches the trap at once (bash
# runs traps only after a foreground command ends, and sbatch --wait may take minutes)
bg() { "$@" & wait $!; }
fail() {
    say "FAIL - $*" >&2
    for f in "$work"/*.out; do
        [ -e "$f" ] && { echo "--- $f" >&2; cat "$f" >&2; }
    done
    exit 1
}

rm -rf "$work"
mkdir -p "$work"
cd "$work"
export SCATTER_JAR=$jar                      # the jobs inherit it (sbatch --export=ALL)
problem=(-nx 120 -ny 90 -nc 256)             # 91 rows: bands of 22, 23, 23, 23 rows

timeout 120 java -jar "$jar" "${problem[@]}" -t 1 -q -checksum -o single.h5 > single.txt
say "single run: $(cat single.txt)"

# the array: 4 tasks of 1 core each (the node has few), the script's own options otherwise
s=$(date +%s)
bg timeout 600 sbatch --parsable --wait --array=0-3 --cpus-per-task=1 "${extra[@]}" -o 'array-%A_%a.out' \
    "$root/scatter.sl" "${problem[@]}" > array.id || fail "sbatch --array=0-3 --wait scatter.sl (exit $?)"
aid=$(cat array.id)
aid=${aid%%;*}
st=$(slurm_job_state "$aid") || fail "scontrol show job $aid"
[ "$st" = COMPLETED ] || fail "array job $aid states: $st"
for i in 0 1 2 3; do
    part=scatter-$aid-part${i}of4.h5
    [ -s "$part" ] || fail "task $i wrote no $part (have: $(ls))"
    grep -q "over part $i of 4 (rows " "array-${aid}_$i.out" || fail "task $i printed no part sum"
    grep -q "computing part $i of 4 .*SLURM_ARRAY_TASK_ID=$i, SLURM_ARRAY_TASK_COUNT=4" "array-${aid}_$i.out" \
        || fail "task $i did not log its part"
done
say "array job $aid: 4 parts in $(( $(date +%s) - s ))s: $(echo scatter-"$aid"-part*)"
sed "s/^/    task 0: /" "array-${aid}_0.out"
[ "$(grep -c "^[^,]*,[^,]*,${aid}_[0-3]," scatter-timings.csv)" = 4 ] \
    || fail "expected 4 rows of job ${aid}_0..3 in scatter-timings.csv: $(cat scatter-timings.csv)"

# the merge as a job depending on the array, with the file pattern expanded when it runs
s=$(date +%s)
bg timeout 300 sbatch --parsable --wait --dependency="afterok:$aid" --cpus-per-task=1 "${extra[@]}" \
    -o 'merge-%j.out' "$root/scatter.sl" merge "scatter-$aid-part*of4.h5" -o merged.h5 > merge.id \
    || fail "merge job (exit $?)"
mid=$(cat merge.id)
mid=${mid%%;*}
st=$(slurm_job_state "$mid") || fail "scontrol show job $mid"
[ "$st" = COMPLETED ] || fail "merge job $mid states: $st"
grep -qxF "$(cat single.txt)" "merge-$mid.out" || fail "merge job's checksum differs from the single run's"
say "merge job $mid in $(( $(date +%s) - s ))s: $(grep '^Sum' "merge-$mid.out")"

# one thread each, as the single run: the merged file is the single run's, to the byte
cmp single.h5 merged.h5 || fail "merged.h5 is not byte-identical to single.h5"
/usr/bin/python3 - "$aid" <<'PY' || fail "h5py comparison"
import hashlib, sys
import h5py
import numpy as np

aid = sys.argv[1]
with h5py.File("single.h5", "r") as s, h5py.File("merged.h5", "r") as m:
    for name in ("scattered_re", "scattered_im", "incident_re", "incident_im", "inside", "x", "y",
                 "far_field_angle_deg", "far_field_re", "far_field_im"):
        a, b = s[name][...], m[name][...]
        assert a.shape == b.shape and a.dtype == b.dtype, (name, a.shape, b.shape)
        # bit for bit: compare the raw bytes, not the values (-0.0 == 0.0, NaN != NaN)
        assert a.tobytes() == b.tobytes(), f"{name} differs"
    assert dict(s.attrs) == dict(m.attrs), (dict(s.attrs), dict(m.attrs))
    shape = s["scattered_re"].shape
rows = 0
for i in range(4):
    with h5py.File(f"scatter-{aid}-part{i}of4.h5", "r") as p:
        names = ("x", "y", "incident_re", "incident_im", "scattered_re", "scattered_im")
        data = b"".join(p[n][...].astype("<f8").tobytes() for n in names)
        data += p["inside"][...].astype("<i4").tobytes()
        assert hashlib.sha256(data).hexdigest() == p.attrs["sha256"].decode(), f"part {i}: sha256"
        far = b"".join(p[n][...].astype("<f8").tobytes() for n in ("far_field_angle_deg", "far_field_re",
                                                                   "far_field_im"))
        assert hashlib.sha256(far).hexdigest() == p.attrs["far_field_sha256"].decode(), f"part {i}: far field"
        assert (p.attrs["part"], p.attrs["parts"], p.attrs["first_row"]) == (i, 4, rows), dict(p.attrs)
        rows += p.attrs["row_count"]
assert rows == shape[0], (rows, shape)
print(f"job-array: merged {shape} arrays and far field equal to the single run's bit for bit; part checksums"
      " verified")
PY

# a missing part: merge names its band, exits 2 and writes nothing
rm "scatter-$aid-part2of4.h5"
rc=0
timeout 60 java -jar "$jar" merge scatter-"$aid"-part*of4.h5 -o incomplete.h5 2> missing.err || rc=$?
cat missing.err
[ "$rc" = 2 ] || fail "merge without part 2 exited $rc, not 2"
grep -q '^scatter: missing part 2 of 4 (rows 45-67)' missing.err || fail "merge did not name the missing band"
[ ! -e incomplete.h5 ] || fail "merge wrote a result although a part was missing"
say "a missing part: exit 2, band named, nothing written"
say "passed"
