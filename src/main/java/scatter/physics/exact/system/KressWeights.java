package scatter.physics.exact.system;

import scatter.physics.exact.curve.Fourier;

/**
 * The quadrature weights of Kress's Nyström method on the 2n points s_j = pi j / n, for one n.
 * All are circulant: they depend on p = (i - j) mod 2n only, and are computed once per n.
 *
 * <p>Logarithmic singularity (Colton &amp; Kress, Inverse Acoustic and Electromagnetic Scattering
 * Theory, 3rd ed. 2013, eq. 3.97): integral of ln(4 sin^2((s_i - sigma)/2)) psi(sigma) d sigma is
 * sum_j R_p psi_j with
 * <pre>  R_p = -(2 pi/n) sum_{m=1}^{n-1} cos(m p pi/n)/m - (pi/n^2)(-1)^p, </pre>
 * exact for trigonometric polynomials of degree n. Hypersingular part (R. Kress, J. Comput. Appl.
 * Math. 61 (1995) 345-360, Maue's formula in quadrature form): the finite part of the integral of
 * psi(sigma) / (4 pi sin^2((s_i - sigma)/2)) is sum_j T_p psi_j with
 * <pre>  T_p = -(1/n) sum_{m=1}^{n-1} m cos(m p pi/n) - (1/2)(-1)^p
 *       = -n/2 (p = 0),  0 (p even),  1/(2n sin^2(p pi/(2n))) (p odd), </pre>
 * the closed form from summing the series (its partial sum
 * sum_{m=1}^{n-1} m cos(mx) = -n(-1)^p/2 - (1 - (-1)^p)/(4 sin^2(x/2)) at x = p pi/n).
 *
 * <p>The kernels are split as A = A1 ln(4 sin^2) + A2 (+ 1/(4 pi sin^2) for the hypersingular one),
 * and off the diagonal A2 = A - A1 ln(4 sin^2) (- 1/(4 pi sin^2)); the weights are therefore kept
 * combined with those subtractions, so that an entry is (pi/n) A + {@link #log}[p] A1
 * (+ {@link #hyper}[p]):
 * <pre>
 *   log[p]   = R_p - (pi/n) ln(4 sin^2(p pi/(2n))),
 *   hyper[p] = T_p - (pi/n) / (4 pi sin^2(p pi/(2n))) = (-1)^{p+1} / (4n sin^2(p pi/(2n))).
 * </pre>
 * The sines take p in its symmetric range (-n, n], where sin(p pi/(2n)) has no cancellation.
 */
final class KressWeights {
    final int n;
    /** R_0. */
    final double r0;
    /** T_0 = -n/2. */
    final double t0;
    /** R_p - (pi/n) ln(4 sin^2(p pi/(2n))) at p = (i - j) mod 2n; entry 0 unused. */
    final double[] log;
    /** T_p - 1/(4n sin^2(p pi/(2n))) at p = (i - j) mod 2n; entry 0 unused. */
    final double[] hyper;

    KressWeights(int n) {
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("n must be a power of two, at least 2: " + n);
        }
        this.n = n;
        int count = 2 * n;
        // R_p as a cosine series, evaluated at all p by one FFT: coefficients a_m/2 at +-m and the
        // (-1)^p term on the Nyquist frequency n, whose cos(n s_p) is (-1)^p
        double[][] c = new double[2][count];
        for (int m = 1; m < n; m++) {
            double a = -(2 * Math.PI / n) / m;
            c[0][m] = 0.5 * a;
            c[0][count - m] = 0.5 * a;
        }
        c[0][n] = -Math.PI / ((double) n * n);
        double[] r = Fourier.values(c, 0, count)[0];
        r0 = r[0];
        t0 = -0.5 * n;
        log = new double[count];
        hyper = new double[count];
        for (int p = 1; p < count; p++) {
            int symmetric = p <= n ? p : p - count;
            double sin = Math.sin(symmetric * Math.PI / count);
            double sin2 = sin * sin;
            log[p] = r[p] - (Math.PI / n) * Math.log(4 * sin2);
            hyper[p] = (p % 2 == 1 ? 1 : -1) / (4 * n * sin2);
        }
    }
}
