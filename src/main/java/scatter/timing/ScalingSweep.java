package scatter.timing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import scatter.output.PythonFloat;
import scatter.physics.Field;
import scatter.physics.PreparedProblem;
import scatter.solve.Evaluation;
import scatter.solve.FieldSolver;
import scatter.solve.Problem;

/**
 * Times the same problem at several thread counts in one JVM, to measure strong scaling.
 *
 * <p>How it measures, so that the numbers mean what they say:
 * <ul>
 *   <li>first some warm-up runs at the largest thread count, not counted, so that the JIT compiler
 *       has compiled the kernel before any timed run (otherwise the first thread count measured
 *       would pay for compilation and look slow);</li>
 *   <li>then {@code repeat} rounds, each timing one run at every thread count in turn: thread
 *       counts are interleaved rather than measured one after the other, so that a period of load
 *       from other users of the machine slows all thread counts alike instead of one;</li>
 *   <li>each timed run is one whole solve on a new pool (pool start-up included, as in a real
 *       run); the checksum of every result is compared afterwards, outside the timing, and must be
 *       the same bit for bit at every thread count.</li>
 * </ul>
 */
public final class ScalingSweep {
    /** One solve of the problem on the given number of threads. */
    @FunctionalInterface
    public interface Workload {
        Field solve(int threads) throws InterruptedException;
    }

    /** Told after each run, warm-up runs included (repetition 0), e.g. to log progress. */
    @FunctionalInterface
    public interface Listener {
        void measured(int threads, int repetition, int repeat, double seconds);
    }

    /**
     * What a sweep measured.
     *
     * @param seconds the timed runs' durations, by thread count in the order measured
     * @param checksum the result's checksum, the same for every run
     * @param insideNodes nodes inside the obstacle (they cost almost nothing)
     * @param nodes all grid nodes
     */
    public record Result(Map<Integer, List<Double>> seconds, double checksum, int insideNodes, int nodes) {
    }

    private final Workload workload;
    private final LongSupplier nanoClock;

    /** A sweep over {@code workload}, timed with {@code nanoClock} (System::nanoTime in production). */
    public ScalingSweep(Workload workload, LongSupplier nanoClock) {
        this.workload = workload;
        this.nanoClock = nanoClock;
    }

    /** A sweep that solves {@code problem} with a {@link FieldSolver}. */
    public static ScalingSweep of(PreparedProblem problem) {
        return of(problem, Evaluation.DIRECT);
    }

    /** A sweep that solves {@code problem} with a {@link FieldSolver} evaluating as {@code evaluation} says. */
    public static ScalingSweep of(PreparedProblem problem, Evaluation evaluation) {
        return new ScalingSweep(threads -> new FieldSolver(threads, evaluation).solve(problem, null), System::nanoTime);
    }

    /**
     * A sweep that times, at each thread count, what a run's compute time counts: for the exact
     * model the solve of its boundary equation (assembly on the threads, the LU on one) and then the
     * field; for the Kirchhoff model the field alone, as {@link #of(PreparedProblem)}.
     */
    public static ScalingSweep of(Problem problem) {
        return of(problem, Evaluation.DIRECT);
    }

    /** As {@link #of(Problem)}, the field evaluated as {@code evaluation} says. */
    public static ScalingSweep of(Problem problem, Evaluation evaluation) {
        if (!problem.model().isExact()) {
            return of(problem.prepare(), evaluation);
        }
        return new ScalingSweep(threads -> new FieldSolver(threads, evaluation)
                .solve(problem.prepare(threads).problem(), null), System::nanoTime);
    }

    /**
     * The thread counts 1, 2, 4, 8, ... below {@code max}, then {@code max} itself: powers of two,
     * as in the lesson's exercises, and always the largest count asked for.
     */
    public static List<Integer> threadCounts(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max threads " + max);
        }
        List<Integer> counts = new ArrayList<>();
        for (long p = 1; p < max; p *= 2) {
            counts.add((int) p);
        }
        counts.add(max);
        return counts;
    }

    /**
     * Runs the sweep.
     *
     * @param threads thread counts to measure, each at least 1, no two the same
     * @param warmups untimed runs first, at the largest thread count
     * @param repeat timed runs per thread count, at least 1
     * @param listener told after every run, or null
     * @throws IllegalStateException if two runs give different checksums (a bug: results must not
     *     depend on the thread count)
     */
    public Result run(List<Integer> threads, int warmups, int repeat, Listener listener)
            throws InterruptedException {
        if (threads.isEmpty() || repeat < 1 || warmups < 0 || threads.stream().anyMatch(t -> t < 1)
                || threads.stream().distinct().count() != threads.size()) {
            throw new IllegalArgumentException("threads " + threads + ", repeat " + repeat + ", warm-ups " + warmups);
        }
        int largest = threads.stream().mapToInt(Integer::intValue).max().getAsInt();
        Map<Integer, List<Double>> seconds = new LinkedHashMap<>();
        for (int t : threads) {
            seconds.put(t, new ArrayList<>());
        }
        Result first = null;
        int firstThreads = 0;
        for (int run = 0; run < warmups + repeat * threads.size(); run++) {
            boolean warmup = run < warmups;
            int t = warmup ? largest : threads.get((run - warmups) % threads.size());
            int rep = warmup ? 0 : 1 + (run - warmups) / threads.size();
            Measured m = measure(t);
            if (!warmup) {
                seconds.get(t).add(m.seconds());
            }
            if (first == null) {
                first = new Result(seconds, m.checksum(), m.insideNodes(), m.nodes());
                firstThreads = t;
            } else if (Double.doubleToLongBits(m.checksum()) != Double.doubleToLongBits(first.checksum())) {
                throw new IllegalStateException("the result depends on the thread count: checksum "
                        + PythonFloat.repr(first.checksum()) + " on " + firstThreads + " threads, "
                        + PythonFloat.repr(m.checksum()) + " on " + t);
            }
            if (listener != null) {
                listener.measured(t, rep, repeat, m.seconds());
            }
        }
        return first;
    }

    /** One timed solve, summarised. */
    private record Measured(double seconds, double checksum, int insideNodes, int nodes) {
    }

    /**
     * Times one solve and keeps only its summary: the field is unreachable once this returns, so a
     * sweep needs memory for one field at a time, not two.
     */
    private Measured measure(int threads) throws InterruptedException {
        long t0 = nanoClock.getAsLong();
        Field field = workload.solve(threads);
        double seconds = (nanoClock.getAsLong() - t0) * 1e-9;
        return new Measured(seconds, field.checksum(), field.insideCount(), field.grid().nodes());
    }
}
