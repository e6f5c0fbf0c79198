package scatter.physics.exact.curve;

/**
 * The point of the smooth curve nearest an observer close to it: the nearest of N equispaced
 * samples z(2 pi j/N) within a reach ({@link PointBuckets}), then Newton's method on
 * g(s) = (z(s) - p).z'(s) = 0, g' = |z'|^2 + (z - p).z'', kept inside the two sample intervals
 * around that sample (bisection whenever a step would leave the bracket). The curve is evaluated
 * from its Fourier series ({@link TrigSeries}), so the answer does not depend on any polygon.
 * Immutable; {@link #locate} writes into caller-owned arrays.
 */
public final class CurveLocator {
    /**
     * Observers within this many local spacings of a boundary need a finer rule than the trapezoid
     * rule on its points (the field near a boundary, {@code CloseField}, and a boundary's rows close
     * to another, {@code BlockSystem}); kept here, below both, with the search they start.
     */
    public static final double NEAR_SPACINGS = 8;
    /** Largest refinement m of the trapezoid rule near a boundary; closer observers use the graded rule. */
    public static final int MAX_REFINEMENT = 64;
    /** Newton steps at most; it converges in a few from within a sample spacing. */
    private static final int MAX_STEPS = 60;

    private final TrigSeries curve;
    private final int samples;
    private final PointBuckets buckets;
    /** z, z', z'' and z''' at the samples (re, im each), for {@link #locateFromSamples} and {@link #estimate}. */
    private final double[][] z;
    private final double[][] dz;
    private final double[][] ddz;
    private final double[][] dddz;
    /**
     * Per sample: twice the largest difference between the cubic about it (see {@link #estimate})
     * and the tabulated z, and z', at the samples on either side, |d| = h: a bound on the cubic's
     * error over |d| &lt;= h (its remainder grows as d^4, d^3), measured instead of assumed.
     */
    private final double[] positionError;
    private final double[] tangentError;

    /**
     * @param samples N, a power of two; the nearest point is sought near the sample nearest the
     *     observer, so N must resolve the curve's features
     * @param reach observers farther than this from every sample are not located
     */
    public CurveLocator(SmoothCurve curve, int samples, double reach) {
        this.curve = curve.series();
        this.samples = samples;
        z = Fourier.values(curve.coefficients(), 0, samples);
        dz = Fourier.values(curve.coefficients(), 1, samples);
        ddz = Fourier.values(curve.coefficients(), 2, samples);
        dddz = Fourier.values(curve.coefficients(), 3, samples);
        positionError = new double[samples];
        tangentError = new double[samples];
        double h = 2 * Math.PI / samples;
        for (int j = 0; j < samples; j++) {
            for (int side = -1; side <= 1; side += 2) {
                int i = Math.floorMod(j + side, samples);
                double d = side * h;
                double ex = z[0][j] + d * (dz[0][j] + d * (0.5 * ddz[0][j] + d * dddz[0][j] / 6)) - z[0][i];
                double ey = z[1][j] + d * (dz[1][j] + d * (0.5 * ddz[1][j] + d * dddz[1][j] / 6)) - z[1][i];
                double tx = dz[0][j] + d * (ddz[0][j] + 0.5 * d * dddz[0][j]) - dz[0][i];
                double ty = dz[1][j] + d * (ddz[1][j] + 0.5 * d * dddz[1][j]) - dz[1][i];
                positionError[j] = Math.max(positionError[j], 2 * Math.hypot(ex, ey));
                tangentError[j] = Math.max(tangentError[j], 2 * Math.hypot(tx, ty));
            }
        }
        this.buckets = new PointBuckets(z[0], z[1], reach);
    }

    /** Index of the sample nearest (px, py) within the reach, or -1. */
    int nearestSample(double px, double py) {
        return buckets.nearest(px, py);
    }

