package scatter.physics.exact.curve;

import java.util.function.DoubleUnaryOperator;

/**
 * Samples x(t), y(t) at M = 2^p equispaced t = j/M until their trigonometric interpolant is the
 * curve: the coefficients of the top half of the spectrum, |m| &gt; M/4, are below
 * {@link SmoothCurve#SPECTRUM_DECAY} of the largest, AND the interpolant agrees with the
 * expressions, to {@link #OFF_GRID} of the largest coefficient, at 2M points it was not built
 * from.
 *
 * <p><b>Why both.</b> A mode m' beyond the samples' reach aliases onto m = m' - qM, which can be a
 * low mode: a circle with 60 small ripples (modes 59 and 61) sampled 64 times looks like a curve of
 * modes -5 and 3, with a clean tail. No test on the samples alone can see that. At t = (j + theta)/M
 * the alias and the true mode differ by the factor e^{2 pi i q theta}; the midpoints, theta = 1/2,
 * see every odd q, and theta = (sqrt 5 - 1)/2 (the golden ratio's, the irrational farthest from
 * every fraction) sees every q, most weakly where q theta is nearest an integer: for the even q (the odd ones
 * the midpoints see) up to 100 it still sees 0.08 of the alias's amplitude or more (q = 34). Together they miss nothing a
 * feature of the curve could make, short of detail narrower than the samples' spacing that falls
 * between all 3M points. The midpoints are the next doubling's new samples, so they are not lost.
 *
 * <p>A level from {@link #EVIDENT_FROM} to {@link #EVIDENT_TO} samples that does not resolve the curve
 * and shows an evident corner ({@link CornerFinder#evident}: a tangent that jumps at a scale of 2^-32 in
 * t, which no level up to {@link SmoothCurve#MAX_SAMPLES} can resolve) takes the samples of the levels
 * up to that last one, the same t in the same order, but none of their transforms (the last one's only
 * when the exception's tail ratio is asked for), and throws as the last level would: the square's
 * corners are found after 2^20 samples and no transform beyond 1024 points instead of 15 levels of both.
 *
 * <p>Stops at {@link SmoothCurve#MAX_SAMPLES}: a curve not resolved by then has a corner, a kink
 * or a standstill, which {@link Irregularity} locates for the message (and {@link CornerFinder}
 * each corner, with its interior angle).
 */
final class CurveSampler {
    /**
     * Largest misfit of the interpolant off the samples, relative to the largest coefficient: a
     * few hundred rounding units, the expressions' and the FFT's rounding together (measured below
     * 1e-15 for the curves of the tests).
     */
    static final double OFF_GRID = 1e-13;
    /**
     * From this many samples on, a level that does not resolve the curve is checked for an evident
     * corner ({@link CornerFinder#evident}); if it has one, the levels up to {@link SmoothCurve#MAX_SAMPLES},
     * which cannot resolve it, are sampled as doubling samples them but not transformed, and the last
     * level's transform (for the tail ratio of the exception) is made only if asked for.
     */
    static final int EVIDENT_FROM = 1024;
    /** The last number of samples checked so (each check costs a turn per sample). */
    static final int EVIDENT_TO = 1 << 16;
    /** (sqrt 5 - 1)/2. */
    static final double GOLDEN = 0.6180339887498949;

    private final DoubleUnaryOperator x;
    private final DoubleUnaryOperator y;

    CurveSampler(DoubleUnaryOperator x, DoubleUnaryOperator y) {
        this.x = x;
        this.y = y;
    }

