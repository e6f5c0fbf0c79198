package scatter.physics.fmm;

/**
 * The discrete Fourier transform of one power-of-two length, in place on split real and imaginary
 * arrays: X_k = sum_j x_j exp(-2 pi i j k / N) forward, and the inverse with exp(+...) and 1/N.
 * Iterative radix-2 decimation in time (Cooley and Tukey 1965) with the twiddle factors
 * tabulated once, from Math.cos and Math.sin of each angle (not by recurrence), so that the
 * transform's error stays near eps log2 N. Immutable; the arrays passed in are the only state.
 */
final class Radix2Fft {
    private final int n;
    private final int[] reversed;
    private final double[] cos;
    private final double[] sin;

    Radix2Fft(int n) {
        if (n < 1 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT length must be a power of two: " + n);
        }
        this.n = n;
        int bits = Integer.numberOfTrailingZeros(n);
        reversed = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
        }
        cos = new double[n / 2];
        sin = new double[n / 2];
        for (int i = 0; i < n / 2; i++) {
            double angle = -2 * Math.PI * i / n;
            cos[i] = Math.cos(angle);
            sin[i] = Math.sin(angle);
        }
    }

    int length() {
        return n;
    }

    /** The forward transform of (re, im), in place. */
    void forward(double[] re, double[] im) {
        transform(re, im, 1);
    }

    /** The inverse transform of (re, im), in place, including the factor 1/N. */
    void inverse(double[] re, double[] im) {
        transform(re, im, -1);
        double scale = 1.0 / n;
        for (int i = 0; i < n; i++) {
            re[i] *= scale;
            im[i] *= scale;
        }
    }

    private void transform(double[] re, double[] im, int sign) {
        for (int i = 0; i < n; i++) {
            int j = reversed[i];
            if (j > i) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int half = 1; half < n; half *= 2) {
            int step = n / (2 * half);
            for (int start = 0; start < n; start += 2 * half) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * step];
                    double wi = sign * sin[k * step];
                    int a = start + k;
                    int b = a + half;
                    double tr = wr * re[b] - wi * im[b];
                    double ti = wr * im[b] + wi * re[b];
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }
}
