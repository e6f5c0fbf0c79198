package scatter.physics.exact.evaluation;

import scatter.physics.NearField;
import scatter.physics.SourceSum;
import scatter.physics.SourceTerms;
import scatter.physics.exact.curve.CurveLocator;
import scatter.physics.exact.curve.Fourier;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.curve.TrigSeries;
import scatter.physics.exact.system.BoundarySolution;

/**
 * The exact model's field at observers close to the boundary, where the trapezoid rule on the 2n
 * boundary points loses accuracy: its error at distance delta is about exp(-2 pi delta / h), h =
 * |z'| pi/n the local spacing (O(1) within a spacing, 1e-22 at eight).
 *
 * <p>The field kernel sums every {@code stride}-th boundary point ({@link BoundarySolution#fieldSources()},
 * spacing stride h); this rule takes every observer closer than {@link #NEAR_SPACINGS} of those
 * spacings to its nearest boundary point z(s*) ({@link CurveLocator}). Between 8 stride h and 8h
 * it sums all 2n points; closer, the density and the curve interpolated spectrally (zero-padded
 * FFT) onto 2nm points, m = 2^ceil(log2(8h/delta)): the same rule with spacing h/m &lt;= delta/8
 * (so again exp(-16 pi)). Beyond m = {@link #MAX_REFINEMENT}, i.e. closer than h/8, the graded
 * Gauss-Legendre rule of {@link GradedRule} takes over.
 *
 * <p>For a fast evaluation of the sums ({@code --fmm}, {@link #newFastEvaluator()}) the refined
 * boundaries are its source sets ({@link #sourceSet(int)}: set l is the trapezoid rule on 2n 2^l
 * points), each observer sent to its own (those of the two finest both to the finest), and the
 * observers closer than h/8 take the graded rule
 * on fixed coarse panels ({@link FixedPanels}), which agrees with {@link GradedRule} to rounding
 * and costs a fraction of it.
 *
 * <p>Shared, immutable data; the refined boundaries and the fixed panels are built on first use,
 * once, under this object's lock, and never change afterwards, so every thread sees the same
 * values. Each thread takes its own {@link #newEvaluator()}.
 */
public final class CloseField implements NearField {
    /** Observers within this many local spacings of the boundary need a finer rule (shared with close rows). */
    public static final double NEAR_SPACINGS = CurveLocator.NEAR_SPACINGS;
    /** Largest refinement m of the trapezoid rule; closer observers use the graded rule. */
    public static final int MAX_REFINEMENT = CurveLocator.MAX_REFINEMENT;

    /**
     * Modes of the density below this fraction of its largest are left out of its series at
     * arbitrary s (the graded rule's nodes): beyond them its spectrum is the solver's rounding,
     * 1e-16 to 2e-16 for the default case.
     */
    private static final double DENSITY_FLOOR = 1e-15;
    /** {@link #level}: the observer is not close, or closer than the finest refinement serves. */
    private static final int FAR = -1;
    private static final int GRADED = -2;
    /**
     * Where an estimated location ({@link CurveLocator#estimate}, to {@link CurveLocator#ESTIMATE_ACCURACY})
     * comes this close, relatively, to the graded rule's threshold, the point is located exactly.
     */
    private static final double ESTIMATE_MARGIN = 1e-4;

    private final SmoothCurve curve;
    private final double[][] densityCoefficients;
    private final TrigSeries density;
    private final CurveLocator locator;
    private final int n;
    /** Every how many points the field kernel's sources are: near means within 8 of its spacings. */
    private final int stride;
    private final double k;
    private final double eta;
    /** Refined boundaries by log2(m), built on first use. */
    private final SourceTerms[] refined = new SourceTerms[Integer.numberOfTrailingZeros(MAX_REFINEMENT) + 1];
    /** The graded rule on fixed panels, for a fast evaluation; built on first use. */
    private FixedPanels fixedPanels;

    public CloseField(BoundarySolution solution) {
        this.curve = solution.curve();
        this.n = solution.points.n;
        this.stride = solution.fieldStride();
        this.k = solution.wave().k();
        this.eta = solution.eta();
        densityCoefficients = Fourier.coefficients(solution.densityRe, solution.densityIm);
        density = new TrigSeries(densityCoefficients, TrigSeries.bandwidthAbove(densityCoefficients, DENSITY_FLOOR));
        double spacing = curve.maxSpeed() * Math.PI / n;
        // an observer within NEAR_SPACINGS local spacings of the curve is within that plus half a
        // spacing of a boundary point
        locator = new CurveLocator(curve, 2 * n, (NEAR_SPACINGS + 1) * stride * spacing);
    }

    @Override
    public Evaluator newEvaluator() {
        return new Local();
    }

    /**
     * An evaluator for a fast evaluation of the sums: {@link Evaluator#sourceSet} sends an
     * observer that the trapezoid rule on 2n 2^l points serves to source set l, and one closer
     * than that to its own rule, the graded rule on fixed panels.
     */
    @Override
    public Evaluator newFastEvaluator() {
        return new FastLocal();
    }

    /** The refinements: 2n, 4n, ..., 2n {@link #MAX_REFINEMENT} points. */
    @Override
    public int sourceSets() {
        return refined.length;
    }

    /** The trapezoid rule on 2n 2^index points: the close rule at the observers sent to it. */
    @Override
    public SourceTerms sourceSet(int index) {
        return refined(index);
    }

