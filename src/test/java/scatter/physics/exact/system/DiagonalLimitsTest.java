package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import scatter.physics.Hankel;

/**
 * The diagonal values of the kernels' smooth parts against the numerical limit sigma -&gt; s of
 * A2(s, sigma) = A - A1 ln(4 sin^2((s - sigma)/2)) (- 1/(4 pi sin^2) for the hypersingular kernel),
 * each kernel written out here from its definition (Colton &amp; Kress 2013, section 3.5; Kress 1995)
 * on a curve with every derivative non-trivial: the average over sigma = s +- e cancels the odd
 * terms, and Richardson extrapolation over e = 0.004, 0.002 the e^2 term (not the e^2 ln e ones: hence 1e-7).
 */
class DiagonalLimitsTest {
    private static final double K = 7.3;

    /** z^(order)(s) for z = (1.2 cos s + 0.2 cos 2s + 0.1 sin 3s, 0.8 sin s + 0.15 sin 2s). */
    private static double[] z(double s, int order) {
        double[] x = {1.2, 0.2, 0.1};
        return new double[] {
            x[0] * trig(s, 1, order, true) + x[1] * trig(s, 2, order, true) + x[2] * trig(s, 3, order, false),
            0.8 * trig(s, 1, order, false) + 0.15 * trig(s, 2, order, false)};
    }

    /** d^order/ds^order of cos(m s) or sin(m s). */
    private static double trig(double s, int m, int order, boolean cosine) {
        double phase = m * s + (cosine ? Math.PI / 2 : 0) + order * Math.PI / 2;
        return Math.pow(m, order) * Math.sin(phase);
    }

    private static double[] bessel(double x) {
        double[] j0 = new double[1];
        double[] y0 = new double[1];
        double[] j1 = new double[1];
        double[] y1 = new double[1];
        Hankel.evaluate(new double[] {x}, 1, j0, y0, j1, y1);
        return new double[] {j0[0], y0[0], j1[0], y1[0]};
    }

    /**
     * The smooth parts at (s, sigma): {Re M2, Im M2, Re L2, Im L2, Re L'2, Im L'2, Re H2, Im H2, M1, H1}.
     */
    private static double[] smoothParts(double s, double sigma) {
        double[] zs = z(s, 0);
        double[] zt = z(sigma, 0);
        double[] ds = z(s, 1);
        double[] dt = z(sigma, 1);
        double dx = zs[0] - zt[0];
        double dy = zs[1] - zt[1];
        double r = Math.hypot(dx, dy);
        double speedS = Math.hypot(ds[0], ds[1]);
        double speedT = Math.hypot(dt[0], dt[1]);
        double dns = dx * ds[1] - dy * ds[0];   // d.n(s), n = (z2', -z1')
        double dnt = dx * dt[1] - dy * dt[0];
        double nn = ds[1] * dt[1] + ds[0] * dt[0];
        double[] b = bessel(K * r);
        double j0 = b[0];
        double y0 = b[1];
        double j1 = b[2];
        double y1 = b[3];
        double sin2 = Math.pow(Math.sin(0.5 * (s - sigma)), 2);
        double log = Math.log(4 * sin2);
        // M = (i/2) H0 |z'(sigma)|, M1 = -(1/2pi) J0 |z'(sigma)|
        double m1 = -j0 * speedT / (2 * Math.PI);
        double mRe = -0.5 * y0 * speedT;
        double mIm = 0.5 * j0 * speedT;
        // L = (ik/2)(d.n(sigma)) H1/r, L1 = -(k/2pi)(d.n(sigma)) J1/r
        double lRe = -0.5 * K * dnt * y1 / r;
        double lIm = 0.5 * K * dnt * j1 / r;
        double l1 = -K / (2 * Math.PI) * dnt * j1 / r;
        // L' = -(ik/2)(d.n(s)) H1/r |z'(sigma)|/|z'(s)|, L'1 = (k/2pi)(d.n(s)) J1/r |z'(sigma)|/|z'(s)|
        double q = speedT / speedS;
        double kRe = 0.5 * K * dns * y1 / r * q;
        double kIm = -0.5 * K * dns * j1 / r * q;
        double k1 = K / (2 * Math.PI) * dns * j1 / r * q;
        // H = (i/2){k [k H0 - 2 H1/r] (d.n(s))(d.n(sigma))/r^2 + k H1/r n(s).n(sigma)}, H1 from J
        double p = dns * dnt / (r * r);
        double x = K * ((K * j0 - 2 * j1 / r) * p + j1 / r * nn);
        double y = K * ((K * y0 - 2 * y1 / r) * p + y1 / r * nn);
        double h1 = -x / (2 * Math.PI);
        return new double[] {mRe - m1 * log, mIm, lRe - l1 * log, lIm, kRe - k1 * log, kIm,
            -0.5 * y - 1 / (4 * Math.PI * sin2) - h1 * log, 0.5 * x, m1, h1};
    }

    private static double[] limit(double s) {
        double[] result = new double[10];
        double[] coarse = new double[10];
        double[] fine = new double[10];
        for (int c = 0; c < 10; c++) {
            coarse[c] = 0.5 * (smoothParts(s, s + 0.004)[c] + smoothParts(s, s - 0.004)[c]);
            fine[c] = 0.5 * (smoothParts(s, s + 0.002)[c] + smoothParts(s, s - 0.002)[c]);
            result[c] = (4 * fine[c] - coarse[c]) / 3;
        }
        return result;
    }

    @Test
    void diagonalValuesAreTheLimitsOfTheKernels() {
        for (double s : new double[] {0, 0.7, 2.0, 4.4}) {
            double[] lim = limit(s);
            double[] d1 = z(s, 1);
            double[] d2 = z(s, 2);
            double[] d3 = z(s, 3);
            double speed2 = d1[0] * d1[0] + d1[1] * d1[1];
            double speed = Math.sqrt(speed2);
            double cross = d1[0] * d2[1] - d1[1] * d2[0];
            double dot3 = d1[0] * d3[0] + d1[1] * d3[1];
            double curvature2 = d2[0] * d2[0] + d2[1] * d2[1];
            double tolerance = 1e-7;
            assertEquals(lim[0], DiagonalLimits.m2Re(K, speed), tolerance, "Re M2 at " + s);
            assertEquals(lim[1], 0.5 * speed, tolerance, "Im M2 at " + s);
            assertEquals(lim[2], DiagonalLimits.l2(cross, speed2), tolerance, "L2 at " + s);
            assertEquals(lim[3], 0, tolerance, "Im L2 at " + s);
            assertEquals(lim[4], DiagonalLimits.l2(cross, speed2), tolerance, "L'2 at " + s);
            assertEquals(lim[5], 0, tolerance, "Im L'2 at " + s);
            assertEquals(lim[6], DiagonalLimits.h2Re(K, cross, dot3, curvature2, speed2), tolerance * 100,
                    "Re H2 at " + s);
            assertEquals(lim[7], 0.25 * K * K * speed2, tolerance * 100, "Im H2 at " + s);
            assertEquals(lim[8], DiagonalLimits.m1(speed), tolerance, "M1 at " + s);
            assertEquals(lim[9], DiagonalLimits.h1(K, speed2), tolerance * 100, "H1 at " + s);
        }
    }
}
