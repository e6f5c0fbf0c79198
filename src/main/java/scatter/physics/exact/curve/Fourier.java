package scatter.physics.exact.curve;

/**
 * Trigonometric interpolation of complex periodic samples by FFT ({@link Fft}, power-of-two sizes).
 *
 * <p>Samples f_j = f(2 pi j / N), j = 0..N-1, have the coefficients
 * c_m = (1/N) sum_j f_j e^{-2 pi i j m / N}, stored in FFT order (index m for 0 &lt;= m &lt; N/2,
 * m + N for -N/2 &lt; m &lt; 0). The interpolant is f(s) = sum_{|m| &lt; N/2} c_m e^{i m s}
 * + c_{N/2} cos(N s / 2): the Nyquist coefficient is split evenly between +N/2 and -N/2, so that
 * the interpolant of real samples is real, and it drops out of odd derivatives at the sample
 * points (Kress, Linear Integral Equations, 3rd ed. 2014, section 11.3).
 */
public final class Fourier {
    private Fourier() {
    }

    /** The coefficients c_m of the samples re + i im (N = re.length, a power of two), in FFT order. */
    public static double[][] coefficients(double[] re, double[] im) {
        int n = re.length;
        double[][] data = {re.clone(), im.clone()};
        new Fft(n).transform(data[0], data[1], false);
        for (int m = 0; m < n; m++) {
            data[0][m] /= n;
            data[1][m] /= n;
        }
        return data;
    }

    /** Frequency m of FFT index k for N coefficients; the Nyquist index N/2 gives +N/2. */
    static int frequency(int k, int n) {
        return k <= n / 2 ? k : k - n;
    }

    /**
     * The derivative of order {@code order} of the interpolant of coefficients c (N of them, FFT
     * order) at the L equispaced points s_l = 2 pi l / L, L a power of two. L &gt;= N pads the
     * spectrum with zeros; L &lt; N evaluates at N points and keeps every (N/L)-th.
     *
     * @return {re, im}, each of length L
     */
    public static double[][] values(double[][] c, int order, int points) {
        return evaluate(c, points, (m, f) -> {
            double fr = 1;
            double fi = 0;
            for (int p = 0; p < order; p++) {
                double t = -fi * m;     // times i m
                fi = fr * m;
                fr = t;
            }
            f[0] = fr;
            f[1] = fi;
        });
    }

    /**
     * The differences f(s_l + h) - f(s_l) of the interpolant at the L equispaced points s_l, formed
     * from the series as sum_m c_m e^{i m s_l} 2i sin(m h/2) e^{i m h/2}: accurate relative to
     * |f(s_l + h) - f(s_l)| even when h is small, where subtracting two values would cancel.
     */
    static double[][] differences(double[][] c, int points, double h) {
        return evaluate(c, points, (m, f) -> {
            double twiceSin = 2 * Math.sin(0.5 * m * h);
            double half = 0.5 * m * h;
            // 2i sin(mh/2) (cos(mh/2) + i sin(mh/2))
            f[0] = -twiceSin * Math.sin(half);
            f[1] = twiceSin * Math.cos(half);
        });
    }

    /** The factor applied to the coefficient of frequency m: f[0] + i f[1]. */
    private interface Multiplier {
        void of(int m, double[] f);
    }

    private static double[][] evaluate(double[][] c, int points, Multiplier multiplier) {
        int n = c[0].length;
        int size = Math.max(n, points);
        double[][] data = new double[2][size];
        double[] f = new double[2];
        for (int k = 0; k < n; k++) {
            int m = frequency(k, n);
            if (2 * m == n) {
                // Nyquist term: half at +N/2, half at -N/2 (the same slot when size == N)
                multiplier.of(m, f);
                add(data, 0.5 * c[0][k], 0.5 * c[1][k], f, m);
                multiplier.of(-m, f);
                add(data, 0.5 * c[0][k], 0.5 * c[1][k], f, size - m);
            } else {
                multiplier.of(m, f);
                add(data, c[0][k], c[1][k], f, m >= 0 ? m : m + size);
            }
        }
        new Fft(size).transform(data[0], data[1], true);
        int stride = size / points;
        double[][] out = new double[2][points];
        for (int l = 0; l < points; l++) {
            out[0][l] = data[0][l * stride];
            out[1][l] = data[1][l * stride];
        }
        return out;
    }

    private static void add(double[][] data, double re, double im, double[] f, int slot) {
        data[0][slot] += re * f[0] - im * f[1];
        data[1][slot] += re * f[1] + im * f[0];
    }
}
