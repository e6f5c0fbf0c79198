package scatter.physics.exact.curve;

import java.util.function.DoubleUnaryOperator;

/**
 * A curved side between two corners, from the expressions x(t), y(t) on the piece of t between the
 * corners: Z(u) = z(t0 + span u), u in [0, 1], represented by its Chebyshev series in x = 2u - 1
 * (L. N. Trefethen, Approximation Theory and Approximation Practice, SIAM 2013, chapters 3 and 8:
 * geometric convergence for a piece analytic on [t0, t0 + span]), from samples at the N + 1
 * Chebyshev-Lobatto points x_j = cos(pi j/N), N = 16, 32, ... doubling until the top quarter of the
 * coefficients is below {@link #TAIL} of the largest and the series agrees with the expressions to
 * {@link #AGREE} of it at the N points halfway between the samples (x = cos(pi (j + 1/2)/N)), which
 * detail finer than the samples would not. Z_u and Z_uu are the differentiated series (c'_{k-1} =
 * c'_{k+1} + 2k c_k, then c'_0 halved; d/du = 2 d/dx).
 *
 * <p>Offsets from a corner: within {@link #NEAR} of it (in u) the Taylor polynomial about the corner,
 * Z(u) - A = sum_{j=1}^{J} a_j u^j, a_j = 2^j f^(j)(-1)/j! from the differentiated series (J = 8:
 * the first omitted term is below (u/rho)^8 of the first for a piece analytic within rho of the
 * corner), so that a graded point 1e-26 from a corner keeps its offset to about 1e-13; farther, the
 * series' value less the corner's (an offset at least 1e-3 of the side, relative error below 1e-13).
 *
 * <p>Immutable.
 */
final class CurvedSide implements Side {
    /** The top quarter of the coefficients must be below this fraction of the largest. */
    static final double TAIL = 1e-14;
    /** The series must agree with the expressions between the samples to this fraction of the largest coefficient. */
    static final double AGREE = 1e-13;
    /** Most Chebyshev intervals tried. */
    static final int MAX_NODES = 4096;
    /** Below this distance from a corner (in u) the offset is the Taylor polynomial. */
    static final double NEAR = 1e-3;
    /** Terms of the Taylor polynomials. */
    static final int TERMS = 8;
    /** The side stands still where |Z_u| falls below this fraction of its largest. */
    static final double STILL = 1e-6;

    private final double[] cx;
    private final double[] cy;
    private final double[] dx;
    private final double[] dy;
    private final double[] ddx;
    private final double[] ddy;
    private final double ax;
    private final double ay;
    private final double bx;
    private final double by;
    /** Taylor coefficients a_1..a_J about A in u, and b_1..b_J about B in (u - 1). */
    private final double[] startX;
    private final double[] startY;
    private final double[] endX;
    private final double[] endY;
    private final double length;

    private CurvedSide(double[] cx, double[] cy, double ax, double ay, double bx, double by) {
        this.cx = cx;
        this.cy = cy;
        this.ax = ax;
        this.ay = ay;
        this.bx = bx;
        this.by = by;
        dx = derivative(cx);
        dy = derivative(cy);
        ddx = derivative(dx);
        ddy = derivative(dy);
        startX = new double[TERMS + 1];
        startY = new double[TERMS + 1];
        endX = new double[TERMS + 1];
        endY = new double[TERMS + 1];
        double[] fx = cx;
        double[] fy = cy;
        double factor = 1;
        for (int j = 1; j <= TERMS; j++) {
            fx = derivative(fx);
            fy = derivative(fy);
            factor *= 2.0 / j;
            startX[j] = factor * atEnd(fx, -1);
            startY[j] = factor * atEnd(fy, -1);
            endX[j] = factor * atEnd(fx, 1);
            endY[j] = factor * atEnd(fy, 1);
        }
        // the length by Simpson's rule on 2048 intervals of u (|Z_u| is smooth)
        int intervals = 2048;
        double sum = 0;
        double[] t = new double[2];
        for (int l = 0; l <= intervals; l++) {
            double u = (double) l / intervals;
            tangent(u, 1 - u, t);
            double w = l == 0 || l == intervals ? 1 : l % 2 == 1 ? 4 : 2;
            sum += w * Math.hypot(t[0], t[1]);
        }
        length = sum / (3.0 * intervals);
    }

