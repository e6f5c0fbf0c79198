package scatter.timing;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a run computed long enough for its time to compare core counts, and if not, a problem
 * size that would.
 *
 * <p>A fresh JVM spends a few tenths of a second compiling the kernel, the same on any number of
 * cores; a run that computes for less than {@value #MIN_SECONDS} s measures mostly that, and its
 * speedup over one core says little about the program. The suggested size scales the grid (and the
 * number of sources, where they follow -nc) by one factor until one thread would compute for
 * {@link #targetSeconds(int) a target time}, at the throughput one thread was measured to reach
 * with the kernel compiled, then rounds nx, ny and nc up to multiples of {@value #ROUND}.
 */
public final class CoreCountAdvice {
    /** Compute times below this compare start-up and JIT compilation rather than cores. */
    public static final double MIN_SECONDS = 2.0;
    /** One thread's time the suggestion aims at: long enough that start-up is about 1 %. */
    static final double TARGET_ONE_THREAD = 30;
    /** Time the suggestion aims at on the run's own thread count, so that many cores get enough too. */
    static final double TARGET_ALL_THREADS = 10;
    /** Longest one-thread time suggested: a 10-minute job on one core, with room to spare. */
    static final double MAX_ONE_THREAD = 480;
    /** Suggested sizes are multiples of this. */
    static final int ROUND = 128;

    /**
     * The problem a run solved and what it measured.
     *
     * @param computeSeconds the run's compute time
     * @param threads its worker threads
     * @param nx cells in x of the whole grid
     * @param ny cells in y
     * @param nc contour segments
     * @param nodes nodes computed
     * @param inside of those, nodes inside the obstacle
     * @param sources sources summed at every outside node
     * @param sourcesFollowNc whether the number of sources grows with nc (Kirchhoff: one per segment)
     * @param pairsPerSecondPerThread one thread's throughput with the kernel compiled, 0 if unknown
     */
    public record Run(double computeSeconds, int threads, int nx, int ny, int nc, long nodes, long inside,
            long sources, boolean sourcesFollowNc, double pairsPerSecondPerThread) {
    }

    private CoreCountAdvice() {
    }

    /** The one-thread time a suggestion aims at for a run on {@code threads} threads. */
    static double targetSeconds(int threads) {
        return Math.min(MAX_ONE_THREAD, Math.max(TARGET_ONE_THREAD, TARGET_ALL_THREADS * threads));
    }

    /**
     * One line for a run too short to compare core counts, e.g. "compute took 0.21 s: too short to
     * compare core counts; -nx 1152 -ny 1152 -nc 1152 would take about 31 s on 1 thread"; empty if
     * the run was long enough.
     */
    public static Optional<String> of(Run run) {
        if (!(run.computeSeconds() < MIN_SECONDS)) {
            return Optional.empty();
        }
        String said = String.format(Locale.ROOT, "compute took %.2f s: too short to compare core counts",
                run.computeSeconds());
        double rate = run.pairsPerSecondPerThread();
        double outsideShare = run.nodes() == 0 ? 0 : (run.nodes() - run.inside()) / (double) run.nodes();
        if (!(rate > 0) || !(outsideShare > 0) || run.sources() <= 0) {
            return Optional.of(said + "; give it a larger grid or more segments");
        }
        double target = targetSeconds(run.threads());
        double lo = 1;
        double hi = 2;
        while (seconds(run, hi, outsideShare) < target && hi < 1e6) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (seconds(run, mid, outsideShare) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        int nx = roundUp(hi * run.nx());
        int ny = roundUp(hi * run.ny());
        int nc = run.sourcesFollowNc() ? roundUp(hi * run.nc()) : run.nc();
        double sources = run.sourcesFollowNc() ? run.sources() * (double) nc / run.nc() : run.sources();
        double oneThread = (nx + 1.0) * (ny + 1.0) * outsideShare * sources / rate;
        String size = run.sourcesFollowNc() ? String.format(Locale.ROOT, "-nx %d -ny %d -nc %d", nx, ny, nc)
                : String.format(Locale.ROOT, "-nx %d -ny %d", nx, ny);
        String onAll = run.threads() > 1 && target > TARGET_ONE_THREAD
                ? String.format(Locale.ROOT, " (about %.0f s on %d)", oneThread / run.threads(), run.threads()) : "";
        return Optional.of(String.format(Locale.ROOT, "%s; %s would take about %.0f s on 1 thread%s",
                said, size, oneThread, onAll));
    }

    /** One thread's estimated time with every size scaled by {@code f}. */
    private static double seconds(Run run, double f, double outsideShare) {
        double sources = run.sourcesFollowNc() ? run.sources() * f : run.sources();
        return (f * run.nx() + 1) * (f * run.ny() + 1) * outsideShare * sources / run.pairsPerSecondPerThread();
    }

    private static int roundUp(double size) {
        return (int) Math.min(1 << 20, Math.max(ROUND, Math.ceil(size / ROUND) * ROUND));
    }
}
