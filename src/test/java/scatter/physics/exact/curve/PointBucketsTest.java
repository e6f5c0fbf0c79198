package scatter.physics.exact.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The nearest point within the reach against its definition, every point's distance compared
 * (ties to the lower index): points on curves and scattered, with repeated points (exact ties),
 * reaches from a fraction of the spacing to the whole set, queries near and far.
 */
class PointBucketsTest {
    @Test
    void theNearestPointWithinTheReachIsTheOneEveryDistanceGives() {
        Random random = new Random(11);
        int checked = 0;
        for (int trial = 0; trial < 60; trial++) {
            int count = 1 + random.nextInt(trial < 30 ? 3000 : 40);
            double[] x = new double[count];
            double[] y = new double[count];
            boolean curve = trial % 2 == 0;
            for (int j = 0; j < count; j++) {
                if (curve) {
                    double t = 2 * Math.PI * j / count;
                    x[j] = Math.cos(t + 0.5 * Math.sin(t + 0.9)) * (1 + 0.3 * Math.cos(7 * t));
                    y[j] = Math.sin(t);
                } else {
                    x[j] = random.nextDouble() * 3;
                    y[j] = random.nextDouble() * 0.5;
                }
                if (j > 0 && random.nextInt(20) == 0) {
                    x[j] = x[j - 1];
                    y[j] = y[j - 1];
                }
            }
            double reach = Math.pow(10, -3 + 3.5 * random.nextDouble());
            PointBuckets buckets = new PointBuckets(x, y, reach);
            for (int q = 0; q < 300; q++) {
                double px;
                double py;
                if (q % 3 == 0) {
                    px = -1.5 + 5 * random.nextDouble();
                    py = -1.5 + 3 * random.nextDouble();
                } else {
                    int j = random.nextInt(count);
                    double off = reach * 2 * random.nextDouble();
                    double angle = 2 * Math.PI * random.nextDouble();
                    px = x[j] + off * Math.cos(angle);
                    py = y[j] + off * Math.sin(angle);
                }
                assertEquals(bruteForce(x, y, reach, px, py), buckets.nearest(px, py),
                        "trial " + trial + " query (" + px + ", " + py + ") reach " + reach);
                checked++;
            }
        }
        assertEquals(60 * 300, checked);
    }

    private static int bruteForce(double[] x, double[] y, double reach, double px, double py) {
        int best = -1;
        double bestDistance = reach * reach;
        for (int j = 0; j < x.length; j++) {
            double dx = px - x[j];
            double dy = py - y[j];
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = j;
            }
        }
        return best;
    }
}
