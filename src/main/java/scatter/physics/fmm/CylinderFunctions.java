package scatter.physics.fmm;

import scatter.physics.Hankel;

/**
 * Bessel and Hankel functions of integer order 0..n at one argument, scaled so that neither
 * overflows where the expansions need high orders at small arguments (boxes much smaller than a
 * wavelength): with a scale t (0 &lt; t &lt;= 1),
 * <pre>
 *   besselJ:  f_m = J_m(x) / t^m,        hankel:  g_m = H_m(x) t^m = (J_m(x) + i Y_m(x)) t^m.
 * </pre>
 * (The scaling of fmm2d's {@code jbessel2d} and {@code h2dall}, rscale there.)
 *
 * <p>J by Miller's backward recurrence J_{m-1} = (2m/x) J_m - J_{m+1} (DLMF 10.6.1, 10.74(iii)),
 * started far enough above max(n, x) that the start's error has decayed below rounding, and
 * normalised by J_0 + 2 sum J_{2m} = 1 (DLMF 10.12.4); intermediate values are rescaled whenever
 * they grow past 1e200. H by forward recurrence from H_0 and H_1 ({@link Hankel}), which is stable
 * for Y (the dominant solution) and so for H relative to |H|.
 */
final class CylinderFunctions {
    /** Rescale Miller's values above this, by {@link #SHRINK}. */
    private static final double BIG = 1e200;
    private static final double SHRINK = 1e-200;

    private CylinderFunctions() {
    }

    /**
     * f_m = J_m(x) / t^m into {@code out[0..n]}, x &gt;= 0, 0 &lt; t &lt;= 1.
     */
    static void besselJ(double x, double t, int n, double[] out) {
        if (x == 0) {
            out[0] = 1;
            for (int m = 1; m <= n; m++) {
                out[m] = 0;
            }
            return;
        }
        // start above max(n, x) by enough for the ratio J_{m+1}/J_m to have settled (the usual
        // rule, e.g. Numerical Recipes' bessj, with a margin growing as x^(1/3) beyond x)
        double top = Math.max(n, x);
        int start = (int) (top + 30 + 10 * Math.cbrt(top));
        start += start & 1;
        double t2 = t * t;
        double next = 0;          // f_{m+1}
        double current = 1e-300;  // f_m, from m = start down
        // J_0 + 2 sum J_{2m} in the current (arbitrary) normalisation, J_m = f_m t^m; where t^m
        // underflows, J_m is negligible next to J_0
        double norm = 2 * current * Math.pow(t, start);
        for (int m = start; m >= 1; m--) {
            double previous = (2.0 * m * t / x) * current - t2 * next; // f_{m-1}
            next = current;
            current = previous;
            int order = m - 1;
            if (order <= n) {
                out[order] = current;
            }
            if (order == 0) {
                norm += current;
            } else if (order % 2 == 0) {
                norm += 2 * current * Math.pow(t, order);
            }
            if (Math.abs(current) > BIG) {
                current *= SHRINK;
                next *= SHRINK;
                norm *= SHRINK;
                for (int i = order; i <= n; i++) {
                    out[i] *= SHRINK;
                }
            }
        }
        double scale = 1 / norm;
        for (int m = 0; m <= n; m++) {
            out[m] *= scale;
        }
    }

    /**
     * g_m = H_m(x) t^m into {@code re[0..n]}, {@code im[0..n]}, x &gt; 0, 0 &lt; t &lt;= 1.
     */
    static void hankel(double x, double t, int n, double[] re, double[] im) {
        double[] h = Hankel.h01(x);
        re[0] = h[0];
        im[0] = h[1];
        if (n == 0) {
            return;
        }
        re[1] = h[2] * t;
        im[1] = h[3] * t;
        double t2 = t * t;
        for (int m = 1; m < n; m++) {
            double c = 2.0 * m * t / x;
            re[m + 1] = c * re[m] - t2 * re[m - 1];
            im[m + 1] = c * im[m] - t2 * im[m - 1];
        }
    }
}
