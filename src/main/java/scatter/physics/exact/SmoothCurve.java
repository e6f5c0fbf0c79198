package scatter.physics.exact;

import java.util.function.DoubleUnaryOperator;

/**
 * The obstacle's boundary as a smooth periodic curve z(s) = (x, y), s = 2 pi t in [0, 2 pi),
 * oriented anticlockwise, known through its Fourier series.
 *
 * <p><b>Sampling.</b> x(t) and y(t) are sampled once, on the calling thread, at M = 2^p equispaced
 * t = j/M, starting from {@link #MIN_SAMPLES} and doubling (the new samples are the odd ones)
 * until the largest coefficient of the top half of the spectrum, |m| &gt; M/4, is below
 * {@link #SPECTRUM_DECAY} of the largest coefficient: then the trigonometric interpolant
 * represents the curve and its derivatives to rounding level. A curve whose spectrum has not
 * decayed by {@link #MAX_SAMPLES} (a corner: coefficients fall only like m^-2), or that stands
 * still somewhere (|z'| below {@link #MIN_SPEED_RATIO} of its largest value, e.g. a cusp), is not
 * smooth: {@link CurveNotSmoothException}.
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
     * Most samples: 8192 Fourier modes, twice what the largest discretisation (4096 points) can
     * resolve, so a curve that needs more is beyond the method anyway.
     */
    public static final int MAX_SAMPLES = 1 << 14;
    /** The top half of a smooth curve's spectrum is below this fraction of its largest coefficient. */
    public static final double SPECTRUM_DECAY = 1e-15;
    /** Below this ratio of slowest to fastest |z'| the parametrisation stands still: not smooth. */
    public static final double MIN_SPEED_RATIO = 1e-6;
    /** Points at which the bounding box, the perimeter and the speed range are measured. */
    private static final int FINE_POINTS = 4096;
    /**
     * Coefficients below this fraction of the largest do not enter the series at arbitrary s: they
     * are the rounding noise of the samples (about 5e-17 for the default curve).
     */
    private static final double NEGLIGIBLE = 1e-16;

    private final double[] sampleX;
    private final double[] sampleY;
    private final double[][] coefficients;
    private final TrigSeries series;
    private final boolean reversed;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;
    private final double perimeter;
    private final double maxSpeed;

    private SmoothCurve(double[] sampleX, double[] sampleY, boolean reversed) {
        this.sampleX = sampleX;
        this.sampleY = sampleY;
        this.reversed = reversed;
        int m = sampleX.length;
        coefficients = Fourier.coefficients(sampleX, sampleY);
        series = new TrigSeries(coefficients, TrigSeries.bandwidthAbove(coefficients, NEGLIGIBLE));

        int fine = Math.max(FINE_POINTS, m);
        double[][] z = Fourier.values(coefficients, 0, fine);
        double[][] dz = Fourier.values(coefficients, 1, fine);
        double lowX = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        double length = 0;
        double fastest = 0;
        double slowest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < fine; j++) {
            lowX = Math.min(lowX, z[0][j]);
            highX = Math.max(highX, z[0][j]);
            lowY = Math.min(lowY, z[1][j]);
            highY = Math.max(highY, z[1][j]);
            double speed = Math.hypot(dz[0][j], dz[1][j]);
            length += speed;
            fastest = Math.max(fastest, speed);
            slowest = Math.min(slowest, speed);
        }
        if (!(slowest > MIN_SPEED_RATIO * fastest)) {
            throw new CurveNotSmoothException(m, tailRatio(coefficients), slowest / fastest);
        }
        minX = lowX;
        maxX = highX;
        minY = lowY;
        maxY = highY;
        perimeter = length * 2 * Math.PI / fine;
        maxSpeed = fastest;
    }

    /**
     * Samples x(t), y(t) (t in [0, 1), period 1) until their spectrum has decayed, and orients the
     * curve anticlockwise.
     *
     * @throws CurveNotSmoothException if the spectrum does not decay within {@link #MAX_SAMPLES}
     *     samples or the curve stands still somewhere
     */
    public static SmoothCurve of(DoubleUnaryOperator x, DoubleUnaryOperator y) {
        int m = MIN_SAMPLES;
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int j = 0; j < m; j++) {
            sx[j] = x.applyAsDouble((double) j / m);
            sy[j] = y.applyAsDouble((double) j / m);
        }
        while (true) {
            double tail = tailRatio(Fourier.coefficients(sx, sy));
            if (tail < SPECTRUM_DECAY) {
                break;
            }
            if (m >= MAX_SAMPLES) {
                throw new CurveNotSmoothException(m, tail, Double.NaN);
            }
            // t = j/(2m) is exact in binary, so the even samples are the ones already taken
            double[] nx = new double[2 * m];
            double[] ny = new double[2 * m];
            for (int j = 0; j < m; j++) {
                nx[2 * j] = sx[j];
                ny[2 * j] = sy[j];
                double t = (2.0 * j + 1) / (2 * m);
                nx[2 * j + 1] = x.applyAsDouble(t);
                ny[2 * j + 1] = y.applyAsDouble(t);
            }
            sx = nx;
            sy = ny;
            m *= 2;
        }
        if (signedArea(Fourier.coefficients(sx, sy)) >= 0) {
            return new SmoothCurve(sx, sy, false);
        }
        // t -> 1 - t: sample j becomes sample (M - j) mod M
        double[] rx = new double[m];
        double[] ry = new double[m];
        for (int j = 0; j < m; j++) {
            rx[j] = sx[(m - j) % m];
            ry[j] = sy[(m - j) % m];
        }
        return new SmoothCurve(rx, ry, true);
    }

    /** Largest |c_m| over |m| &gt; M/4, relative to the largest |c_m|. */
    private static double tailRatio(double[][] c) {
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
        return sampleX.length;
    }

    /** True if the expressions ran clockwise and the curve was reversed. */
    public boolean reversed() {
        return reversed;
    }

    /** x of sample j (oriented anticlockwise), at s = 2 pi j / M. */
    double sampleX(int j) {
        return sampleX[j];
    }

    double sampleY(int j) {
        return sampleY[j];
    }

    /** The Fourier coefficients of z = x + i y in FFT order ({@link Fourier}). */
    double[][] coefficients() {
        return coefficients;
    }

    /** z as a series for evaluation at arbitrary s. */
    TrigSeries series() {
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
