package scatter.timing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the runs of timing logs ({@link TimingLog#read}), from any number of runs or Slurm jobs,
 * into one {@link ScalingTable} per problem.
 *
 * <p>Runs are compared only with runs of the same problem: every column that does not describe the
 * run itself ({@link TimingRecord#RUN_COLUMNS}: time stamp, host, job, threads, timings, checksum)
 * is taken as part of the problem, so lambda, nx, ny, nc, the node and inside counts, and any
 * problem column a later version of the log adds must all agree. Runs of the same problem whose
 * checksums differ by more than {@value #SAME_CHECKSUM} (relative) are of different problems that
 * the log cannot tell apart (e.g. another contour with the same sizes) and are kept apart too.
 */
public final class TimingReport {
    /** Problem columns used to group runs but not shown: they follow from the ones shown. */
    private static final Set<String> HIDDEN_PROBLEM_COLUMNS = Set.of(TimingRecord.NODES, TimingRecord.PAIRS);

    /**
     * Largest relative difference between checksums of one problem. Results are bit-identical for
     * any thread count, but a log may hold runs of versions whose last digits differ.
     */
    static final double SAME_CHECKSUM = 1e-6;

    private TimingReport() {
    }

    /**
     * One table per problem, in the order the problems first appear, each with the median time at
     * every thread count and speedups against the smallest thread count.
     */
    public static List<ScalingTable> tables(List<TimingLog.Run> runs) {
        // problem -> checksum clusters -> runs
        Map<Map<String, String>, List<List<TimingLog.Run>>> groups = new LinkedHashMap<>();
        for (TimingLog.Run run : runs) {
            List<List<TimingLog.Run>> clusters = groups.computeIfAbsent(run.problem(), p -> new ArrayList<>());
            List<TimingLog.Run> home = null;
            for (List<TimingLog.Run> cluster : clusters) {
                if (sameChecksum(cluster.get(0).checksum(), run.checksum())) {
                    home = cluster;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(run);
        }
        List<ScalingTable> tables = new ArrayList<>();
        groups.forEach((problem, clusters) -> {
            for (List<TimingLog.Run> cluster : clusters) {
                Map<String, String> shown = new LinkedHashMap<>();
                problem.forEach((k, v) -> {
                    if (!HIDDEN_PROBLEM_COLUMNS.contains(k)) {
                        shown.put(k, v);
                    }
                });
                if (clusters.size() > 1) {
                    shown.put(TimingRecord.CHECKSUM, String.valueOf(cluster.get(0).checksum()));
                }
                Map<Integer, List<Double>> seconds = new TreeMap<>();
                long pairs = -1;
                for (TimingLog.Run r : cluster) {
                    seconds.computeIfAbsent(r.threads(), t -> new ArrayList<>()).add(r.computeSeconds());
                    pairs = Math.max(pairs, r.pairs());
                }
                tables.add(new ScalingTable(shown, seconds, pairs));
            }
        });
        return tables;
    }

    private static boolean sameChecksum(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return true; // a log without checksums cannot tell problems apart by them
        }
        return Math.abs(a - b) <= SAME_CHECKSUM * Math.max(Math.abs(a), Math.abs(b));
    }
}
