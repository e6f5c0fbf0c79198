package scatter.physics.fmm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scatter.physics.Hankel;

/**
 * Each translation operator against the exact field it expands: the field H0(k|p - y|) of a unit
 * source at y, from its multipole about the source box's centre, translated (M2M to the parent,
 * M2L to a box of the interaction list, L2L to a child of that box) and evaluated at targets p at
 * the worst places (corners of the boxes), must agree with H0 computed directly ({@link Hankel})
 * to the tolerance the orders were chosen for. Boxes from far below the wavelength (scaled
 * expansions) to far above it (translations in Fourier form).
 */
class TranslationTest {
    /** A box: centre, side, order and scale. */
    record Box(double x, double y, double side, int p, double s) {
    }

    private static Box box(double x, double y, double side, double k, double tol) {
        double a = side / Math.sqrt(2);
        return new Box(x, y, side, ExpansionOrder.of(k, a, 2 * side, tol), Math.min(1, k * a));
    }

    /** The scaled multipole of a unit source at (sx, sy) about the box's centre: g_m / s^|m|. */
    private static double[][] multipole(Box b, double k, double sx, double sy) {
        double rx = sx - b.x();
        double ry = sy - b.y();
        double[] f = new double[b.p() + 1];
        CylinderFunctions.besselJ(k * Math.hypot(rx, ry), b.s(), b.p(), f);
        double theta = Math.atan2(ry, rx);
        double[][] m = new double[2][2 * b.p() + 1];
        for (int n = -b.p(); n <= b.p(); n++) {
            double sign = n < 0 && (-n & 1) == 1 ? -1 : 1;
            m[0][n + b.p()] = sign * f[Math.abs(n)] * Math.cos(n * theta);
            m[1][n + b.p()] = -sign * f[Math.abs(n)] * Math.sin(n * theta);
        }
        return m;
    }

    /** sum_m M_m Phi_m(p - c), from the scaled coefficients. */
    private static double[] evaluateMultipole(Box b, double[][] m, double k, double px, double py) {
        double rx = px - b.x();
        double ry = py - b.y();
        double[] re = new double[b.p() + 1];
        double[] im = new double[b.p() + 1];
        CylinderFunctions.hankel(k * Math.hypot(rx, ry), b.s(), b.p(), re, im);
        return sum(b.p(), m, re, im, Math.atan2(ry, rx));
    }

    /** sum_n L_n Psi_n(p - c), from the scaled coefficients. */
    private static double[] evaluateLocal(Box b, double[][] l, double k, double px, double py) {
        double rx = px - b.x();
        double ry = py - b.y();
        double[] f = new double[b.p() + 1];
        CylinderFunctions.besselJ(k * Math.hypot(rx, ry), b.s(), b.p(), f);
        return sum(b.p(), l, f, new double[b.p() + 1], Math.atan2(ry, rx));
    }

    private static double[] sum(int p, double[][] c, double[] re, double[] im, double angle) {
        double vRe = 0;
        double vIm = 0;
        for (int n = -p; n <= p; n++) {
            int a = Math.abs(n);
            double sign = n < 0 && (a & 1) == 1 ? -1 : 1;
            double bRe = sign * (re[a] * Math.cos(n * angle) - im[a] * Math.sin(n * angle));
            double bIm = sign * (re[a] * Math.sin(n * angle) + im[a] * Math.cos(n * angle));
            vRe += c[0][n + p] * bRe - c[1][n + p] * bIm;
            vIm += c[0][n + p] * bIm + c[1][n + p] * bRe;
        }
        return new double[] {vRe, vIm};
    }

    private static double[] exact(double k, double sx, double sy, double px, double py) {
        double[] h = Hankel.h01(k * Math.hypot(px - sx, py - sy));
        return new double[] {h[0], h[1]};
    }

    private static double[][] translate(Translation.Kind kind, double k, Box from, Box to, double[][] in,
            boolean fourier) {
        Radix2Fft fft = fourier ? new Radix2Fft(Integer.highestOneBit(2 * from.p() + 2 * to.p() + 1) * 2) : null;
        Translation t = Translation.of(kind, k, to.x() - from.x(), to.y() - from.y(), from.p(), from.s(), to.p(),
                to.s(), fft);
        double[][] out = new double[2][2 * to.p() + 1];
        t.apply(in[0], in[1], out[0], out[1]);
        return out;
    }

    /**
     * @param side the child source box's side D; the parent is 2D, the interaction box (of the
     *     parent's level) is the nearest there is, 2 boxes across, its child half its size
     */
    @ParameterizedTest
    @CsvSource({
        "0.0001, 1e-6", "0.0001, 1e-9", "0.0001, 1e-12",
        "0.3, 1e-6", "0.3, 1e-9", "0.3, 1e-12",
        "6, 1e-9", "6, 1e-12",
        "120, 1e-6", "120, 1e-12",
    })
    void everyOperatorReproducesTheExactField(double side, double tol) {
        double k = 1;
        boolean fourier = k * side >= 60;
        Box child = box(0.5 * side, 0.5 * side, side, k, tol);
        Box parent = box(side, side, 2 * side, k, tol);
        // interaction box of the parent's level at the least distance: offset (2, 0) boxes of side 2D
        Box target = box(side + 4 * side, side, 2 * side, k, tol);
        Box targetChild = box(target.x() - 0.5 * side, target.y() - 0.5 * side, side, k, tol);
        // source at the child box's far corner from the target, targets at the far corners
        double sx = 0;
        double sy = 0;
        double[][] m = multipole(child, k, sx, sy);
        double worst = 0;
        // the child's multipole at the parent-level target box corner nearest to it
        double[] px = {target.x() - side, targetChild.x() - 0.5 * side, target.x() + side};
        double[] py = {target.y() - side, targetChild.y() - 0.5 * side, target.y() + side};
        double[][] mParent = translate(Translation.Kind.M2M, k, child, parent, m, fourier);
        double[][] local = translate(Translation.Kind.M2L, k, parent, target, mParent, fourier);
        double[][] localChild = translate(Translation.Kind.L2L, k, target, targetChild, local, fourier);
        for (int i = 0; i < px.length; i++) {
            double[] u = exact(k, sx, sy, px[i], py[i]);
            double size = Math.hypot(u[0], u[1]);
            double[][] got = {
                evaluateMultipole(child, m, k, px[i], py[i]),
                evaluateMultipole(parent, mParent, k, px[i], py[i]),
                evaluateLocal(target, local, k, px[i], py[i]),
            };
            for (double[] g : got) {
                worst = Math.max(worst, Math.hypot(g[0] - u[0], g[1] - u[1]) / size);
            }
            if (i == 1) {
                double[] g = evaluateLocal(targetChild, localChild, k, px[i], py[i]);
                worst = Math.max(worst, Math.hypot(g[0] - u[0], g[1] - u[1]) / size);
            }
        }
        System.out.printf("kD %s tol %s: orders %d %d, worst relative error %.2e%s%n", side, tol, child.p(),
                parent.p(), worst, fourier ? " (Fourier)" : "");
        assertTrue(worst <= 10 * tol, "worst relative error " + worst);
    }
}
