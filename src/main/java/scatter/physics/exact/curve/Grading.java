package scatter.physics.exact.curve;

/**
 * Kress's graded substitution of one side of a contour with corners at both ends: the local
 * parameter tau in [0, 1] becomes
 * <pre>
 *   g(tau) = v(tau)^p / (v(tau)^p + v(1 - tau)^p),
 *   v(tau) = (1/p - 1/2)(1 - 2 tau)^3 + (1/p)(2 tau - 1) + 1/2
 *          = tau [ (3 - 4/p) + tau ( (12/p - 6) + tau (4 - 8/p) ) ],
 * </pre>
 * so that g rises from 0 to 1 with its first p - 1 derivatives zero at both ends: the points of an
 * equispaced rule in tau crowd into the corners like tau^p, and the density times g', which is what
 * the quadrature integrates, becomes smooth again (R. Kress, A Nyström method for boundary integral
 * equations in domains with corners, Numer. Math. 58 (1990) 145-161; Colton &amp; Kress, Inverse
 * Acoustic and Electromagnetic Scattering Theory, 3rd ed. 2013, section 3.6). v is written in
 * powers of tau (the second form) so that v(tau) keeps its relative accuracy as tau -&gt; 0, and
 * 1 - g is formed as v(1 - tau)^p / (...) rather than by subtraction: a point 1e-30 from a corner
 * keeps its offset to rounding. g' at tau = 1/2 is 2 for every p.
 *
 * <p>Immutable.
 */
public final class Grading {
    /**
     * The order p used: 12. On the square and the L-shape at lambda 0.5 with 256 points per side,
     * p = 8 leaves the interior-source error at 2e-9 (soft) and 2e-8 (hard), p = 12 at 6e-11 and 5e-10
     * (src/test/scripts/corner_study.py).
     */
    public static final int ORDER = 12;

    private final int p;

    public Grading(int p) {
        if (p < 2) {
            throw new IllegalArgumentException("grading order " + p);
        }
        this.p = p;
    }

    /**
     * At tau in [0, 1]: {g, 1 - g, g'}, g' = dg/dtau = (a' b - a b')/(a + b)^2 with a = v(tau)^p and
     * b = v(1 - tau)^p: a' b and -a b' are both positive, so no difference of nearly equal numbers
     * arises near either end. (On a straight side z'' is parallel to z', so the curvature terms that
     * would need g'' vanish.)
     */
    public double[] at(double tau) {
        double[] v = v(tau);
        double[] w = v(1 - tau);
        w[1] = -w[1];   // d/dtau of v(1 - tau)
        double[] a = power(v);
        double[] b = power(w);
        double s = a[0] + b[0];
        return new double[] {a[0] / s, b[0] / s, (a[1] * b[0] - a[0] * b[1]) / (s * s)};
    }

    /** v and v' at tau. */
    private double[] v(double tau) {
        double c1 = 3 - 4.0 / p;
        double c2 = 12.0 / p - 6;
        double c3 = 4 - 8.0 / p;
        return new double[] {tau * (c1 + tau * (c2 + tau * c3)), c1 + tau * (2 * c2 + tau * 3 * c3)};
    }

    /** f^p and its derivative p f^(p-1) f', from f and f'. */
    private double[] power(double[] f) {
        double fp1 = Math.pow(f[0], p - 1);
        return new double[] {fp1 * f[0], p * fp1 * f[1]};
    }
}