    /**
     * Locates the curve's point nearest (px, py) if a sample is within the reach. On success
     * {@code out} holds s*, x(s*), y(s*), x'(s*), y'(s*), the distance |p - z(s*)| and the signed
     * distance (p - z(s*)).nu(s*) (positive outside), and {@code scratch} (6 doubles) is used.
     *
     * @return false if no sample is within the reach
     */
    public boolean locate(double px, double py, double[] out, double[] scratch) {
        int j = buckets.nearest(px, py);
        if (j < 0) {
            return false;
        }
        double h = 2 * Math.PI / samples;
        double s0 = h * j;
        double gLo = slope(s0 - h, px, py, scratch);
        double gHi = slope(s0 + h, px, py, scratch);
        newton(px, py, s0, gLo < 0 && gHi > 0, s0, out, scratch);
        return true;
    }

    /**
     * As {@link #locate}, the same point to rounding but in about half the series evaluations, for
     * the fast evaluation ({@code --fmm}; the direct sum keeps {@link #locate} bit for bit): the
     * bracket's slopes come from the samples' z and z' (tabulated once, from the coefficients, by
     * FFT), and Newton's method starts from one step taken on the sample's z, z', z'' (error
     * O(h^2) in s instead of O(h)), so that two steps on the series reach rounding and a third
     * confirms it.
     *
     * @return false if no sample is within the reach
     */
    public boolean locateFromSamples(double px, double py, double[] out, double[] scratch) {
        int j = buckets.nearest(px, py);
        if (j < 0) {
            return false;
        }
        double h = 2 * Math.PI / samples;
        double s0 = h * j;
        int below = j == 0 ? samples - 1 : j - 1;
        int above = j == samples - 1 ? 0 : j + 1;
        double gLo = (z[0][below] - px) * dz[0][below] + (z[1][below] - py) * dz[1][below];
        double gHi = (z[0][above] - px) * dz[0][above] + (z[1][above] - py) * dz[1][above];
        double rx = z[0][j] - px;
        double ry = z[1][j] - py;
        double g = rx * dz[0][j] + ry * dz[1][j];
        double dg = dz[0][j] * dz[0][j] + dz[1][j] * dz[1][j] + rx * ddz[0][j] + ry * ddz[1][j];
        double start = s0 - g / dg;
        if (!(dg > 0) || !(start > s0 - h && start < s0 + h)) {
            start = s0;
        }
        newton(px, py, s0, gLo < 0 && gHi > 0, start, out, scratch);
        return true;
    }

    /** Newton steps on the sample's cubic at most, in {@link #estimate}. */
    private static final int ESTIMATE_STEPS = 8;
    /** Relative accuracy of the distance and |z'| that {@link #estimate} vouches for. */
    public static final double ESTIMATE_ACCURACY = 1e-6;

