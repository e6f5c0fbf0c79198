package scatter.physics.exact.system.rcip;

/**
 * Product-integration weights on a curved panel ({@link CurvedPanel}) for a target z, by Helsing &amp;
 * Ojala's complex-plane recursions (J. Helsing &amp; R. Ojala, On the evaluation of layer potentials
 * close to their sources, J. Comput. Phys. 227 (2008) 2899-2921, sections 5-6; J. Helsing, Solving
 * integral equations on piecewise smooth boundaries using the RCIP method: a tutorial,
 * arXiv:1207.6737, the log and Cauchy weights of its Helmholtz codes). With tau~ and z~ the panel's
 * points and the target mapped by the endpoints' affine map (half chord d), the density g
 * interpolated by a polynomial in the complex tau~ through the 16 mapped nodes:
 * <pre>
 *   p_k = int tau~^k/(tau~ - z~) dtau~ along the panel,   p_0 = ln(1 - z~) - ln(-1 - z~) + 2 pi i W,
 *   p_k = z~ p_(k-1) + (1 - (-1)^k)/k,
 *   q_k = int tau~^k ln(tau~ - z~) dtau~ = [L_1 - (-1)^(k+1) L_0 - p_(k+1)]/(k + 1),  L_0 = ln(-1 - z~), L_1 = L_0 + p_0,
 * </pre>
 * the logarithms' difference principal (t - z~ keeps to one half plane along the chord), W the
 * winding of the panel followed by the chord back about z~ ({@link CurvedPanel#between}: +-1 where
 * z~ lies between them, so that the logarithm is continued along the panel, not the chord), and
 * W = +-1/2 for a target on the panel itself (the principal value); L_1 continues L_0 along the panel
 * likewise. With w^C and w^L solving the Vandermonde systems sum_j tau~_j^k w_j = p_k, q_k, and zeta_j the unit
 * tangent at node j (complex; ds = d dtau~/zeta):
 * <pre>
 *   int g(tau) dtau/(tau - z) = sum_j w^C_j g_j,      int g ln|tau - z| ds = sum_j [Re(w^L_j d/zeta_j) + ln|d| w_j] g_j,
 * </pre>
 * w_j the arc-length weights; the kernel's real or imaginary part taken weight by weight (for a
 * complex density, the part's weight is the weight's part: int g Im(K) = sum g_j Im(w_j), the
 * conjugate density's interpolant giving the conjugate weights). The double layer's Cauchy part is
 * (d.nu_y)/r^2 ds = -Im(dtau/(tau - z)) and K_0''s (d.nu_x)/r^2 ds = -Re(nu_x conj(zeta) dtau/(tau - z))
 * (nu = -i zeta), as on straight panels. Not thread-safe: one instance per thread.
 */
final class CurvedWeights {
    /** Physical log weights: int g ln r ds = sum_j logW_j g_j. */
    final double[] logW = new double[Gauss16.N];
    /** Complex Cauchy weights: int g dtau/(tau - z) = sum_j (cauchyRe_j + i cauchyIm_j) g_j. */
    final double[] cauchyRe = new double[Gauss16.N];
    final double[] cauchyIm = new double[Gauss16.N];
    private final double[] pr = new double[Gauss16.N + 1];
    private final double[] pi = new double[Gauss16.N + 1];
    private final double[] qr = new double[Gauss16.N];
    private final double[] qi = new double[Gauss16.N];

    /**
     * The weights for the target z~ = (zr, zi) in the panel's mapped coordinate; {@code self} if the
     * target is one of the panel's own nodes (the Cauchy weights then give the principal value).
     */
    void compute(CurvedPanel panel, double zr, double zi, boolean self) {
        int n = Gauss16.N;
        if (zi == 0) {
            zi = 0.0;   // a point on the chord: taken just above it (and not -0)
        }
        double l0Re = Math.log(Math.hypot(zr + 1, zi));   // ln(-1 - z)
        double l0Im = Math.atan2(-zi, -1 - zr);
        double l1Re = Math.log(Math.hypot(zr - 1, zi));   // ln(1 - z)
        double l1Im = Math.atan2(-zi, 1 - zr);
        double winding;
        if (self) {
            winding = zi >= 0 ? -0.5 : 0.5;   // the chord's limit from z's side, less half the residue
        } else {
            winding = panel.between(zr, zi);
        }
        pr[0] = l1Re - l0Re;
        pi[0] = l1Im - l0Im + 2 * Math.PI * winding;
        for (int k = 1; k <= n; k++) {
            double free = (k % 2 == 1) ? 2.0 / k : 0;
            double re = zr * pr[k - 1] - zi * pi[k - 1] + free;
            double im = zr * pi[k - 1] + zi * pr[k - 1];
            pr[k] = re;
            pi[k] = im;
        }
        // L_1 continued along the panel from L_0
        double e1Re = l0Re + pr[0];
        double e1Im = l0Im + pi[0];
        for (int k = 0; k < n; k++) {
            double sign = (k % 2 == 1) ? 1 : -1;   // (-1)^{k+1}
            qr[k] = (e1Re - sign * l0Re - pr[k + 1]) / (k + 1);
            qi[k] = (e1Im - sign * l0Im - pi[k + 1]) / (k + 1);
            cauchyRe[k] = pr[k];
            cauchyIm[k] = pi[k];
        }
        panel.weightsFromMoments(qr, qi);
        panel.weightsFromMoments(cauchyRe, cauchyIm);
        double lnD = Math.log(panel.halfChord());
        for (int j = 0; j < n; j++) {
            // zeta_j = (-ny, nx); w d / zeta = w d conj(zeta) (|zeta| = 1)
            double zetaRe = -panel.ny[j];
            double zetaIm = panel.nx[j];
            double wdRe = qr[j] * panel.dRe - qi[j] * panel.dIm;
            double wdIm = qr[j] * panel.dIm + qi[j] * panel.dRe;
            logW[j] = wdRe * zetaRe + wdIm * zetaIm + lnD * panel.weight[j];
        }
    }
}
