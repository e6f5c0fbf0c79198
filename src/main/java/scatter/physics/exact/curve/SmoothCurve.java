package scatter.physics.exact.curve;

import java.util.function.DoubleUnaryOperator;
import scatter.geometry.Contour;
import scatter.geometry.ContourException;

/**
 * The obstacle's boundary as a smooth periodic curve z(s) = (x, y), s = 2 pi t in [0, 2 pi),
 * oriented anticlockwise, known through its Fourier series and its points from the expressions.
 *
 * <p><b>Sampling.</b> x(t) and y(t) are sampled once, on the calling thread, at M = 2^p equispaced
 * t = j/M, from {@link #MIN_SAMPLES} doubling up to {@link #MAX_SAMPLES}, until the trigonometric
 * interpolant is the curve ({@link CurveSampler}): the top half of the spectrum, |m| &gt; M/4, is
 * below {@link #SPECTRUM_DECAY} of the largest coefficient, and the interpolant agrees with the
 * expressions at 2M points it was not built from (which catches fine detail that the samples
 * alias onto low modes). Then it represents the curve and its derivatives to rounding level. A
 * curve not resolved by {@link #MAX_SAMPLES} samples (a corner: coefficients fall only like m^-2),
 * or that stands still somewhere (|z'| below {@link #MIN_SPEED_RATIO} of its largest value, e.g. a
 * cusp; {@link SlowestPoint}), is not smooth: {@link CurveNotSmoothException}, saying where.
 *
 * <p><b>Points.</b> The curve's points at the boundary points of a discretisation (up to
 * {@link #MAX_POINTS}: twice {@link scatter.physics.exact.system.BoundarySolver#MAX_POINTS}, for the error estimate of the largest
 * solution, which checks it against the system on twice its points) are the expressions' own values
 * (x(t_j), y(t_j)), not the interpolant's; derivatives and points elsewhere come from the series.
 *
 * <p><b>Orientation.</b> The signed area, pi sum_m m |c_m|^2 for z = x + i y = sum_m c_m e^{ims}, is
 * positive for an anticlockwise curve; a clockwise one is reversed (t -&gt; 1 - t), so that
 * nu = (z2', -z1')/|z'| is the outward normal (Colton &amp; Kress, Inverse Acoustic and Electromagnetic
 * Scattering Theory, 3rd ed. 2013, section 3.5).
 *
 * <p>Immutable and thread-safe.
 */
public final class SmoothCurve {
    /** First number of samples. */
    public static final int MIN_SAMPLES = 64;
    /**
     * Most samples, 2^20: a curve whose spectrum has not decayed to rounding by mode 2^18 has a
     * corner or a kink (or detail a thousand times finer than the largest discretisation can
     * carry). Sampling that far costs about a second of expression evaluations.
     */
    public static final int MAX_SAMPLES = 1 << 20;
    /** The top half of a smooth curve's spectrum is below this fraction of its largest coefficient. */
    public static final double SPECTRUM_DECAY = 1e-15;
    /** Below this ratio of slowest to fastest |z'| the parametrisation stands still: not smooth. */
    public static final double MIN_SPEED_RATIO = 1e-6;
    /** Fewest points at which the bounding box, the perimeter and the speed range are measured. */
    private static final int FINE_POINTS = 4096;
    /** Points per period of the curve's highest mode at which it is checked not to cross itself. */
    static final int CROSSING_POINTS_PER_PERIOD = 32;
    /**
     * Coefficients below this fraction of the largest do not enter the series at arbitrary s: they
     * are the rounding noise of the samples (about 5e-17 for the default curve).
     */
    private static final double NEGLIGIBLE = 1e-16;

    /**
     * Most boundary points of a solution, 8192 ({@link scatter.physics.exact.system.BoundarySolver#MAX_POINTS}, which is this
     * value; kept here, with the curve, so that the curve need not know the solver).
     */
    public static final int MAX_SOLUTION_POINTS = 8192;
    /**
     * Most points of a discretisation: the largest solution's {@link scatter.physics.exact.system.BoundarySolver#MAX_POINTS} and,
     * for its error estimate, twice as many.
     */
    public static final int MAX_POINTS = 2 * MAX_SOLUTION_POINTS;

    /** The curve's points at s_j = 2 pi j / P, P = max(M, MAX_POINTS), from the expressions. */
    private final double[] pointX;
    private final double[] pointY;
    private final int samples;
    private final int bandwidth;
    private final double[][] coefficients;
    private final TrigSeries series;
    private final boolean reversed;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;
    private final double perimeter;
    private final double maxSpeed;