    /**
     * The samples {x, y} at t = j/M of the first M that resolves the curve.
     *
     * @throws CurveNotSmoothException if none up to {@link SmoothCurve#MAX_SAMPLES} does
     */
    double[][] resolve() {
        int m = SmoothCurve.MIN_SAMPLES;
        double[][] z = sample(m, 0);
        while (true) {
            double[][] c = Fourier.coefficients(z[0], z[1]);
            double tail = SmoothCurve.tailRatio(c);
            double[][] mid = null;
            if (tail < SmoothCurve.SPECTRUM_DECAY) {
                mid = sample(m, 0.5);
                double allowed = OFF_GRID * largest(c);
                if (misfit(c, z, mid, 0.5) <= allowed && misfit(c, z, sample(m, GOLDEN), GOLDEN) <= allowed) {
                    return z;
                }
            }
            if (m >= SmoothCurve.MAX_SAMPLES) {
                throw Irregularity.of(z[0], z[1]).exception(m, tail, x, y, z[0], z[1]);
            }
            if (m >= EVIDENT_FROM && m <= EVIDENT_TO && CornerFinder.evident(x, y, z[0], z[1])) {
                // no level up to the last can resolve it: its samples as doubling takes them (the same
                // t in the same order), without the transforms; the last one's tail only if asked for
                z = sampleUpTo(z, SmoothCurve.MAX_SAMPLES);
                m = SmoothCurve.MAX_SAMPLES;
                int last = m;
                throw Irregularity.of(z[0], z[1]).exception(m, () -> tailOf(last), x, y, z[0], z[1]);
            }
            z = interleave(z, mid != null ? mid : sample(m, 0.5));
            m *= 2;
        }
    }

    /**
     * The tail ratio of the samples at t = j/M ({@link SmoothCurve#tailRatio}), sampled afresh: the
     * same values as doubling's samples there, so the same ratio bit for bit.
     */
    private double tailOf(int m) {
        double[][] z = sample(m, 0);
        return SmoothCurve.tailRatio(Fourier.coefficients(z[0], z[1]));
    }

    /**
     * The samples at t = j/total from those at j/M ({@code z}): each doubling's new samples, at
     * (j + 1/2)/M, in the order and with the t that doubling takes them (so the same values, and the
     * same first failure of an expression), written straight to their places among the total instead
     * of interleaved level by level (which copied and allocated every level anew).
     */
    private double[][] sampleUpTo(double[][] z, int total) {
        int m = z[0].length;
        double[][] all = new double[2][total];
        int stride = total / m;
        for (int j = 0; j < m; j++) {
            all[0][j * stride] = z[0][j];
            all[1][j * stride] = z[1][j];
        }
        for (; m < total; m *= 2) {
            int step = total / (2 * m);
            for (int j = 0; j < m; j++) {
                double t = (j + 0.5) / m;
                all[0][(2 * j + 1) * step] = x.applyAsDouble(t);
                all[1][(2 * j + 1) * step] = y.applyAsDouble(t);
            }
        }
        return all;
    }

    /** x, y at t = (j + theta)/M, j = 0..M-1. */
    private double[][] sample(int m, double theta) {
        double[][] z = new double[2][m];
        for (int j = 0; j < m; j++) {
            // for theta = 0 and 1/2 these t are exact in binary, so sample j of M is sample 2j of 2M
            double t = (j + theta) / m;
            z[0][j] = x.applyAsDouble(t);
            z[1][j] = y.applyAsDouble(t);
        }
        return z;
    }

    /** max_j |interpolant((j + theta)/M) - expressions((j + theta)/M)|. */
    private static double misfit(double[][] c, double[][] z, double[][] off, double theta) {
        int m = z[0].length;
        // interpolant(s_j + h) = z_j + [interpolant(s_j + h) - interpolant(s_j)], formed from the series
        double[][] d = Fourier.differences(c, m, 2 * Math.PI * theta / m);
        double worst = 0;
        for (int j = 0; j < m; j++) {
            worst = Math.max(worst, Math.hypot(z[0][j] + d[0][j] - off[0][j], z[1][j] + d[1][j] - off[1][j]));
        }
        return worst;
    }

    private static double largest(double[][] c) {
        double largest = 0;
        for (int k = 0; k < c[0].length; k++) {
            largest = Math.max(largest, Math.hypot(c[0][k], c[1][k]));
        }
        return largest;
    }

    /** The samples of 2M from those at j/M and at (j + 1/2)/M. */
    private static double[][] interleave(double[][] even, double[][] odd) {
        int m = even[0].length;
        double[][] z = new double[2][2 * m];
        for (int j = 0; j < m; j++) {
            for (int p = 0; p < 2; p++) {
                z[p][2 * j] = even[p][j];
                z[p][2 * j + 1] = odd[p][j];
            }
        }
        return z;
    }
}
