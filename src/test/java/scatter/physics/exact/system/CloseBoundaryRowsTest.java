package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scatter.physics.Hankel;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * The rows of one boundary against another close to it ({@link BlockSystem}: the kernel on the
 * refined boundary times the interpolated density), checked against Green's representation
 * theorem (Colton &amp; Kress 2013, theorem 2.5): u = Phi(., x0) with x0 inside boundary l radiates
 * outside it, so at every x outside
 * <pre>
 *   u(x)       = int_l [ u dPhi(x,y)/dnu(y) - du/dnu Phi(x,y) ] ds(y),
 *   du/dnu(x)  = int_l [ u d2Phi(x,y)/dnu(x)dnu(y) - du/dnu dPhi(x,y)/dnu(x) ] ds(y)
 * </pre>
 * The blocks are affine in the coupling: A(eta) = A_1 - i eta A_2 with A_1 = 2 D (soft; 2 d/dnu(x)
 * D, the hypersingular-like 1/r^2 kernel, hard) and A_2 = 2 S (soft; 2 d/dnu(x) S, hard), so
 * (A_1 u - A_2 du/dnu)/2 must give u(x) or du/dnu(x) at the targets: the points of an ellipse
 * whose nearest point is 0.005 from a circle of radius 0.5 (the gap of 1 % of its radius), both
 * boundary conditions. The plain trapezoid rule on the same points is also measured, to show the
 * rows need the refinement.
 */