    private SmoothCurve(double[] sampleX, double[] sampleY, double[] pointX, double[] pointY, boolean reversed) {
        this.pointX = pointX;
        this.pointY = pointY;
        this.reversed = reversed;
        int m = sampleX.length;
        samples = m;
        coefficients = Fourier.coefficients(sampleX, sampleY);
        series = new TrigSeries(coefficients, TrigSeries.bandwidthAbove(coefficients, NEGLIGIBLE));
        bandwidth = TrigSeries.bandwidthAbove(coefficients, SPECTRUM_DECAY);

        int fine = Math.max(FINE_POINTS, 2 * m);
        double[][] z = Fourier.values(coefficients, 0, fine);
        double[][] dz = Fourier.values(coefficients, 1, fine);
        double lowX = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        double length = 0;
        double fastest = 0;
        double[] speed = new double[fine];
        for (int j = 0; j < fine; j++) {
            lowX = Math.min(lowX, z[0][j]);
            highX = Math.max(highX, z[0][j]);
            lowY = Math.min(lowY, z[1][j]);
            highY = Math.max(highY, z[1][j]);
            speed[j] = Math.hypot(dz[0][j], dz[1][j]);
            length += speed[j];
            fastest = Math.max(fastest, speed[j]);
        }
        double[] slowest = SlowestPoint.of(series, speed);
        if (!(slowest[1] > MIN_SPEED_RATIO * fastest)) {
            throw standstill(slowest[0], m, slowest[1] / fastest, 2 * Math.PI / fine);
        }
        minX = lowX;
        maxX = highX;
        minY = lowY;
        maxY = highY;
        perimeter = length * 2 * Math.PI / fine;
        maxSpeed = fastest;
    }

    /**
     * Samples x(t), y(t) (t in [0, 1), period 1) until the interpolant is the curve, and orients the
     * curve anticlockwise.
     *
     * @throws CurveNotSmoothException if it is not resolved within {@link #MAX_SAMPLES} samples or
     *     stands still somewhere
     */
    public static SmoothCurve of(DoubleUnaryOperator x, DoubleUnaryOperator y) {
        double[][] z = new CurveSampler(x, y).resolve();
        double[] sx = z[0];
        double[] sy = z[1];
        int m = sx.length;
        // the points of every discretisation: t = j/P, of which the samples are every (P/M)-th
        int p = Math.max(m, MAX_POINTS);
        double[] px = new double[p];
        double[] py = new double[p];
        int stride = p / m;
        for (int j = 0; j < p; j++) {
            if (j % stride == 0) {
                px[j] = sx[j / stride];
                py[j] = sy[j / stride];
            } else {
                px[j] = x.applyAsDouble((double) j / p);
                py[j] = y.applyAsDouble((double) j / p);
            }
        }
        if (signedArea(Fourier.coefficients(sx, sy)) >= 0) {
            return new SmoothCurve(sx, sy, px, py, false);
        }
        return new SmoothCurve(reverse(sx), reverse(sy), reverse(px), reverse(py), true);
    }

    /** t -&gt; 1 - t: sample j becomes sample (M - j) mod M. */
    private static double[] reverse(double[] v) {
        int m = v.length;
        double[] r = new double[m];
        for (int j = 0; j < m; j++) {
            r[j] = v[(m - j) % m];
        }
        return r;
    }

    /** The standstill at s: a cusp, a corner or a stopping parametrisation, from the curve a step each side. */
    private CurveNotSmoothException standstill(double s, int m, double speedRatio, double step) {
        double[] before = new double[4];
        double[] after = new double[4];
        series.difference(s, -step, before);
        series.difference(s, step, after);
        CurveNotSmoothException.Kind kind = Irregularity.kind(-before[0], -before[1], after[0], after[1]);
        return new CurveNotSmoothException(kind, userT(s), m, tailRatio(coefficients), speedRatio);
    }

    /** The expressions' t of the curve's s (which runs backwards if the curve was reversed), in [0, 1). */
    private double userT(double s) {
        double t = s / (2 * Math.PI);
        t = reversed ? -t : t;
        return t - Math.floor(t);
    }

