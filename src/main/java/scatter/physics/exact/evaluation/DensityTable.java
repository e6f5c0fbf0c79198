package scatter.physics.exact.evaluation;

import scatter.physics.exact.curve.Fourier;

/**
 * The density at arbitrary s from a table of its trigonometric interpolant on
 * {@value #OVERSAMPLING} N equispaced points (zero-padded FFT, N = 2n the points solved for),
 * by Lagrange interpolation on the {@value #STENCIL} table points around s (barycentric form,
 * weights (-1)^i C(q - 1, i) for equispaced points; Berrut and Trefethen, SIAM Review 46, 2004).
 * For the graded rule's window ({@link FixedPanels}): O(q) a value instead of the O(n) of the
 * series ({@link scatter.physics.exact.curve.TrigSeries}).
 *
 * <p>Error: the density's bandwidth B is at most n, so the table's spacing Delta = 2 pi/(64 N)
 * has B Delta &lt;= pi/64 = 0.049; for s in the stencil's middle interval the Lagrange remainder
 * |f^(q)| prod |s - t_i| / q! is at most about sum |c_m| (B Delta)^q ((q/2)!)^2 / q!, 2e-19
 * times sum |c_m| for q = 12,
 * far below the rounding of the table's values (the FFT's, a few units in 1e-16 of max|f|),
 * which the stencil's Lebesgue constant (below 3 in the middle interval) passes on.
 *
 * <p>Immutable. The table takes 2 x 64 N float64: 2 MB at N = 2048.
 */
final class DensityTable {
    /** Table points per point solved for. */
    static final int OVERSAMPLING = 64;
    /** Interpolation points around each s. */
    static final int STENCIL = 12;
    private static final double[] WEIGHTS = new double[STENCIL];

    static {
        double c = 1;
        for (int i = 0; i < STENCIL; i++) {
            WEIGHTS[i] = (i % 2 == 0 ? 1 : -1) * c;
            c = c * (STENCIL - 1 - i) / (i + 1);
        }
    }

    private final double[] re;
    private final double[] im;
    private final int samples;
    private final double step;

    /** @param coefficients the density's FFT coefficients on {@code points} points ({@link Fourier#coefficients}) */
    DensityTable(double[][] coefficients, int points) {
        samples = points * OVERSAMPLING;
        double[][] v = Fourier.values(coefficients, 0, samples);
        re = v[0];
        im = v[1];
        step = 2 * Math.PI / samples;
    }

    /** The density at s, into out[0] + i out[1]. */
    void value(double s, double[] out) {
        double t = s / step;
        double base = Math.floor(t);
        // s at x in [q/2 - 1, q/2) of the stencil's points 0..q-1
        int first = (int) base - (STENCIL / 2 - 1);
        double x = t - base + (STENCIL / 2 - 1);
        double numRe = 0;
        double numIm = 0;
        double den = 0;
        for (int i = 0; i < STENCIL; i++) {
            int at = Math.floorMod(first + i, samples);
            double d = x - i;
            if (d == 0) {
                out[0] = re[at];
                out[1] = im[at];
                return;
            }
            double w = WEIGHTS[i] / d;
            numRe += w * re[at];
            numIm += w * im[at];
            den += w;
        }
        out[0] = numRe / den;
        out[1] = numIm / den;
    }
}
