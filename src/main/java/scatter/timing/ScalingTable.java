package scatter.timing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import scatter.output.ResultLayout;
import scatter.solve.Problem;

/**
 * Strong scaling of one problem: the compute times of repeated runs at several thread counts,
 * reduced to one row per thread count.
 *
 * <p>Definitions, with T(p) the median time over the runs at p threads and b the smallest thread
 * count measured (the baseline; normally b = 1):
 * <ul>
 *   <li>speedup S(p) = T(b) / T(p), so S(b) = 1 and ideal scaling is S(p) = p / b;</li>
 *   <li>parallel efficiency E(p) = S(p) b / p, 1 for ideal scaling;</li>
 *   <li>throughput = (node, segment) pairs per run / T(p), in millions per second.</li>
 * </ul>
 * The median, not the mean, because a run slowed down by other work on a shared machine is an
 * outlier that should not move the result.
 */
public final class ScalingTable {
    /**
     * One thread count.
     *
     * @param threads worker threads
     * @param runs number of timed runs
     * @param medianSeconds median compute time of those runs
     * @param speedup T(baseline) / T(threads)
     * @param efficiency speedup * baseline / threads
     * @param mpairsPerSecond millions of (node, segment) pairs per second at the median time, NaN if
     *     the number of pairs is not known
     */
    public record Row(int threads, int runs, double medianSeconds, double speedup, double efficiency,
            double mpairsPerSecond) {
    }

    private final Map<String, String> problem;
    private final List<Row> rows;

    /**
     * Reduces the samples to a table.
     *
     * @param problem what was run, as (name, value) pairs in display order, e.g. nx = 256; kept for
     *     headings, legends and CSV columns
     * @param seconds the compute times of the runs, by thread count; at least one thread count,
     *     each with at least one positive time
     * @param pairs (node, segment) pairs computed per run, or a negative number if unknown
     */
    public ScalingTable(Map<String, String> problem, Map<Integer, List<Double>> seconds, long pairs) {
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("no timings");
        }
        SortedMap<Integer, List<Double>> byThreads = new TreeMap<>(seconds);
        int baseline = byThreads.firstKey();
        double baseSeconds = median(byThreads.get(baseline));
        List<Row> list = new ArrayList<>();
        for (Map.Entry<Integer, List<Double>> e : byThreads.entrySet()) {
            int threads = e.getKey();
            if (threads < 1) {
                throw new IllegalArgumentException("thread count " + threads);
            }
            double t = median(e.getValue());
            double speedup = baseSeconds / t;
            list.add(new Row(threads, e.getValue().size(), t, speedup, speedup * baseline / threads,
                    pairs < 0 ? Double.NaN : TimingRecord.mpairsPerSecond(pairs, t)));
        }
        this.problem = Collections.unmodifiableMap(new LinkedHashMap<>(problem));
        this.rows = List.copyOf(list);
    }

    /**
     * A problem as (name, value) pairs for {@link #ScalingTable}, named as in the timing log so
     * that tables of a sweep and of a report read alike: lambda, nx, ny, nc, then the contour (with
     * several obstacles, their count and every one's xc, yc, xc_2, yc_2, ...), the
     * angle and the inside test where they are not the defaults, and the model and boundary
     * condition of the exact model.
     */
    public static Map<String, String> columns(Problem problem) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(TimingRecord.LAMBDA, String.valueOf(problem.wavelength()));
        columns.put(TimingRecord.NX, String.valueOf(problem.nx()));
        columns.put(TimingRecord.NY, String.valueOf(problem.ny()));
        columns.put(TimingRecord.NC, String.valueOf(problem.nc()));
        if (problem.obstacles().size() > 1) {
            columns.put(TimingRecord.OBSTACLES, String.valueOf(problem.obstacles().size()));
            for (int i = 1; i <= problem.obstacles().size(); i++) {
                columns.put(ResultLayout.xcOf(i), problem.obstacles().get(i - 1).xc());
                columns.put(ResultLayout.ycOf(i), problem.obstacles().get(i - 1).yc());
            }
        } else if (!problem.xc().equals(Problem.DEFAULT_XC) || !problem.yc().equals(Problem.DEFAULT_YC)) {
            columns.put("xc", problem.xc());
            columns.put("yc", problem.yc());
        }
        Problem defaults = Problem.defaults();
        if (problem.angle() != defaults.angle()) {
            columns.put("angle", String.valueOf(problem.angle()));
        }
        if (problem.model().isExact()) {
            columns.put(TimingRecord.MODEL, problem.model().kind().label());
            columns.put(TimingRecord.BC, problem.model().condition().label());
        } else if (problem.insideTest() != defaults.insideTest()) {
            columns.put("inside_test", problem.insideTest().label());
        }
        return columns;
    }

    /** What was run, as (name, value) pairs in display order. */
    public Map<String, String> problem() {
        return problem;
    }

    /** One row per thread count, by increasing thread count. */
    public List<Row> rows() {
        return rows;
    }

    /** The thread count that speedups are relative to: the smallest one measured. */
    public int baselineThreads() {
        return rows.get(0).threads();
    }

    /** The problem as one line, e.g. "lambda 0.5, nx 256, ny 256, nc 1024". */
    public String label() {
        StringBuilder b = new StringBuilder();
        problem.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return b.toString();
    }

    /**
     * The median of the values (the mean of the two middle ones for an even count).
     *
     * @throws IllegalArgumentException if there are none, or one is not a positive finite number
     */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("median of no values");
        }
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
            if (!(v[i] > 0) || !Double.isFinite(v[i])) {
                throw new IllegalArgumentException("a time must be positive and finite: " + v[i]);
            }
        }
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
