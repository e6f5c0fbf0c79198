package scatter.physics.exact.system.rcip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The product weights against the integrals taken another way: composite 16-point Gauss-Legendre on
 * intervals halved 60 times towards the point of [-1, 1] nearest the target (split there when the
 * target is on the interval), which integrates the logarithm's and the near pole's peak to
 * rounding. A polynomial of degree 15 is integrated exactly by the weights.
 */
class ProductWeightsTest {
    /** A polynomial of degree 15 with coefficients of both signs. */
    private static double poly(double t) {
        double s = 0;
        for (int k = 15; k >= 0; k--) {
            s = s * t + Math.sin(1.7 * k + 0.3);
        }
        return s;
    }

    /** int_a^b g over intervals halved towards c (a &lt;= c &lt;= b). */
    private interface Integrand {
        /** The integrand at t = c + s, given both (s keeps its digits where t rounds to c). */
        double[] at(double t, double s);
    }

    private static double[] graded(double a, double b, double c, Integrand g) {
        double[] sum = new double[2];
        for (double[] part : new double[][] {{a, c}, {c, b}}) {
            double lo = part[0];
            double hi = part[1];
            if (hi - lo <= 0) {
                continue;
            }
            boolean towardsLo = lo == c;
            double len = hi - lo;
            for (int level = 0; level <= 60; level++) {
                double s0 = level == 60 ? 0 : len * Math.scalb(1.0, -level - 1);
                double s1 = len * Math.scalb(1.0, -level);
                for (int j = 0; j < Gauss16.N; j++) {
                    double s = 0.5 * (s0 + s1) + 0.5 * (s1 - s0) * Gauss16.node(j);
                    double offset = towardsLo ? s : -s;
                    double w = 0.5 * (s1 - s0) * Gauss16.weight(j);
                    double[] v = g.at(c + offset, offset);
                    sum[0] += w * v[0];
                    sum[1] += w * v[1];
                }
            }
        }
        return sum;
    }

    @Test
    void theWeightsIntegrateAPolynomialAgainstTheLogarithmAndTheCauchyKernel() {
        double[][] targets = {{0.3, 0}, {-0.97, 0}, {1.2, 0}, {0.2, 0.05}, {-0.9, 0.01}, {1.1, 0.3}, {0.5, -0.4}, {-1.3, -0.2}};
        ProductWeights w = new ProductWeights();
        double worstLog = 0;
        double worstCauchy = 0;
        for (double[] z : targets) {
            w.compute(z[0], z[1]);
            double logSum = 0;
            double cRe = 0;
            double cIm = 0;
            for (int j = 0; j < Gauss16.N; j++) {
                double f = poly(Gauss16.node(j));
                logSum += w.logW[j] * f;
                cRe += w.cauchyRe[j] * f;
                cIm += w.cauchyIm[j] * f;
            }
            double c = Math.max(-1, Math.min(1, z[0]));
            double[] log = graded(-1, 1, c, (t, o) -> new double[] {poly(t) * Math.log(Math.hypot((z[0] - c) - o, z[1])), 0});
            worstLog = Math.max(worstLog, Math.abs(logSum - log[0]) / Math.max(1, Math.abs(log[0])));
            if (z[1] != 0) {
                double[] cauchy = graded(-1, 1, c, (t, o) -> {
                    // 1/(t - z) = (t - zr + i zi)/|t - z|^2
                    double dr = o - (z[0] - c);
                    double q = dr * dr + z[1] * z[1];
                    return new double[] {poly(t) * dr / q, poly(t) * z[1] / q};
                });
                double scale = Math.max(1, Math.hypot(cauchy[0], cauchy[1]));
                worstCauchy = Math.max(worstCauchy, Math.hypot(cRe - cauchy[0], cIm - cauchy[1]) / scale);
            }
        }
        System.out.printf("product weights: logarithm %.1e, Cauchy %.1e (relative)%n", worstLog, worstCauchy);
        assertTrue(worstLog < 1e-12, "logarithm " + worstLog);
        assertTrue(worstCauchy < 1e-12, "Cauchy " + worstCauchy);
    }

    @Test
    void nearIsInsideTheEllipseWherePlainGaussLosesDigits() {
        // rho = 3: semi-axes 5/3 and 4/3
        assertTrue(ProductWeights.near(1.6, 0) && !ProductWeights.near(1.7, 0));
        assertTrue(ProductWeights.near(0, 1.3) && !ProductWeights.near(0, 1.4));
    }
}
