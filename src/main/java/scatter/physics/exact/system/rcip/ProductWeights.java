package scatter.physics.exact.system.rcip;

/**
 * Product-integration weights on a straight panel mapped to t in [-1, 1] for a target at the
 * complex point z (the target's position in the panel's own coordinate): for the density's
 * interpolating polynomial p(t) = sum_j p_j l_j(t) on the 16 Gauss-Legendre nodes,
 * <pre>
 *   int_{-1}^{1} p(t) ln|z - t| dt = sum_j logW_j p_j,     int_{-1}^{1} p(t)/(t - z) dt = sum_j cauchyW_j p_j,
 * </pre>
 * exact up to rounding for every z, on the panel too (then the Cauchy integral is its principal
 * value). The moments c_k = int t^k/(t - z) dt follow from c_0 = ln(1 - z) - ln(-1 - z) (principal
 * logarithms: t - z stays in one half plane) and c_k = z c_{k-1} + (1 - (-1)^k)/k, and by parts
 * int t^k ln(z - t) dt = [ln(z - 1) - (-1)^{k+1} ln(z + 1) - c_{k+1}]/(k + 1), whose real part is the
 * logarithmic moment (J. Helsing &amp; R. Ojala, On the evaluation of layer potentials close to their
 * sources, J. Comput. Phys. 227 (2008) 2899-2921, section 6; the same recursions as chunkIE's and
 * Helsing's codes). The forward recursion multiplies rounding by |z| per step, so it serves targets
 * near the panel only ({@link #near}: where the plain 16-point rule would lose digits); there |z| &lt; 2.
 * Not thread-safe: one instance per thread.
 */
final class ProductWeights {
    /** Plain 16-point Gauss-Legendre errs by about rho^-32 for a kernel singular at z: below 5e-16 from rho = 3. */
    static final double NEAR_RHO = 3;

    final double[] logW = new double[Gauss16.N];
    final double[] cauchyRe = new double[Gauss16.N];
    final double[] cauchyIm = new double[Gauss16.N];

    /**
     * True if z is inside the Bernstein ellipse of parameter {@link #NEAR_RHO} about [-1, 1]: the
     * ellipse with foci +-1 and semi-axes (rho + 1/rho)/2, (rho - 1/rho)/2.
     */
    static boolean near(double zr, double zi) {
        double a = 0.5 * (NEAR_RHO + 1 / NEAR_RHO);
        double b = 0.5 * (NEAR_RHO - 1 / NEAR_RHO);
        return (zr * zr) / (a * a) + (zi * zi) / (b * b) < 1;
    }

    /**
     * The weights for the target z = zr + i zi. With zi = 0 exactly (a target on the panel's own
     * straight line) the Cauchy weights are the principal value's.
     */
    void compute(double zr, double zi) {
        int n = Gauss16.N;
        double[] cr = new double[n + 1];
        double[] ci = new double[n + 1];
        double lm1 = Math.log(Math.hypot(zr - 1, zi));   // ln|z - 1|
        double lp1 = Math.log(Math.hypot(zr + 1, zi));   // ln|z + 1|
        cr[0] = lm1 - lp1;
        if (zi != 0) {
            // arg(1 - z) - arg(-1 - z), principal arguments
            ci[0] = Math.atan2(-zi, 1 - zr) - Math.atan2(-zi, -1 - zr);
        }
        for (int k = 1; k <= n; k++) {
            double free = (k % 2 == 1) ? 2.0 / k : 0;
            double re = zr * cr[k - 1] - zi * ci[k - 1] + free;
            double im = zr * ci[k - 1] + zi * cr[k - 1];
            cr[k] = re;
            ci[k] = im;
        }
        for (int k = 0; k < n; k++) {
            double sign = (k % 2 == 1) ? 1 : -1;   // (-1)^{k+1}
            logW[k] = (lm1 - sign * lp1 - cr[k + 1]) / (k + 1);
            cauchyRe[k] = cr[k];
            cauchyIm[k] = ci[k];
        }
        Gauss16.weightsFromMoments(logW);
        Gauss16.weightsFromMoments(cauchyRe);
        Gauss16.weightsFromMoments(cauchyIm);
    }
}