    /**
     * The nearest point estimated without evaluating the series: Newton's method on the cubic
     * Taylor polynomial of z about the nearest sample s_j (z, z', z'', z''' tabulated once from the
     * coefficients), z(s_j + d) ~ z + z' d + z'' d^2/2 + z''' d^3/6 for |d| &lt;= h, h = 2 pi/N. Its
     * error is that of the polynomial, about |z''''| h^4/24 in position and |z''''| h^3/6 in z'
     * (1e-11 and 1e-8 for the default obstacle at N = 2048), bounded per sample by its measured
     * difference from the neighbouring samples: given only where that bound is below
     * {@link #ESTIMATE_ACCURACY} of the distance and of |z'|, enough to tell which rule a distance
     * calls for away from the rules' thresholds, not for a rule that needs the point itself. On
     * success {@code out} holds what {@link #locate} gives, to that accuracy.
     *
     * @return 1 if estimated, 0 if no sample is within the reach, -1 if Newton's method on the
     *     polynomial did not settle within [s_j - h, s_j + h] or the estimate is not that accurate
     *     (then {@link #locateFromSamples})
     */
    public int estimate(double px, double py, double[] out) {
        int j = buckets.nearest(px, py);
        if (j < 0) {
            return 0;
        }
        double h = 2 * Math.PI / samples;
        double x0 = z[0][j] - px;
        double y0 = z[1][j] - py;
        double x1 = dz[0][j];
        double y1 = dz[1][j];
        double x2 = ddz[0][j];
        double y2 = ddz[1][j];
        double x3 = dddz[0][j] / 6;
        double y3 = dddz[1][j] / 6;
        double d = 0;
        boolean settled = false;
        for (int step = 0; step < ESTIMATE_STEPS && !settled; step++) {
            // r = z(s_j + d) - p, t = z', c = z'' of the cubic
            double rx = x0 + d * (x1 + d * (0.5 * x2 + d * x3));
            double ry = y0 + d * (y1 + d * (0.5 * y2 + d * y3));
            double tx = x1 + d * (x2 + 3 * d * x3);
            double ty = y1 + d * (y2 + 3 * d * y3);
            double cx = x2 + 6 * d * x3;
            double cy = y2 + 6 * d * y3;
            double g = rx * tx + ry * ty;
            double dg = tx * tx + ty * ty + rx * cx + ry * cy;
            double next = d - g / dg;
            if (!(dg > 0) || !(Math.abs(next) <= h)) {
                return -1;
            }
            settled = Math.abs(next - d) <= 1e-12 * h;
            d = next;
        }
        if (!settled) {
            return -1;
        }
        double rx = px - (z[0][j] + d * (x1 + d * (0.5 * x2 + d * x3)));
        double ry = py - (z[1][j] + d * (y1 + d * (0.5 * y2 + d * y3)));
        double tx = x1 + d * (x2 + 3 * d * x3);
        double ty = y1 + d * (y2 + 3 * d * y3);
        out[0] = h * j + d;
        out[1] = px - rx;
        out[2] = py - ry;
        out[3] = tx;
        out[4] = ty;
        double speed = Math.hypot(tx, ty);
        out[5] = Math.hypot(rx, ry);
        out[6] = (rx * ty - ry * tx) / speed;
        if (!(positionError[j] <= ESTIMATE_ACCURACY * out[5] && tangentError[j] <= ESTIMATE_ACCURACY * speed)) {
            return -1;
        }
        return 1;
    }

    /**
     * Newton's method from {@code s} within [s0 - h, s0 + h] (a bracket if {@code bracketed}), the
     * answer into {@code out} as {@link #locate} says.
     */
    private void newton(double px, double py, double s0, boolean bracketed, double s, double[] out,
            double[] scratch) {
        double h = 2 * Math.PI / samples;
        double lo = s0 - h;
        double hi = s0 + h;
        for (int step = 0; step < MAX_STEPS; step++) {
            curve.derivatives(s, scratch);
            double rx = scratch[0] - px;
            double ry = scratch[1] - py;
            double g = rx * scratch[2] + ry * scratch[3];
            double dg = scratch[2] * scratch[2] + scratch[3] * scratch[3] + rx * scratch[4] + ry * scratch[5];
            if (bracketed) {
                if (g < 0) {
                    lo = s;
                } else {
                    hi = s;
                }
            }
            double next = s - g / dg;
            if (!(dg > 0) || next <= lo || next >= hi) {
                // leaving the bracket (or a maximum of the distance): bisect instead
                next = bracketed ? 0.5 * (lo + hi) : s - Math.copySign(Math.min(Math.abs(g / dg), h), g);
            }
            double change = Math.abs(next - s);
            s = next;
            if (change <= 1e-15 * Math.PI || (bracketed && hi - lo <= 1e-15 * Math.PI)) {
                break;
            }
        }
        curve.derivatives(s, scratch);
        double rx = px - scratch[0];
        double ry = py - scratch[1];
        double speed = Math.hypot(scratch[2], scratch[3]);
        out[0] = s;
        out[1] = scratch[0];
        out[2] = scratch[1];
        out[3] = scratch[2];
        out[4] = scratch[3];
        out[5] = Math.hypot(rx, ry);
        // nu = (y', -x')/|z'|
        out[6] = (rx * scratch[3] - ry * scratch[2]) / speed;
    }

    private double slope(double s, double px, double py, double[] scratch) {
        curve.derivatives(s, scratch);
        return (scratch[0] - px) * scratch[2] + (scratch[1] - py) * scratch[3];
    }
}
