package scatter.timing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import scatter.output.PythonFloat;

/**
 * One run's row of a timing log, defined once: its columns, how each value is written, and the
 * two derived figures, the number of (node, segment) pairs and the throughput.
 *
 * @param timestamp when the run ended (ISO-8601)
 * @param host the node it ran on
 * @param jobId the Slurm job, {@code <arrayjob>_<task>} in a job array; empty outside Slurm
 * @param threads worker threads
 * @param threadSource where the thread count came from, e.g. "OMP_NUM_THREADS=4"
 * @param lambda the wavelength
 * @param nx cells in x
 * @param ny cells in y
 * @param nc contour segments (of each obstacle)
 * @param nodes nodes computed (a part's band only, for a part)
 * @param inside of those, the nodes inside an obstacle
 * @param pairs (outside node, source) pairs computed, {@link #pairs(long, long, long)}
 * @param computeSeconds the field computation alone
 * @param wallSeconds the whole process, JVM start and writing included (NaN if unknown)
 * @param checksum sum of |u_scat|^2 over the nodes computed
 * @param threadPairsPerSecond pairs per second of one thread with the kernel compiled
 *     ({@code KernelThroughput}), for sizing a longer run; 0 if unknown
 * @param model "kirchhoff" or "exact"
 * @param bc the boundary condition, "hard" or "soft" ("hard" for Kirchhoff)
 * @param points the exact model's boundary points (its sources); 0 for Kirchhoff, written empty
 * @param obstacles how many obstacles (nc segments each for the Kirchhoff model)
 * @param evaluation how the sum over the sources was evaluated: "direct", or "fmm(TOL)" for the fast
 *     multipole method at tolerance TOL; runs of one method and another are different problems
 */
