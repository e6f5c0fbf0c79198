package scatter.physics.exact.system;

import scatter.physics.Hankel;

/**
 * The entries of the boundary integral equations between two different boundaries: target point
 * z_i on one, sources z_j on another. The kernels are smooth there (no logarithm, no finite part),
 * so an entry is the full kernel times the quadrature weight w_j, with d = z_i - z_j, r = |d|,
 * n = (z2', -z1') (outward, length |z'|), H = H^(1) (Colton &amp; Kress 2013, section 3.5; the
 * kernels of {@link SoftSystem} and {@link HardSystem} before their splitting):
 * <pre>
 *   soft:  w_j [ L - i eta M ],          L  = (ik/2) (d.n_j) H1(kr)/r,  M = (i/2) H0(kr) |z'_j|;
 *   hard:  w_j [ H/|z'_i| - i eta L' ],  H  = (i/2) { k [k H0 - 2 H1/r] (d.n_i)(d.n_j)/r^2 + k H1/r n_i.n_j },
 *                                        L' = -(ik/2) (d.n_i) H1(kr)/r |z'_j|/|z'_i|.
 * </pre>
 * These are twice the outside values of the other boundary's combined layer u_s (soft) and of its
 * normal derivative at z_i (hard), the same factor 2 as the own boundary's rows carry. The
 * trapezoid rule (w_j = pi/n) is spectrally accurate while z_i is more than a few source spacings
 * from the source boundary; closer, {@link BlockSystem} uses it on a refined boundary.
 *
 * <p>Scratch for one thread: the Bessel functions of a whole row are evaluated in one batch.
 */
final class CrossKernel {
    private final BoundaryCondition condition;
    private final double k;
    private final double eta;
    private double[] invR = new double[0];
    private double[] kr = new double[0];
    private double[] gx = new double[0];
    private double[] gy = new double[0];
    private double[] j0 = new double[0];
    private double[] y0 = new double[0];
    private double[] j1 = new double[0];
    private double[] y1 = new double[0];

    CrossKernel(BoundaryCondition condition, double k, double eta) {
        this.condition = condition;
        this.k = k;
        this.eta = eta;
    }

    /** The target: position, z' there (its normal is (z2', -z1')) and |z'|. */
    record Target(double x, double y, double dx, double dy, double speed) {
    }

    /**
     * Writes the entries of the target against the sources (positions x, y, derivatives dx, dy,
     * speeds |z'|, count of them, each with weight w) at data[offset + 2j] (real) and
     * data[offset + 2j + 1] (imaginary).
     */
    void fill(Target t, double[] x, double[] y, double[] dx, double[] dy, double[] speed, int count, double w,
            double[] data, int offset) {
        ensure(count);
        for (int j = 0; j < count; j++) {
            double ddx = t.x() - x[j];
            double ddy = t.y() - y[j];
            double r = Math.sqrt(ddx * ddx + ddy * ddy);
            gx[j] = ddx;
            gy[j] = ddy;
            invR[j] = 1 / r;
            kr[j] = k * r;
        }
        Hankel.evaluate(kr, count, j0, y0, j1, y1);
        if (condition == BoundaryCondition.SOFT) {
            double halfK = 0.5 * k;
            for (int j = 0; j < count; j++) {
                // L = g (i J1 - Y1), g = (k/2)(d.n_j)/r; M = (|z'_j|/2)(i J0 - Y0)
                double g = halfK * (gx[j] * dy[j] - gy[j] * dx[j]) * invR[j];
                double kRe = -w * g * y1[j];
                double kIm = w * g * j1[j];
                double half = 0.5 * speed[j];
                double sRe = -w * half * y0[j];
                double sIm = w * half * j0[j];
                data[offset + 2 * j] = kRe + eta * sIm;
                data[offset + 2 * j + 1] = kIm - eta * sRe;
            }
        } else {
            double nix = t.dy();
            double niy = -t.dx();
            double invSpeed = 1 / t.speed();
            for (int j = 0; j < count; j++) {
                double ir = invR[j];
                double njx = dy[j];
                double njy = -dx[j];
                double dni = gx[j] * nix + gy[j] * niy;
                double dnj = gx[j] * njx + gy[j] * njy;
                double pp = dni * dnj * ir * ir;
                double nn = nix * njx + niy * njy;
                // H = (i/2)(X + iY), X from J, Y from Y
                double hx = k * ((k * j0[j] - 2 * j1[j] * ir) * pp + j1[j] * ir * nn);
                double hy = k * ((k * y0[j] - 2 * y1[j] * ir) * pp + y1[j] * ir * nn);
                double tRe = w * (-0.5 * hy) * invSpeed;
                double tIm = w * (0.5 * hx) * invSpeed;
                // L' = f (Y1 - i J1), f = (k/2)(d.n_i)/r |z'_j|/|z'_i|
                double f = 0.5 * k * dni * ir * speed[j] * invSpeed;
                double cRe = w * f * y1[j];
                double cIm = -w * f * j1[j];
                data[offset + 2 * j] = tRe + eta * cIm;
                data[offset + 2 * j + 1] = tIm - eta * cRe;
            }
        }
    }

    /**
     * The hard condition's entries against a boundary whose field is SL phi + i eta DL chi (one with
     * corners, {@link CornerSystem}), as two rows: single[2j..] = w_j L' (twice the normal derivative
     * of the single layer at z_i, acting on phi) and dbl[2j..] = w_j H/|z'_i| (of the double layer,
     * acting on chi = S_rho phi), the kernels of the class comment.
     */
    void fillParts(Target t, double[] x, double[] y, double[] dx, double[] dy, double[] speed, int count, double w,
            double[] single, double[] dbl) {
        ensure(count);
        for (int j = 0; j < count; j++) {
            double ddx = t.x() - x[j];
            double ddy = t.y() - y[j];
            double r = Math.sqrt(ddx * ddx + ddy * ddy);
            gx[j] = ddx;
            gy[j] = ddy;
            invR[j] = 1 / r;
            kr[j] = k * r;
        }
        Hankel.evaluate(kr, count, j0, y0, j1, y1);
        double nix = t.dy();
        double niy = -t.dx();
        double invSpeed = 1 / t.speed();
        for (int j = 0; j < count; j++) {
            double ir = invR[j];
            double njx = dy[j];
            double njy = -dx[j];
            double dni = gx[j] * nix + gy[j] * niy;
            double dnj = gx[j] * njx + gy[j] * njy;
            double pp = dni * dnj * ir * ir;
            double nn = nix * njx + niy * njy;
            double hx = k * ((k * j0[j] - 2 * j1[j] * ir) * pp + j1[j] * ir * nn);
            double hy = k * ((k * y0[j] - 2 * y1[j] * ir) * pp + y1[j] * ir * nn);
            dbl[2 * j] = w * (-0.5 * hy) * invSpeed;
            dbl[2 * j + 1] = w * (0.5 * hx) * invSpeed;
            // L' = -(ik/2)(d.n_i) H1/r |z'_j|/|z'_i| = f (Y1 - i J1)
            double f = 0.5 * k * dni * ir * speed[j] * invSpeed;
            single[2 * j] = w * f * y1[j];
            single[2 * j + 1] = -w * f * j1[j];
        }
    }

    private void ensure(int count) {
        if (invR.length < count) {
            invR = new double[count];
            kr = new double[count];
            gx = new double[count];
            gy = new double[count];
            j0 = new double[count];
            y0 = new double[count];
            j1 = new double[count];
            y1 = new double[count];
        }
    }
}
