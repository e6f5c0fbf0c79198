package scatter.physics;

import java.util.Locale;

/**
 * The field of a line source at x0 = (x0, y0), the free-space Green's function of the Helmholtz
 * equation with the time factor e^{-i omega t}:
 * <pre>
 *   u_inc(x) = (i/4) H0(k R),   R = |x - x0|,
 *   grad u_inc(x) = -(i k/4) H1(k R) (x - x0)/R           (H0' = -H1, DLMF 10.6.2),
 *   u_inc ~ f_inc(theta) e^{ikr}/sqrt(r),  f_inc(theta) = (i/4) sqrt(2/(pi k)) e^{-i pi/4} e^{-ik xhat.x0}
 * </pre>
 * (H0(kr) ~ sqrt(2/(pi k r)) e^{i(kr - pi/4)}, DLMF 10.17.5, with |x - x0| ~ r - xhat.x0). The
 * source radiates int |f_inc|^2 d theta = 1/(4k) in all: the unit the scattered power of a line
 * source is measured in.
 *
 * <p><b>At the source</b> H0 is infinite (logarithmically: its mean over any disc about the source is
 * finite). A point closer to the source than {@link #AT_SOURCE} times the radius given to
 * {@link #meanOverDisc} is taken to be at it, and is given that mean instead of a value that
 * rounding decides; see {@link FieldKernel}. {@link #value} itself returns NaN there.
 */
public final class LineSource implements Incident {
    /** Points closer to the source than this times the disc's radius are at it ({@link #isAt}). */
    public static final double AT_SOURCE = 1e-9;

    private final double wavelength;
    private final double k;
    private final double x0;
    private final double y0;

    /**
     * @param wavelength lambda, positive and finite
     * @param x0 the source's x, finite
     * @param y0 the source's y, finite
     */
    public LineSource(double wavelength, double x0, double y0) {
        if (!(wavelength > 0) || !Double.isFinite(wavelength)) {
            throw new IllegalArgumentException("wavelength must be positive and finite: " + wavelength);
        }
        if (!Double.isFinite(x0) || !Double.isFinite(y0)) {
            throw new IllegalArgumentException("the source's position must be finite: " + x0 + ", " + y0);
        }
        this.wavelength = wavelength;
        this.k = 2 * Math.PI / wavelength;
        this.x0 = x0;
        this.y0 = y0;
    }

    @Override
    public double wavelength() {
        return wavelength;
    }

    @Override
    public double k() {
        return k;
    }

    /** The source's x. */
    public double x() {
        return x0;
    }

    /** The source's y. */
    public double y() {
        return y0;
    }

    /** u_inc = (i/4) H0(kR) = -Y0(kR)/4 + i J0(kR)/4; NaN at the source itself. */
    @Override
    public void value(double x, double y, double[] out) {
        double r = Math.hypot(x - x0, y - y0);
        if (!(r > 0)) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
            return;
        }
        double[] h = Hankel.h01(k * r);
        out[0] = -0.25 * h[1];
        out[1] = 0.25 * h[0];
    }

    /** u_inc and grad u_inc . v = -(ik/4) H1(kR) (x - x0).v / R; NaN at the source itself. */
    @Override
    public void valueAndDerivative(double x, double y, double vx, double vy, double[] out) {
        double dx = x - x0;
        double dy = y - y0;
        double r = Math.hypot(dx, dy);
        if (!(r > 0)) {
            java.util.Arrays.fill(out, 0, 4, Double.NaN);
            return;
        }
        double[] h = Hankel.h01(k * r);
        out[0] = -0.25 * h[1];
        out[1] = 0.25 * h[0];
        // -(ik/4) (J1 + i Y1) g = (k/4) g (Y1 - i J1), g = (x - x0).v / R
        double g = 0.25 * k * (dx * vx + dy * vy) / r;
        out[2] = g * h[3];
        out[3] = -g * h[2];
    }

    @Override
    public boolean farField(double theta, double[] out) {
        // (i/4) e^{-i pi/4} = (1/4) e^{i pi/4}; times sqrt(2/(pi k)) e^{-ik xhat.x0}
        double scale = 0.25 * Math.sqrt(2 / (Math.PI * k));
        double phase = Math.PI / 4 - k * (Math.cos(theta) * x0 + Math.sin(theta) * y0);
        out[0] = scale * Math.cos(phase);
        out[1] = scale * Math.sin(phase);
        return true;
    }

    /** Whether (x, y) is within {@link #AT_SOURCE} times {@code radius} of the source. */
    public boolean isAt(double x, double y, double radius) {
        return Math.hypot(x - x0, y - y0) < AT_SOURCE * radius;
    }

    /**
     * The mean of u_inc over the disc of radius rho about the source, finite although u_inc is not
     * at its centre: with int_0^X x H0(x) dx = X H1(X) + 2i/pi (DLMF 10.22.1 and the limit
     * x H1(x) -&gt; -2i/pi, DLMF 10.7.7),
     * <pre>  mean = (i/4) (2/X^2) (X H1(X) + 2i/pi),   X = k rho. </pre>
     * Into out[0] + i out[1].
     */
    public void meanOverDisc(double rho, double[] out) {
        double x = k * rho;
        double[] h = Hankel.h01(x);
        double scale = 1 / (2 * x * x);
        out[1] = x * h[2] * scale;              // Re(X H1 + 2i/pi) / (2 X^2)
        if (x >= SERIES_BELOW) {
            out[0] = -(x * h[3] + 2 / Math.PI) * scale;
            return;
        }
        // X Y1(X) + 2/pi cancels for small X: from DLMF 10.8.1,
        // -(X Y1 + 2/pi)/(2 X^2) = -ln(X/2) J1(X)/(pi X) + (1/(4 pi)) sum_j (psi(j+1) + psi(j+2)) (-X^2/4)^j / (j! (j+1)!)
        double q = -0.25 * x * x;
        double psi1 = -EULER;                   // psi(1)
        double term = 1;                        // (-X^2/4)^j / (j! (j+1)!)
        double sum = 0;
        for (int j = 0; j < 12; j++) {
            double psi2 = psi1 + 1.0 / (j + 1); // psi(j + 2)
            sum += (psi1 + psi2) * term;
            psi1 = psi2;
            term *= q / ((j + 1) * (j + 2));
        }
        out[0] = -Math.log(0.5 * x) * h[2] / (Math.PI * x) + sum / (4 * Math.PI);
    }

    /** Below this k rho the disc's mean takes the series: the closed form loses digits to cancellation. */
    private static final double SERIES_BELOW = 0.5;
    /** Euler's constant. */
    private static final double EULER = 0.5772156649015329;

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "a line source at (%s, %s)", number(x0), number(y0));
    }

    /** As the user would type it: 0.1 as "0.1", 2 as "2". */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
