package scatter.physics.exact.system.rcip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scatter.physics.exact.curve.Side;

/**
 * {@link CurvedWeights} against integrals computed independently, by composite 16-point
 * Gauss-Legendre on intervals halved 56 times towards the singular or nearest point (each interval's
 * rule exact to rounding for the smooth pieces left), on curved panels that turn as much as the solver's
 * do ({@link CurvedSides#TURN}, 0.2 rad: arcs of radius 1 and 0.4) and an arc of radius 2 of 0.1 rad, a density g(u) = e^{1.3 i u} (1 + u^2/2)
 * (u the panel's parameter). For targets on the panel (a node: the Cauchy integral's principal
 * value, by subtracting g at the node and adding g times the closed form of int dtau/(tau - z)),
 * next to it on either side (1e-2 and 1e-3 of the chord), between the chord and the arc (where the
 * chord's logarithm is on the wrong branch: the case the winding corrects) and beyond its ends:
 * int g ln|tau - z| ds, int g dtau/(tau - z), and int g Im(dtau/(tau - z)), the double layer's part,
 * taken weight by weight for a complex density. Measured: on the panel and from 1e-2 of the chord
 * out within 9e-14 of max(1, |I|); at 1e-3 of the chord within 2.5e-13, and closer the error grows
 * like 1e-17/d (a target's rounding, 1e-17 of the offsets, moves a near-singular integral by that
 * over d: the reference integrals alike): 1e-8 at 1e-8 of the chord.
 */
class CurvedWeightsTest {
    /**
     * An arc of radius rho from angle a, of angle span (anticlockwise if positive): Z(u) = rho e^{i(a + span u)};
     * reversed, the same arc from its other end, arc(rho, a + span, -span).
     */
    private static Side arc(double rho, double a, double span) {
        return new Side() {
            @Override
            public void offset(double u, double complement, boolean fromEnd, double[] out) {
                double t = a + span * (fromEnd ? 1 - complement : u);
                double end = fromEnd ? a + span : a;
                out[0] = rho * (Math.cos(t) - Math.cos(end));
                out[1] = rho * (Math.sin(t) - Math.sin(end));
            }

            @Override
            public void tangent(double u, double complement, double[] out) {
                double t = a + span * u;
                out[0] = -rho * span * Math.sin(t);
                out[1] = rho * span * Math.cos(t);
            }

            @Override
            public double cross(double u, double complement) {
                return rho * rho * span * span * span;
            }

            @Override
            public double length() {
                return rho * Math.abs(span);
            }

            @Override
            public boolean straight() {
                return false;
            }

            @Override
            public Side reversed() {
                return arc(rho, a + span, -span);
            }
        };
    }

    private static double[] g(double u) {
        double m = 1 + 0.5 * u * u;
        return new double[] {m * Math.cos(1.3 * u), m * Math.sin(1.3 * u)};
    }

