package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Kress's weights against their defining sums and against the integrals they must reproduce:
 * for |m| &lt; n, sum_j R_{i-j} e^{i m s_j} = int ln(4 sin^2((s_i - sigma)/2)) e^{i m sigma} d sigma
 * = -(2 pi/|m|) e^{i m s_i} (0 for m = 0), and sum_j T_{i-j} e^{i m s_j} = finite part of
 * int e^{i m sigma}/(4 pi sin^2((s_i - sigma)/2)) d sigma = -|m| e^{i m s_i}.
 */
class KressWeightsTest {
    @Test
    void weightsMatchTheirDefinitions() {
        for (int n : new int[] {2, 8, 64}) {
            KressWeights w = new KressWeights(n);
            for (int p = 0; p < 2 * n; p++) {
                double r = 0;
                double t = 0;
                for (int m = 1; m < n; m++) {
                    r -= (2 * Math.PI / n) * Math.cos(m * p * Math.PI / n) / m;
                    t -= Math.cos(m * p * Math.PI / n) * m / n;
                }
                double sign = p % 2 == 0 ? 1 : -1;
                r -= Math.PI / ((double) n * n) * sign;
                t -= 0.5 * sign;
                if (p == 0) {
                    assertEquals(r, w.r0, 1e-14);
                    assertEquals(t, w.t0, 1e-13 * n);
                    continue;
                }
                double sin2 = Math.pow(Math.sin(p * Math.PI / (2 * n)), 2);
                assertEquals(r - (Math.PI / n) * Math.log(4 * sin2), w.log[p], 1e-13, "n " + n + " p " + p);
                assertEquals(t - 1 / (4 * n * sin2), w.hyper[p], 1e-12 * n, "n " + n + " p " + p);
            }
        }
    }

    @Test
    void weightsIntegrateTrigonometricPolynomialsExactly() {
        int n = 16;
        KressWeights w = new KressWeights(n);
        for (int m = -(n - 1); m < n; m++) {
            for (int i : new int[] {0, 5, 31}) {
                double rRe = 0;
                double rIm = 0;
                double tRe = 0;
                double tIm = 0;
                for (int j = 0; j < 2 * n; j++) {
                    int p = Math.floorMod(i - j, 2 * n);
                    double sin2 = p == 0 ? 0 : Math.pow(Math.sin(p * Math.PI / (2 * n)), 2);
                    // undo the combination with the subtracted singular parts
                    double rp = p == 0 ? w.r0 : w.log[p] + (Math.PI / n) * Math.log(4 * sin2);
                    double tp = p == 0 ? w.t0 : w.hyper[p] + 1 / (4 * n * sin2);
                    double s = Math.PI * j / n;
                    rRe += rp * Math.cos(m * s);
                    rIm += rp * Math.sin(m * s);
                    tRe += tp * Math.cos(m * s);
                    tIm += tp * Math.sin(m * s);
                }
                double si = Math.PI * i / n;
                double logIntegral = m == 0 ? 0 : -2 * Math.PI / Math.abs(m);
                assertEquals(logIntegral * Math.cos(m * si), rRe, 1e-13);
                assertEquals(logIntegral * Math.sin(m * si), rIm, 1e-13);
                assertEquals(-Math.abs(m) * Math.cos(m * si), tRe, 1e-12);
                assertEquals(-Math.abs(m) * Math.sin(m * si), tIm, 1e-12);
            }
        }
    }
}
