package scatter.physics.exact.curve;

/**
 * The curve at the 2n points s_j = pi j / n of a Nyström discretisation: positions, the first three
 * derivatives d/ds, speeds |z'|, and, for points close along the curve, the differences
 * z(s_j + q pi/n) - z(s_j) formed from the Fourier series.
 *
 * <p>Positions are the expressions' own values (x(t_j), y(t_j)), t_j = j/(2n) (or 1 - j/(2n) for a
 * reversed curve); derivatives are spectral, from the curve's resolved Fourier series. The near
 * differences matter for the hypersingular kernel: its entries near the diagonal are O(n^2) terms whose difference is
 * O(1), so a relative error e in |z_i - z_j| costs e n^2 there. Subtracting two nearby positions
 * gives e ~ rounding / (q pi/n); the series gives e ~ rounding (Kress 1995).
 *
 * <p>Immutable.
 */
public final class BoundaryPoints {
    /** Neighbours on each side whose difference comes from the series (error ~ n^2 rounding / q^3 beyond). */
    static final int NEAR = 16;

    public final int n;
    public final int count;
    public final double[] x;
    public final double[] y;
    public final double[] dx;
    public final double[] dy;
    public final double[] ddx;
    public final double[] ddy;
    public final double[] dddx;
    public final double[] dddy;
    /** |z'(s_j)|. */
    public final double[] speed;
    /** Number of neighbours q = 1..near with series differences. */
    public final int near;
    /** Re and Im of z(s_{j+q}) - z(s_j) at [q - 1][j], indices mod 2n. */
    public final double[][] nearX;
    public final double[][] nearY;

    private BoundaryPoints(SmoothCurve curve, int n) {
        this.n = n;
        this.count = 2 * n;
        double[][] c = curve.coefficients();
        double[][] z = curve.points(count);
        x = z[0];
        y = z[1];
        double[][] d1 = Fourier.values(c, 1, count);
        double[][] d2 = Fourier.values(c, 2, count);
        double[][] d3 = Fourier.values(c, 3, count);
        dx = d1[0];
        dy = d1[1];
        ddx = d2[0];
        ddy = d2[1];
        dddx = d3[0];
        dddy = d3[1];
        speed = new double[count];
        for (int j = 0; j < count; j++) {
            speed[j] = Math.hypot(dx[j], dy[j]);
        }
        near = Math.min(NEAR, n);
        nearX = new double[near][];
        nearY = new double[near][];
        for (int q = 1; q <= near; q++) {
            double[][] d = Fourier.differences(c, count, q * Math.PI / n);
            nearX[q - 1] = d[0];
            nearY[q - 1] = d[1];
        }
    }

    /** The curve at 2n points; n a power of two. */
    public static BoundaryPoints of(SmoothCurve curve, int n) {
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("n must be a power of two, at least 2: " + n);
        }
        return new BoundaryPoints(curve, n);
    }

    /** The parameter step pi/n. */
    double step() {
        return Math.PI / n;
    }
}