    /**
     * {int g ln|tau - z| ds, int g Im(dtau/(tau - z)), int g dtau/(tau - z)} (each re, im), on intervals
     * halved {@code levels} times towards u0 from both sides, the last two closing on it.
     */
    private static double[] reference(Side side, double zx, double zy, double u0, boolean onPanel, int levels) {
        double[] sum = new double[6];
        double[] off = new double[2];
        double[] tan = new double[2];
        double[] g0 = g(u0);
        for (int part = 0; part < 2; part++) {
            double lo = part == 0 ? 0 : u0;
            double hi = part == 0 ? u0 : 1;
            for (int level = 0; level < levels; level++) {
                // the interval at distance 2^-(level+1) .. 2^-level of the part from u0
                double near = Math.scalb(1.0, -level - 1);
                double far = Math.scalb(1.0, -level);
                double a = part == 0 ? u0 - far * (u0 - lo) : u0 + near * (hi - u0);
                double b = part == 0 ? u0 - near * (u0 - lo) : u0 + far * (hi - u0);
                if (level == levels - 1) {
                    if (part == 0) {
                        b = u0;
                    } else {
                        a = u0;
                    }
                }
                double mid = 0.5 * (a + b);
                double half = 0.5 * (b - a);
                for (int j = 0; j < Gauss16.N; j++) {
                    double u = mid + half * Gauss16.node(j);
                    double w = half * Gauss16.weight(j);
                    side.offset(u, 1 - u, false, off);
                    side.tangent(u, 1 - u, tan);
                    double dx = off[0] - zx;
                    double dy = off[1] - zy;
                    double r2 = dx * dx + dy * dy;
                    if (r2 == 0) {
                        continue;   // a node that rounds onto the target: weight below 1e-16
                    }
                    double speed = Math.hypot(tan[0], tan[1]);
                    double[] gu = g(u);
                    double lnR = 0.5 * Math.log(r2);
                    sum[0] += w * speed * lnR * gu[0];
                    sum[1] += w * speed * lnR * gu[1];
                    // dtau/(tau - z) = tan conj(d)/r2 du
                    double kr = (tan[0] * dx + tan[1] * dy) / r2;
                    double ki = (tan[1] * dx - tan[0] * dy) / r2;
                    sum[2] += w * ki * gu[0];
                    sum[3] += w * ki * gu[1];
                    double fr = onPanel ? gu[0] - g0[0] : gu[0];
                    double fi = onPanel ? gu[1] - g0[1] : gu[1];
                    sum[4] += w * (kr * fr - ki * fi);
                    sum[5] += w * (kr * fi + ki * fr);
                }
            }
        }
        if (onPanel) {
            // + g(u0) PV int dtau/(tau - z): ln|Z1 - z|/|Z0 - z| + i (the turn from Z0 - z to -zeta, then from zeta to Z1 - z)
            side.offset(0, 1, false, off);
            double ax = off[0] - zx;
            double ay = off[1] - zy;
            side.offset(1, 0, false, off);
            double bx = off[0] - zx;
            double by = off[1] - zy;
            side.tangent(u0, 1 - u0, tan);
            double re = Math.log(Math.hypot(bx, by) / Math.hypot(ax, ay));
            double im = wrap(Math.atan2(by, bx) - Math.atan2(tan[1], tan[0]))
                    + wrap(Math.atan2(-tan[1], -tan[0]) - Math.atan2(ay, ax));
            sum[4] += g0[0] * re - g0[1] * im;
            sum[5] += g0[0] * im + g0[1] * re;
        }
        return sum;
    }

    private static double wrap(double a) {
        while (a > Math.PI) {
            a -= 2 * Math.PI;
        }
        while (a <= -Math.PI) {
            a += 2 * Math.PI;
        }
        return a;
    }