class CloseBoundaryRowsTest {
    private static final PlaneWave WAVE = new PlaneWave(0.5, 0);
    /** The source inside the circle. */
    private static final double X0 = 1.25;
    private static final double Y0 = 0.1;

    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void closeRowsKeepGreensRepresentation(BoundaryCondition bc) {
        // ellipse of half-axes 1 and 0.6 about the origin, its rightmost point (1, 0); circle of radius 0.5 at (1.505, 0)
        SmoothCurve ellipse = SmoothCurve.of(t -> Math.cos(2 * Math.PI * t), t -> 0.6 * Math.sin(2 * Math.PI * t));
        SmoothCurve circle = SmoothCurve.of(t -> 1.505 + 0.5 * Math.cos(2 * Math.PI * t), t -> 0.5 * Math.sin(2 * Math.PI * t));
        List<SmoothCurve> curves = List.of(ellipse, circle);
        int[] n = {128, 64};
        double eta = 3.0;
        BlockSystem withEta = new BlockSystem(curves, n, WAVE, bc, eta);
        BlockSystem without = new BlockSystem(curves, n, WAVE, bc, 0);
        assertTrue(withEta.closeRows() > 0, "some rows are close");
        BoundaryPoints target = withEta.points.get(0);
        BoundaryPoints source = withEta.points.get(1);
        double k = WAVE.k();
        // u and du/dnu on the circle's points
        int count = source.count;
        double[] uRe = new double[count];
        double[] uIm = new double[count];
        double[] dRe = new double[count];
        double[] dIm = new double[count];
        double[] value = new double[4];
        for (int j = 0; j < count; j++) {
            phi(k, source.x[j], source.y[j], source.dy[j] / source.speed[j], -source.dx[j] / source.speed[j], value);
            uRe[j] = value[0];
            uIm[j] = value[1];
            dRe[j] = value[2];
            dIm[j] = value[3];
        }
        BlockSystem.Scratch a = withEta.new Scratch();
        BlockSystem.Scratch b = without.new Scratch();
        double[] rowEta = new double[2 * withEta.total];
        double[] row0 = new double[2 * without.total];
        CrossKernel plain = new CrossKernel(bc, k, 0);
        CrossKernel plainEta = new CrossKernel(bc, k, eta);
        double[] plain0 = new double[2 * count];
        double[] plainRow = new double[2 * count];
        double worst = 0;
        double worstPlain = 0;
        double scale = 0;
        double nearest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < target.count; i++) {
            double x = target.x[i];
            double y = target.y[i];
            double nx = target.dy[i] / target.speed[i];
            double ny = -target.dx[i] / target.speed[i];
            phi(k, x, y, nx, ny, value);
            double exactRe = bc == BoundaryCondition.SOFT ? value[0] : value[2];
            double exactIm = bc == BoundaryCondition.SOFT ? value[1] : value[3];
            scale = Math.max(scale, Math.hypot(exactRe, exactIm));
            nearest = Math.min(nearest, Math.hypot(x - 1.505, y) - 0.5);
            withEta.writeRow(i, a, rowEta, 0);
            without.writeRow(i, b, row0, 0);
            int at = 2 * withEta.offset[1];
            double[] refined = represent(row0, rowEta, at, eta, uRe, uIm, dRe, dIm);
            worst = Math.max(worst, Math.hypot(refined[0] - exactRe, refined[1] - exactIm));
            CrossKernel.Target t = new CrossKernel.Target(x, y, target.dx[i], target.dy[i], target.speed[i]);
            plain.fill(t, source.x, source.y, source.dx, source.dy, source.speed, count, Math.PI / source.n, plain0, 0);
            plainEta.fill(t, source.x, source.y, source.dx, source.dy, source.speed, count, Math.PI / source.n, plainRow, 0);
            double[] trapezoid = represent(plain0, plainRow, 0, eta, uRe, uIm, dRe, dIm);
            worstPlain = Math.max(worstPlain, Math.hypot(trapezoid[0] - exactRe, trapezoid[1] - exactIm));
        }
        System.out.printf(Locale.ROOT, "close rows %s: %d rows, nearest target %.4f, refined error %.1e, plain trapezoid"
                + " %.1e (of max %.3g)%n", bc.label(), withEta.closeRows(), nearest, worst / scale, worstPlain / scale, scale);
        assertTrue(worst / scale < 1e-12, "refined rows: " + worst / scale);
        assertTrue(worstPlain / scale > 1e-4, "the plain rule is not accurate there: " + worstPlain / scale);
    }

    /**
     * (A_1 u - A_2 v)/2 over the source block at {@code at}: A_1 = A(0), A_2 = (A(eta) - A(0))/(-i eta);
     * A_2 v = i (A(eta) - A(0)) v / eta.
     */
    private static double[] represent(double[] row0, double[] rowEta, int at, double eta, double[] uRe, double[] uIm,
            double[] vRe, double[] vIm) {
        double re = 0;
        double im = 0;
        for (int j = 0; j < uRe.length; j++) {
            double a1r = row0[at + 2 * j];
            double a1i = row0[at + 2 * j + 1];
            // A_2 = i (A(eta) - A(0)) / eta
            double dr = (rowEta[at + 2 * j] - a1r) / eta;
            double di = (rowEta[at + 2 * j + 1] - a1i) / eta;
            double a2r = -di;
            double a2i = dr;
            re += a1r * uRe[j] - a1i * uIm[j] - (a2r * vRe[j] - a2i * vIm[j]);
            im += a1r * uIm[j] + a1i * uRe[j] - (a2r * vIm[j] + a2i * vRe[j]);
        }
        return new double[] {0.5 * re, 0.5 * im};
    }

    /**
     * Phi(x, x0) = (i/4) H0(k r) and its derivative along the unit vector nu at x,
     * -(ik/4) H1(k r) (x - x0).nu / r, into out[0..3].
     */
    private static void phi(double k, double x, double y, double nx, double ny, double[] out) {
        double dx = x - X0;
        double dy = y - Y0;
        double r = Math.hypot(dx, dy);
        double[] j0 = new double[1];
        double[] y0 = new double[1];
        double[] j1 = new double[1];
        double[] y1 = new double[1];
        Hankel.evaluate(new double[] {k * r}, 1, j0, y0, j1, y1);
        // (i/4)(J0 + i Y0)
        out[0] = -0.25 * y0[0];
        out[1] = 0.25 * j0[0];
        // -(ik/4)(J1 + i Y1) c, c = (x - x0).nu / r
        double c = (dx * nx + dy * ny) / r;
        out[2] = 0.25 * k * y1[0] * c;
        out[3] = -0.25 * k * j1[0] * c;
    }
}
