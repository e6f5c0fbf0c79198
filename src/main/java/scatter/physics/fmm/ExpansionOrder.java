package scatter.physics.fmm;

/**
 * The order p of the multipole and local expansions of one level of boxes: terms -p..p. A box's
 * sources lie within its radius a of its centre and so do its targets; boxes that interact through
 * expansions have centres at least d apart. Graf's addition theorem expands H0(k|x - y|) in
 * products J_m(k r_y) H_m(k r_x); truncated at p, the largest neglected terms are those of order
 * p + 1 at the worst positions. The order is the smallest p whose next two terms are below
 * {@code tolerance} times the first two,
 * <pre>
 *   |J_{p+1}(ka) H_{p+1}(kb)| + |J_{p+2}(ka) H_{p+2}(kb)|  &lt;  tol (|J_0(ka) H_0(kb)| + |J_1(ka) H_1(kb)|),
 *   b = 0.75 d,
 * </pre>
 * the criterion of fmm2d's {@code h2dterms} (Flatiron Institute), which takes b = 1.5 D for square
 * boxes of side D (d = 2D). Measured against the direct sum (FmmAgainstDirectTest,
 * docs/performance.md) it gives errors 10 to 100 times below the tolerance. At low frequency (ka
 * small) this is p ~ log(tol) / log(a/b) whatever the size; at high frequency
 * p ~ ka + C (ka)^(1/3) log(1/tol).
 */
final class ExpansionOrder {
    private ExpansionOrder() {
    }

    /** @see ExpansionOrder */
    static int of(double k, double a, double d, double tolerance) {
        double inner = k * a;
        double outer = k * 0.75 * d;
        if (!(outer > inner)) {
            throw new IllegalArgumentException("boxes are not separated: a = " + a + ", d = " + d);
        }
        double t = Math.min(1, inner);
        int max = (int) (2 * inner + 200);
        for (;;) {
            double[] j = new double[max + 1];
            double[] hRe = new double[max + 1];
            double[] hIm = new double[max + 1];
            CylinderFunctions.besselJ(inner, t, max, j);
            CylinderFunctions.hankel(outer, t, max, hRe, hIm);
            double first = term(j, hRe, hIm, 0) + term(j, hRe, hIm, 1);
            for (int p = 1; p + 2 <= max; p++) {
                if (term(j, hRe, hIm, p + 1) + term(j, hRe, hIm, p + 2) < tolerance * first) {
                    return p;
                }
            }
            max *= 2;
        }
    }

    /** |J_m H_m| from the scaled values (the scales cancel). */
    private static double term(double[] j, double[] hRe, double[] hIm, int m) {
        return Math.abs(j[m]) * Math.hypot(hRe[m], hIm[m]);
    }
}