    /** The largest error over the three integrals relative to the largest of them. */
    private static double check(Side side, double span, CurvedPanel panel, double zx, double zy, double u0, boolean self,
            String what) {
        CurvedWeights w = new CurvedWeights();
        double dd = panel.dRe * panel.dRe + panel.dIm * panel.dIm;
        double px = zx - panel.midX;
        double py = zy - panel.midY;
        w.compute(panel, (px * panel.dRe + py * panel.dIm) / dd, (py * panel.dRe - px * panel.dIm) / dd, self);
        double[] got = new double[6];
        for (int j = 0; j < Gauss16.N; j++) {
            double[] gj = g(0.5 + 0.5 * Gauss16.node(j));
            got[0] += w.logW[j] * gj[0];
            got[1] += w.logW[j] * gj[1];
            got[2] += w.cauchyIm[j] * gj[0];
            got[3] += w.cauchyIm[j] * gj[1];
            got[4] += w.cauchyRe[j] * gj[0] - w.cauchyIm[j] * gj[1];
            got[5] += w.cauchyRe[j] * gj[1] + w.cauchyIm[j] * gj[0];
        }
        double[] ref = reference(side, zx, zy, u0, self, 56);
        if (self) {
            // on a circle through z, arg(tau - z) turns at half the rate of tau (the inscribed angle):
            // Im(dtau/(tau - z)) = (span/2) du exactly, where the quadrature would divide rounding by |u - u0|^2
            ref[2] = 0;
            ref[3] = 0;
            for (int q = 0; q < 4; q++) {
                for (int j = 0; j < Gauss16.N; j++) {
                    double[] gu = g(0.125 * (2 * q + 1 + Gauss16.node(j)));
                    ref[2] += 0.125 * Gauss16.weight(j) * 0.5 * span * gu[0];
                    ref[3] += 0.125 * Gauss16.weight(j) * 0.5 * span * gu[1];
                }
            }
        }
        double worst = 0;
        for (int q = 0; q < 6; q += 2) {
            double scale = Math.max(1, Math.hypot(ref[q], ref[q + 1]));
            worst = Math.max(worst, Math.hypot(got[q] - ref[q], got[q + 1] - ref[q + 1]) / scale);
        }
        System.out.printf("%s: log %.1e, Im Cauchy %.1e, Cauchy %.1e (relative to max(1, |I|): %.1e)%n", what,
                Math.hypot(got[0] - ref[0], got[1] - ref[1]), Math.hypot(got[2] - ref[2], got[3] - ref[3]),
                Math.hypot(got[4] - ref[4], got[5] - ref[5]), worst);
        return worst;
    }

    @Test
    void theWeightsIntegrateOnNextToAndAcrossCurvedPanels() {
        double worst = 0;
        for (double[] shape : new double[][] {{1, 0.3, CurvedSides.TURN}, {0.4, -0.5, CurvedSides.TURN}, {2, 2, 0.1}}) {
            Side side = arc(shape[0], shape[1], shape[2]);
            CurvedPanel panel = new CurvedPanel(side, false, 0, 1);
            double[] off = new double[2];
            double[] tan = new double[2];
            String name = "arc of radius " + shape[0] + ", " + shape[2] + " rad";
            for (int j : new int[] {0, 5, 8, 15}) {
                double u = 0.5 + 0.5 * Gauss16.node(j);
                worst = Math.max(worst, check(side, shape[2], panel, panel.offX[j], panel.offY[j], u, true, name + ", node " + j));
            }
            double chord = 2 * panel.halfChord();
            double sagitta = shape[0] * (1 - Math.cos(0.5 * shape[2]));
            for (double u : new double[] {0.5, 0.13}) {
                side.offset(u, 1 - u, false, off);
                side.tangent(u, 1 - u, tan);
                double s = Math.hypot(tan[0], tan[1]);
                // outward normal (tan_y, -tan_x)/s; the centre lies inward
                for (double d : new double[] {1e-2 * chord, 1e-3 * chord, -1e-3 * chord, -1e-2 * chord, -0.5 * sagitta,
                    -0.9 * sagitta, -1.5 * sagitta, 0.3 * chord}) {
                    double zx = off[0] + d * tan[1] / s;
                    double zy = off[1] - d * tan[0] / s;
                    worst = Math.max(worst, check(side, shape[2], panel, zx, zy, u, false, String.format("%s, u %.2f, %+.1e out", name, u, d)));
                }
            }
            // beyond the ends, along the arc's continuation and off it
            for (double u : new double[] {-0.05, 1.02}) {
                double zx = shape[0] * Math.cos(shape[1] + shape[2] * u) - shape[0] * Math.cos(shape[1]);
                double zy = shape[0] * Math.sin(shape[1] + shape[2] * u) - shape[0] * Math.sin(shape[1]);
                worst = Math.max(worst, check(side, shape[2], panel, zx, zy, Math.max(0, Math.min(1, u)), false,
                        String.format("%s, beyond the end at u %.2f", name, u)));
            }
        }
        assertTrue(worst < 1e-12, "worst " + worst);
    }
}