    private synchronized FixedPanels fixedPanels() {
        if (fixedPanels == null) {
            fixedPanels = new FixedPanels(curve.series(), density, new DensityTable(densityCoefficients, 2 * n), k, eta,
                    curve.maxSpeed());
        }
        return fixedPanels;
    }

    /**
     * The observer's refinement level: log2 of m (0 to log2 {@link #MAX_REFINEMENT}) if the
     * trapezoid rule on 2nm points is accurate there, {@link #GRADED} if it is closer than that,
     * or {@link #FAR} if the field kernel's own sum is. For the fast evaluation: the location is
     * estimated from the samples ({@link CurveLocator#estimate}, without the curve's series), which
     * decides between the trapezoid rules (at their thresholds either neighbour is accurate); where
     * the graded rule may be called for, or the estimate cannot vouch for itself, the point is
     * located as {@link CurveLocator#locate} does (to rounding: {@link CurveLocator#locateFromSamples}),
     * so that for {@link #GRADED} {@code located} holds the point itself.
     */
    private int level(double x, double y, double[] located, double[] scratch) {
        int estimated = locator.estimate(x, y, located);
        if (estimated == 0) {
            return FAR;
        }
        if (estimated > 0) {
            // the estimate decides unless the graded rule, which needs the point itself, may be
            // called for (a margin far above the estimate's error)
            int level = level(located, 1 - ESTIMATE_MARGIN);
            if (level != GRADED) {
                return level;
            }
        }
        if (!locator.locateFromSamples(x, y, located, scratch)) {
            return FAR;
        }
        return level(located, 1);
    }

    /**
     * The refinement level for a point located at distance located[5] with |z'| from located[3],
     * located[4]: as {@link #level(double, double, double[], double[])}, with the graded rule's
     * threshold moved by the factor {@code graded} (below 1: called for a little farther out).
     */
    private int level(double[] located, double graded) {
        double delta = located[5];
        double speed = Math.hypot(located[3], located[4]);
        double spacing = speed * Math.PI / n;
        if (!(delta < NEAR_SPACINGS * stride * spacing)) {
            return FAR;
        }
        double ratio = NEAR_SPACINGS * spacing / delta;
        if (ratio <= MAX_REFINEMENT * graded) {
            // ratio <= 1: all 2n points (m = 1) are enough here, only the kernel's stride is not
            return ratio <= 1 ? 0 : 64 - Long.numberOfLeadingZeros((long) Math.ceil(ratio) - 1);
        }
        return GRADED;
    }

    /** The trapezoid rule on 2nm points (m = 2^level), built once. */
    private synchronized SourceTerms refined(int level) {
        if (refined[level] == null) {
            refined[level] = RefinedSources.refined(curve, densityCoefficients, (2 * n) << level, k, eta);
        }
        return refined[level];
    }

    private final class Local implements Evaluator {
        private final double[] located = new double[7];
        private final double[] scratch = new double[6];
        private final SourceSum sum = new SourceSum(k);
        private GradedRule graded;

        @Override
        public boolean scattered(double x, double y, double[] out) {
            if (!locator.locate(x, y, located, scratch)) {
                return false;
            }
            double delta = located[5];
            double speed = Math.hypot(located[3], located[4]);
            double spacing = speed * Math.PI / n;
            if (!(delta < NEAR_SPACINGS * stride * spacing)) {
                return false;
            }
            double ratio = NEAR_SPACINGS * spacing / delta;
            if (ratio <= MAX_REFINEMENT) {
                // ratio <= 1: all 2n points (m = 1) are enough here, only the kernel's stride is not
                int level = ratio <= 1 ? 0 : 64 - Long.numberOfLeadingZeros((long) Math.ceil(ratio) - 1);
                sum.at(refined(level), x, y, out);
            } else {
                if (graded == null) {
                    graded = new GradedRule(curve.series(), density, k, eta, curve.maxSpeed());
                }
                graded.evaluate(x, y, located[0], located[1], located[2], speed, delta, out);
            }
            return true;
        }
    }

    /** The fast evaluation's evaluator: see {@link #newFastEvaluator()}. */
    private final class FastLocal implements Evaluator {
        private final double[] located = new double[7];
        private final double[] scratch = new double[6];
        private final SourceSum sum = new SourceSum(k);
        private FixedPanels.Evaluator panels;

        @Override
        public int sourceSet(double x, double y) {
            int level = level(x, y, located, scratch);
            // the two finest refinements share one source set, the finer: its rule is accurate
            // at both, and one sum fewer saves an FMM's fixed costs (its tree, its multipoles of
            // 2n 32 points, the leaves' translations) for the few thousand nodes it served
            // (measured in docs/performance.md)
            if (level == FAR) {
                return NOT_NEAR;
            }
            return level == GRADED ? OWN_RULE : level >= refined.length - 2 ? refined.length - 1 : level;
        }

        @Override
        public boolean scattered(double x, double y, double[] out) {
            int level = level(x, y, located, scratch);
            if (level == FAR) {
                return false;
            }
            if (level >= 0) {
                sum.at(refined(level), x, y, out);
            } else {
                if (panels == null) {
                    panels = fixedPanels().newEvaluator();
                }
                double speed = Math.hypot(located[3], located[4]);
                panels.evaluate(x, y, located[0], located[1], located[2], speed, located[5], out);
            }
            return true;
        }
    }
}