    /** Largest |c_m| over |m| &gt; M/4, relative to the largest |c_m|. */
    static double tailRatio(double[][] c) {
        int m = c[0].length;
        double largest = 0;
        double tail = 0;
        for (int k = 0; k < m; k++) {
            double a = Math.hypot(c[0][k], c[1][k]);
            largest = Math.max(largest, a);
            if (4 * Math.abs(Fourier.frequency(k, m)) > m) {
                tail = Math.max(tail, a);
            }
        }
        return tail / largest;
    }

    /** (1/2) closed integral of (x dy - y dx) = pi sum_m m |c_m|^2. */
    private static double signedArea(double[][] c) {
        int m = c[0].length;
        double sum = 0;
        for (int k = 0; k < m; k++) {
            int f = Fourier.frequency(k, m);
            if (2 * f != m) {   // the Nyquist halves at +M/2 and -M/2 cancel
                sum += f * (c[0][k] * c[0][k] + c[1][k] * c[1][k]);
            }
        }
        return Math.PI * sum;
    }

    /** Number of samples M taken of x(t), y(t). */
    public int samples() {
        return samples;
    }

    /** True if the expressions ran clockwise and the curve was reversed. */
    public boolean reversed() {
        return reversed;
    }

    /**
     * The curve's highest Fourier mode B: the largest |m| whose |c_m| is above
     * {@link #SPECTRUM_DECAY} of the largest coefficient (those below are what the sampling counts as
     * resolved; the series keeps them down to the rounding noise). Its finest detail has period
     * 2 pi / B in s.
     */
    public int bandwidth() {
        return bandwidth;
    }

    /** The largest |m| whose |c_m| is above {@code fraction} of the largest coefficient. */
    public int modesAbove(double fraction) {
        return TrigSeries.bandwidthAbove(coefficients, fraction);
    }

    /**
     * The curve's points (x(t_j), y(t_j)) from the expressions at s_j = 2 pi j / count, j = 0..count-1
     * (oriented anticlockwise), as {x, y}.
     *
     * @param count a power of two, at most max(samples(), {@link #MAX_POINTS})
     */
    public double[][] points(int count) {
        int p = pointX.length;
        if (count < 1 || Integer.bitCount(count) != 1 || count > p) {
            throw new IllegalArgumentException("points of the curve: " + count + " of " + p);
        }
        int stride = p / count;
        double[][] z = new double[2][count];
        for (int j = 0; j < count; j++) {
            z[0][j] = pointX[j * stride];
            z[1][j] = pointY[j * stride];
        }
        return z;
    }

    /**
     * Checks that the curve does not cross or touch itself, on a polygon of the series at
     * {@link #CROSSING_POINTS_PER_PERIOD} points per period of its highest mode (at least 4096), so
     * that loops as small as its finest detail are seen.
     *
     * @throws ContourException ({@link ContourException.Reason#SELF_INTERSECTION}) as the contour's
     *     own check words it, with t of the expressions
     */
    public void requireSimple() {
        int count = FINE_POINTS;
        while (count < CROSSING_POINTS_PER_PERIOD * (long) bandwidth()) {
            count *= 2;
        }
        double[][] z = Fourier.values(coefficients, 0, count);
        // in the expressions' own order, so that the message's t are theirs; closed by the first point
        double[] x = new double[count + 1];
        double[] y = new double[count + 1];
        for (int j = 0; j <= count; j++) {
            int k = reversed ? (count - j) % count : j % count;
            x[j] = z[0][k];
            y[j] = z[1][k];
        }
        Contour.simpleClosed(x, y);
    }

    /** The Fourier coefficients of z = x + i y in FFT order ({@link Fourier}). */
    public double[][] coefficients() {
        return coefficients;
    }

    /** z as a series for evaluation at arbitrary s. */
    public TrigSeries series() {
        return series;
    }

    public double minX() {
        return minX;
    }

    public double maxX() {
        return maxX;
    }

    public double minY() {
        return minY;
    }

    public double maxY() {
        return maxY;
    }

    /** max(width, height) of the curve: the scale of geometric tolerances. */
    public double size() {
        return Math.max(maxX - minX, maxY - minY);
    }

    /** Radius of the circle about the bounding box's centre that holds the curve. */
    public double radius() {
        return 0.5 * Math.hypot(maxX - minX, maxY - minY);
    }

    /** Length of the curve. */
    public double perimeter() {
        return perimeter;
    }

    /** Largest |z'(s)|. */
    public double maxSpeed() {
        return maxSpeed;
    }
}