public record TimingRecord(String timestamp, String host, String jobId, int threads, String threadSource,
        double lambda, int nx, int ny, int nc, long nodes, long inside, long pairs, double computeSeconds,
        double wallSeconds, double checksum, double threadPairsPerSecond, String model, String bc, int points,
        int obstacles, String evaluation) {
    public static final String TIMESTAMP = "timestamp";
    public static final String HOST = "host";
    public static final String JOB_ID = "job_id";
    public static final String THREADS = "threads";
    public static final String THREAD_SOURCE = "thread_source";
    public static final String LAMBDA = "lambda";
    public static final String NX = "nx";
    public static final String NY = "ny";
    public static final String NC = "nc";
    public static final String NODES = "nodes";
    public static final String INSIDE = "inside";
    public static final String PAIRS = "pairs";
    public static final String COMPUTE_SECONDS = "compute_seconds";
    public static final String WALL_SECONDS = "wall_seconds";
    public static final String MPAIRS_PER_SECOND = "mpairs_per_second";
    public static final String CHECKSUM = "checksum";
    public static final String THREAD_MPAIRS_PER_SECOND = "thread_mpairs_per_second";
    public static final String MODEL = "model";
    public static final String BC = "bc";
    public static final String POINTS = "points";
    public static final String OBSTACLES = "obstacles";
    public static final String EVALUATION = "evaluation";

    /** The columns, in the order they are written; the newer ones last, so that older positions stay. */
    public static final List<String> COLUMNS = List.of(TIMESTAMP, HOST, JOB_ID, THREADS, THREAD_SOURCE, LAMBDA, NX,
            NY, NC, NODES, INSIDE, PAIRS, COMPUTE_SECONDS, WALL_SECONDS, MPAIRS_PER_SECOND, CHECKSUM,
            THREAD_MPAIRS_PER_SECOND, MODEL, BC, POINTS, OBSTACLES, EVALUATION);

    /**
     * What a row of a log without the model columns (written before the exact model existed) stands
     * for: a Kirchhoff run, sound-hard, with no boundary points. A reader fills these in, so that old
     * and new rows of one problem are one problem.
     */
    public static final Map<String, String> BEFORE_MODELS = Map.of(MODEL, "kirchhoff", BC, "hard", POINTS, "");

    /**
     * What a row of a log without the obstacle count (written before several obstacles could be
     * given) stands for: one obstacle. A reader fills it in, and a report shows the count only
     * where it is not 1, so that such tables read as before.
     */
    public static final Map<String, String> BEFORE_OBSTACLES = Map.of(OBSTACLES, "1");

    /**
     * What a row of a log without the evaluation column (written before the fast multipole method)
     * stands for: the direct sum. A reader fills it in, and a report shows the method only where it
     * is not the direct sum, so that such tables read as before.
     */
    public static final Map<String, String> BEFORE_EVALUATION = Map.of(EVALUATION, "direct");

    /** A run's row of the direct sum. */
    public TimingRecord(String timestamp, String host, String jobId, int threads, String threadSource,
            double lambda, int nx, int ny, int nc, long nodes, long inside, long pairs, double computeSeconds,
            double wallSeconds, double checksum, double threadPairsPerSecond, String model, String bc, int points,
            int obstacles) {
        this(timestamp, host, jobId, threads, threadSource, lambda, nx, ny, nc, nodes, inside, pairs, computeSeconds,
                wallSeconds, checksum, threadPairsPerSecond, model, bc, points, obstacles, "direct");
    }

    /** A Kirchhoff run's row. */
    public TimingRecord(String timestamp, String host, String jobId, int threads, String threadSource,
            double lambda, int nx, int ny, int nc, long nodes, long inside, long pairs, double computeSeconds,
            double wallSeconds, double checksum, double threadPairsPerSecond) {
        this(timestamp, host, jobId, threads, threadSource, lambda, nx, ny, nc, nodes, inside, pairs, computeSeconds,
                wallSeconds, checksum, threadPairsPerSecond, "kirchhoff", "hard", 0, 1);
    }

    /** A run's row of one obstacle. */
    public TimingRecord(String timestamp, String host, String jobId, int threads, String threadSource,
            double lambda, int nx, int ny, int nc, long nodes, long inside, long pairs, double computeSeconds,
            double wallSeconds, double checksum, double threadPairsPerSecond, String model, String bc, int points) {
        this(timestamp, host, jobId, threads, threadSource, lambda, nx, ny, nc, nodes, inside, pairs, computeSeconds,
                wallSeconds, checksum, threadPairsPerSecond, model, bc, points, 1);
    }

    /** Columns every timing log has had, in every version; a report needs them. */
    public static final List<String> REQUIRED = List.of(THREADS, COMPUTE_SECONDS, LAMBDA, NX, NY, NC);

    /** Columns that describe a run, not the problem; every other column is part of the problem. */
    public static final Set<String> RUN_COLUMNS = Set.of(TIMESTAMP, HOST, JOB_ID, THREADS, THREAD_SOURCE,
            COMPUTE_SECONDS, WALL_SECONDS, MPAIRS_PER_SECOND, CHECKSUM, THREAD_MPAIRS_PER_SECOND);

    /**
     * The (node, source) pairs a run computes: every source against every node outside the obstacle
     * (nodes inside cost almost nothing). The unit of work of the throughput figures.
     */
    public static long pairs(long nodes, long inside, long sources) {
        return (nodes - inside) * sources;
    }

    /** Millions of pairs per second. */
    public static double mpairsPerSecond(long pairs, double seconds) {
        return pairs / seconds / 1e6;
    }

    /** This run's throughput, millions of pairs per second of compute time. */
    public double mpairsPerSecond() {
        return mpairsPerSecond(pairs, computeSeconds);
    }

    /** The values as written, in the order of {@link #COLUMNS}, before CSV quoting. */
    public List<String> values() {
        return List.of(timestamp, host, jobId, Integer.toString(threads), threadSource, Double.toString(lambda),
                Integer.toString(nx), Integer.toString(ny), Integer.toString(nc), Long.toString(nodes),
                Long.toString(inside), Long.toString(pairs), String.format(Locale.ROOT, "%.6f", computeSeconds),
                String.format(Locale.ROOT, "%.6f", wallSeconds),
                String.format(Locale.ROOT, "%.3f", mpairsPerSecond()), PythonFloat.repr(checksum),
                String.format(Locale.ROOT, "%.3f", threadPairsPerSecond / 1e6), model, bc,
                points == 0 ? "" : Integer.toString(points), Integer.toString(obstacles), evaluation);
    }
}