    /**
     * The side of x(t), y(t) from t0 to t0 + span (t taken modulo 1) between the corners A = (ax, ay)
     * and B = (bx, by), the expressions' values there; null if the series does not settle within
     * {@link #MAX_NODES} intervals (the piece is not analytic enough: a corner missed, a kink) or the
     * side stands still somewhere (|Z_u| below {@link #STILL} of its largest).
     */
    static CurvedSide sample(DoubleUnaryOperator x, DoubleUnaryOperator y, double t0, double span, double ax, double ay,
            double bx, double by) {
        for (int n = 16; n <= MAX_NODES; n *= 2) {
            double[] fx = new double[n + 1];
            double[] fy = new double[n + 1];
            for (int j = 0; j <= n; j++) {
                double u = j == 0 ? 1 : j == n ? 0 : 0.5 * (1 + Math.cos(Math.PI * j / n));
                double t = t0 + span * u;
                t -= Math.floor(t);
                fx[j] = x.applyAsDouble(t);
                fy[j] = y.applyAsDouble(t);
            }
            double[] cx = coefficients(fx);
            double[] cy = coefficients(fy);
            double largest = 0;
            double tail = 0;
            for (int k = 0; k <= n; k++) {
                double c = Math.max(Math.abs(cx[k]), Math.abs(cy[k]));
                largest = Math.max(largest, c);
                if (4 * k > 3 * n) {
                    tail = Math.max(tail, c);
                }
            }
            if (!(tail <= TAIL * largest)) {
                continue;
            }
            boolean agrees = true;
            for (int j = 0; j < n && agrees; j++) {
                double xj = Math.cos(Math.PI * (j + 0.5) / n);
                double t = t0 + span * 0.5 * (1 + xj);
                t -= Math.floor(t);
                agrees = Math.abs(clenshaw(cx, xj) - x.applyAsDouble(t)) <= AGREE * largest
                        && Math.abs(clenshaw(cy, xj) - y.applyAsDouble(t)) <= AGREE * largest;
            }
            if (!agrees) {
                continue;
            }
            CurvedSide side = new CurvedSide(cx, cy, ax, ay, bx, by);
            return side.standsStill() ? null : side;
        }
        return null;
    }

    /** True if |Z_u| falls below STILL of its largest at one of 4097 points. */
    private boolean standsStill() {
        double[] t = new double[2];
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (int l = 0; l <= 4096; l++) {
            double u = l / 4096.0;
            tangent(u, 1 - u, t);
            double s = Math.hypot(t[0], t[1]);
            low = Math.min(low, s);
            high = Math.max(high, s);
        }
        return !(low >= STILL * high);
    }

    /** Chebyshev coefficients from values at x_j = cos(pi j/n), j = 0..n (the full c_0 convention). */
    static double[] coefficients(double[] f) {
        int n = f.length - 1;
        double[] cos = new double[2 * n];
        for (int q = 0; q < 2 * n; q++) {
            cos[q] = Math.cos(Math.PI * q / n);
        }
        double[] c = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            double sum = 0.5 * (f[0] + f[n] * (k % 2 == 0 ? 1 : -1));
            for (int j = 1; j < n; j++) {
                sum += f[j] * cos[(int) ((long) j * k % (2 * n))];
            }
            c[k] = sum * 2 / n;
        }
        c[0] *= 0.5;
        c[n] *= 0.5;
        return c;
    }

    /** The coefficients of the derivative in x. */
    static double[] derivative(double[] c) {
        int n = c.length - 1;
        if (n == 0) {
            return new double[] {0};
        }
        double[] d = new double[n + 1];
        for (int k = n; k >= 1; k--) {
            d[k - 1] = (k + 1 <= n ? d[k + 1] : 0) + 2 * k * c[k];
        }
        d[0] *= 0.5;
        double[] out = new double[n];
        System.arraycopy(d, 0, out, 0, n);
        return out;
    }

    /** sum c_k T_k(x) by Clenshaw's recurrence. */
    static double clenshaw(double[] c, double x) {
        double b1 = 0;
        double b2 = 0;
        for (int k = c.length - 1; k >= 1; k--) {
            double b = c[k] + 2 * x * b1 - b2;
            b2 = b1;
            b1 = b;
        }
        return c[0] + x * b1 - b2;
    }

    /** The series at x = -1 or 1 (T_k(+-1) = (+-1)^k). */
    private static double atEnd(double[] c, int end) {
        double sum = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            sum += end > 0 || k % 2 == 0 ? c[k] : -c[k];
        }
        return sum;
    }

    /** The Taylor polynomial sum_{j=1}^{J} a_j h^j. */
    private static double taylor(double[] a, double h) {
        double sum = 0;
        for (int j = TERMS; j >= 1; j--) {
            sum = (sum + a[j]) * h;
        }
        return sum;
    }

    @Override
    public void offset(double u, double complement, boolean fromEnd, double[] out) {
        if (!fromEnd) {
            if (u < NEAR) {
                out[0] = taylor(startX, u);
                out[1] = taylor(startY, u);
            } else {
                out[0] = clenshaw(cx, 2 * u - 1) - ax;
                out[1] = clenshaw(cy, 2 * u - 1) - ay;
            }
        } else if (complement < NEAR) {
            out[0] = taylor(endX, -complement);
            out[1] = taylor(endY, -complement);
        } else {
            out[0] = clenshaw(cx, 1 - 2 * complement) - bx;
            out[1] = clenshaw(cy, 1 - 2 * complement) - by;
        }
    }

    @Override
    public void tangent(double u, double complement, double[] out) {
        double x = u < 0.5 ? 2 * u - 1 : 1 - 2 * complement;
        out[0] = 2 * clenshaw(dx, x);
        out[1] = 2 * clenshaw(dy, x);
    }

    @Override
    public double cross(double u, double complement) {
        double x = u < 0.5 ? 2 * u - 1 : 1 - 2 * complement;
        return 8 * (clenshaw(dx, x) * clenshaw(ddy, x) - clenshaw(dy, x) * clenshaw(ddx, x));
    }

    @Override
    public double length() {
        return length;
    }

    @Override
    public boolean straight() {
        return false;
    }

    @Override
    public Side reversed() {
        double[] rx = cx.clone();
        double[] ry = cy.clone();
        for (int k = 1; k < rx.length; k += 2) {
            rx[k] = -rx[k];
            ry[k] = -ry[k];
        }
        return new CurvedSide(rx, ry, bx, by, ax, ay);
    }
}
