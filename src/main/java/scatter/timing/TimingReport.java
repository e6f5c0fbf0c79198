package scatter.timing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import scatter.output.PythonFloat;

/**
 * Turns the runs of timing logs ({@link TimingLog#read}), from any number of runs or Slurm jobs,
 * into one {@link ScalingTable} per problem.
 *
 * <p>Runs are compared only with runs of the same problem: every column that does not describe the
 * run itself ({@link TimingRecord#RUN_COLUMNS}: time stamp, host, job, threads, timings, checksum)
 * is taken as part of the problem, so lambda, nx, ny, nc, the node and inside counts, the model,
 * its boundary condition and boundary points, and any problem column a later version of the log
 * adds must all agree: runs of the two models are never compared with each other. Runs of the same problem whose
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

    /**
     * One problem's table, and what to say if its runs were too short to compare core counts
     * ({@link CoreCountAdvice}), judged by its shortest median time.
     */
    public record Group(ScalingTable table, Optional<String> tooShort) {
    }

    private TimingReport() {
    }

    /**
     * One table per problem, in the order the problems first appear, each with the median time at
     * every thread count and speedups against the smallest thread count.
     */
    public static List<ScalingTable> tables(List<TimingLog.Run> runs) {
        return groups(runs).stream().map(Group::table).toList();
    }

    /** {@link #tables}, each with its advice when its runs were too short. */
    public static List<Group> groups(List<TimingLog.Run> runs) {
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
        List<Group> tables = new ArrayList<>();
        groups.forEach((problem, clusters) -> {
            for (List<TimingLog.Run> cluster : clusters) {
                Map<String, String> shown = new LinkedHashMap<>();
                problem.forEach((k, v) -> {
                    if (!HIDDEN_PROBLEM_COLUMNS.contains(k) && !(isKirchhoff(problem) && isModelColumn(k))
                            && !v.equals(TimingRecord.BEFORE_OBSTACLES.get(k))
                            && !v.equals(TimingRecord.BEFORE_EVALUATION.get(k))) {
                        shown.put(k, v);
                    }
                });
                if (clusters.size() > 1) {
                    shown.put(TimingRecord.CHECKSUM, PythonFloat.repr(cluster.get(0).checksum()));
                }
                Map<Integer, List<Double>> seconds = new TreeMap<>();
                long pairs = -1;
                for (TimingLog.Run r : cluster) {
                    seconds.computeIfAbsent(r.threads(), t -> new ArrayList<>()).add(r.computeSeconds());
                    pairs = Math.max(pairs, r.pairs());
                }
                ScalingTable table = new ScalingTable(shown, seconds, pairs);
                tables.add(new Group(table, tooShort(problem, cluster, table)));
            }
        });
        return tables;
    }

    /** The advice for a group whose shortest median time is too short to compare core counts. */
    private static Optional<String> tooShort(Map<String, String> problem, List<TimingLog.Run> runs,
            ScalingTable table) {
        double shortest = table.rows().stream().mapToDouble(ScalingTable.Row::medianSeconds).min().orElse(0);
        int threads = runs.stream().mapToInt(TimingLog.Run::threads).max().orElse(1);
        // the compiled kernel's speed where the log has it, else the best whole-run speed per thread
        double rate = runs.stream().mapToDouble(TimingLog.Run::threadPairsPerSecond).max().orElse(0);
        if (!(rate > 0)) {
            rate = runs.stream().filter(r -> r.pairs() > 0)
                    .mapToDouble(r -> r.pairs() / r.computeSeconds() / r.threads()).max().orElse(0);
        }
        long nodes = integer(problem, TimingRecord.NODES);
        long inside = integer(problem, TimingRecord.INSIDE);
        long pairs = runs.stream().mapToLong(TimingLog.Run::pairs).max().orElse(-1);
        long nc = integer(problem, TimingRecord.NC);
        long sources = pairs > 0 && nodes > inside ? pairs / (nodes - inside) : nc;
        return CoreCountAdvice.of(new CoreCountAdvice.Run(shortest, threads, (int) integer(problem, TimingRecord.NX),
                (int) integer(problem, TimingRecord.NY), (int) nc, nodes, Math.max(0, inside), sources,
                isKirchhoff(problem), rate));
    }

    /**
     * Whether a problem is the Kirchhoff model's. Its tables do not show the model's columns, so
     * that they read as they did before there was a choice.
     */
    private static boolean isKirchhoff(Map<String, String> problem) {
        return TimingRecord.BEFORE_MODELS.get(TimingRecord.MODEL).equals(problem.get(TimingRecord.MODEL));
    }

    private static boolean isModelColumn(String column) {
        return TimingRecord.BEFORE_MODELS.containsKey(column);
    }

    /** A whole-number column of the problem, or 0 if the log has none. */
    private static long integer(Map<String, String> problem, String column) {
        try {
            return (long) Double.parseDouble(problem.getOrDefault(column, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean sameChecksum(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return true; // a log without checksums cannot tell problems apart by them
        }
        return Math.abs(a - b) <= SAME_CHECKSUM * Math.max(Math.abs(a), Math.abs(b));
    }
}
