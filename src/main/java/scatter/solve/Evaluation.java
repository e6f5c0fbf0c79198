package scatter.solve;

import java.util.Locale;

/**
 * How the field's sum over the sources is evaluated at the grid nodes: directly, every node against
 * every source (the teaching code's method, and the default), or by the fast multipole method
 * ({@link scatter.physics.fmm}) to a tolerance, relative to the largest |u_scat| on the grid.
 *
 * @param method direct or FMM
 * @param tolerance the FMM's tolerance; 0 for the direct sum
 */
public record Evaluation(Method method, double tolerance) {
    /** The two methods. */
    public enum Method {
        /** Every node against every source. */
        DIRECT,
        /** Fast multipole: about (nodes + sources) p operations. */
        FMM;

        /** The name logs and the timing log use: "direct" or "fmm". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The FMM's default tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-12;
    /** Smallest tolerance: the direct sum's own rounding, relative to max |u|, is near 1e-15. */
    public static final double MIN_TOLERANCE = 1e-14;
    /** Largest tolerance: beyond it the picture itself is wrong. */
    public static final double MAX_TOLERANCE = 1e-2;

    /** The direct sum. */
    public static final Evaluation DIRECT = new Evaluation(Method.DIRECT, 0);

    /**
     * Below this many (node, source) pairs the direct sum (about 0.3 s on two cores) beats the
     * FMM, whose set-up and first compilation take a few tenths of a second whatever the size: the
     * default case's 2e6 pairs take 0.4 s directly and 0.6 s by the FMM, 256 x 256 cells against
     * 512 segments (3.4e7 pairs) already less by the FMM (docs/performance.md).
     */
    public static final double FMM_MIN_PAIRS = 5e7;

    /** The FMM at {@code tolerance}. */
    public static Evaluation fmm(double tolerance) {
        if (!(tolerance >= MIN_TOLERANCE && tolerance <= MAX_TOLERANCE)) {
            throw new IllegalArgumentException("FMM tolerance outside [" + MIN_TOLERANCE + ", " + MAX_TOLERANCE + "]: "
                    + tolerance);
        }
        return new Evaluation(Method.FMM, tolerance);
    }

    public boolean isFmm() {
        return method == Method.FMM;
    }

    /**
     * The method this evaluation uses for {@code pairs} (node, source) pairs: the FMM falls back to
     * the direct sum where that is faster (fewer than {@link #FMM_MIN_PAIRS}); the direct sum stays.
     */
    public Evaluation forPairs(double pairs) {
        return isFmm() && pairs < FMM_MIN_PAIRS ? DIRECT : this;
    }

    /**
     * About how many (node, source) pairs one thread sums directly per second on a current core
     * (docs/performance.md: the kernel's rate, 80 to 100 million), for the log's estimate.
     */
    public static final double DIRECT_PAIRS_PER_THREAD_SECOND = 9e7;

    /** About how long the direct sum of {@code pairs} pairs takes on {@code threads} threads, in seconds. */
    public static double directSeconds(double pairs, int threads) {
        return pairs / (DIRECT_PAIRS_PER_THREAD_SECOND * threads);
    }
}
