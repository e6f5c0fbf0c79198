package scatter.physics.exact.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The FFT against the direct sum of its definition, and the spectral interpolation, derivatives and
 * differences against closed forms of trigonometric polynomials.
 */
class FourierTest {
    @Test
    void fftMatchesTheDirectSumAndStaysAccurateForLargeSizes() {
        Random random = new Random(7);
        for (int size : new int[] {1, 2, 8, 64, 1024}) {
            double[] re = new double[size];
            double[] im = new double[size];
            for (int j = 0; j < size; j++) {
                re[j] = random.nextGaussian();
                im[j] = random.nextGaussian();
            }
            double[] fr = re.clone();
            double[] fi = im.clone();
            new Fft(size).transform(fr, fi, false);
            double error = 0;
            double scale = 0;
            for (int k = 0; k < size; k++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < size; j++) {
                    // the angle reduced exactly: (j k mod N) / N
                    double angle = -2 * Math.PI * (((long) j * k) % size) / size;
                    sr += re[j] * Math.cos(angle) - im[j] * Math.sin(angle);
                    si += re[j] * Math.sin(angle) + im[j] * Math.cos(angle);
                }
                error = Math.max(error, Math.hypot(fr[k] - sr, fi[k] - si));
                scale = Math.max(scale, Math.hypot(sr, si));
            }
            assertTrue(error < 1e-14 * scale, "size " + size + ": " + error / scale);
        }
        // one mode at N = 2^16: the inverse transform of e_1 is e^{2 pi i j/N}, to rounding
        int size = 1 << 16;
        double[] re = new double[size];
        double[] im = new double[size];
        re[1] = 1;
        new Fft(size).transform(re, im, true);
        double error = 0;
        for (int j = 0; j < size; j++) {
            double angle = 2 * Math.PI * j / size;
            error = Math.max(error, Math.hypot(re[j] - Math.cos(angle), im[j] - Math.sin(angle)));
        }
        assertTrue(error < 1e-15, "a single mode at 2^16: " + error);
    }

    /** f(s) = 0.3 - 0.2i + e^{is} + 0.25 e^{-2is} + 0.1i e^{5is}. */
    private static double[] f(double s, int order) {
        double[][] terms = {{0, 0.3, -0.2}, {1, 1, 0}, {-2, 0.25, 0}, {5, 0, 0.1}};
        double re = 0;
        double im = 0;
        for (double[] t : terms) {
            int m = (int) t[0];
            if (order > 0 && m == 0) {
                continue;
            }
            // (i m)^order c e^{ims}
            double fr = Math.pow(m, order) * Math.cos(order * Math.PI / 2);
            double fi = Math.pow(m, order) * Math.sin(order * Math.PI / 2);
            double cr = t[1] * fr - t[2] * fi;
            double ci = t[1] * fi + t[2] * fr;
            re += cr * Math.cos(m * s) - ci * Math.sin(m * s);
            im += cr * Math.sin(m * s) + ci * Math.cos(m * s);
        }
        return new double[] {re, im};
    }

    @Test
    void interpolatesDerivativesAndDifferencesOfATrigonometricPolynomial() {
        int samples = 16;
        double[] re = new double[samples];
        double[] im = new double[samples];
        for (int j = 0; j < samples; j++) {
            double[] v = f(2 * Math.PI * j / samples, 0);
            re[j] = v[0];
            im[j] = v[1];
        }
        double[][] c = Fourier.coefficients(re, im);
        for (int points : new int[] {4, 16, 64}) {
            for (int order = 0; order <= 3; order++) {
                double[][] v = Fourier.values(c, order, points);
                for (int l = 0; l < points; l++) {
                    double[] exact = f(2 * Math.PI * l / points, order);
                    if (points >= 16 || order == 0) {   // 4 points alias the e^{5is} term only through sampling
                        assertEquals(exact[0], v[0][l], 2e-14 * Math.pow(5, order), "order " + order);
                        assertEquals(exact[1], v[1][l], 2e-14 * Math.pow(5, order), "order " + order);
                    }
                }
            }
        }
        // differences over a tiny step keep their relative accuracy
        double h = 1e-9;
        double[][] d = Fourier.differences(c, 64, h);
        TrigSeries series = new TrigSeries(c, 8);
        double[] out = new double[4];
        double[] value = new double[2];
        double[] all = new double[6];
        for (int l = 0; l < 64; l++) {
            double s = 2 * Math.PI * l / 64;
            // f(s + h) - f(s) = h f'(s) + h^2/2 f''(s) + O(h^3)
            double[] d1 = f(s, 1);
            double[] d2 = f(s, 2);
            double er = h * d1[0] + 0.5 * h * h * d2[0];
            double ei = h * d1[1] + 0.5 * h * h * d2[1];
            double size = Math.hypot(er, ei);
            assertEquals(er, d[0][l], 1e-14 * size);
            assertEquals(ei, d[1][l], 1e-14 * size);
            series.difference(s, h, out);
            assertEquals(er, out[0], 1e-14 * size);
            assertEquals(ei, out[1], 1e-14 * size);
            double[] at = f(s + h, 1);
            assertEquals(at[0], out[2], 1e-13);
            assertEquals(at[1], out[3], 1e-13);
            // the series between the points
            double t = s + 0.37;
            series.value(t, value);
            series.derivatives(t, all);
            for (int order = 0; order <= 2; order++) {
                double[] exact = f(t, order);
                assertEquals(exact[0], all[2 * order], 1e-13 * Math.pow(5, order));
                assertEquals(exact[1], all[2 * order + 1], 1e-13 * Math.pow(5, order));
            }
            assertEquals(f(t, 0)[0], value[0], 1e-14);
            assertEquals(f(t, 0)[1], value[1], 1e-14);
        }
    }
}
