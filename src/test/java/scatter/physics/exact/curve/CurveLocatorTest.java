package scatter.physics.exact.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The nearest point of the curve, as the fast evaluation locates it from its samples
 * ({@link CurveLocator#locateFromSamples}): on the circle against its closed form (the point
 * R p/|p|), and on the default obstacle against the definition (no point of a dense polygon of the
 * curve is nearer) and against {@link CurveLocator#locate}, the direct sum's.
 */
class CurveLocatorTest {
    @Test
    void onTheCircleTheNearestPointIsTheRadialOne() {
        SmoothCurve circle = SmoothCurve.of(t -> Math.cos(2 * Math.PI * t), t -> Math.sin(2 * Math.PI * t));
        CurveLocator locator = new CurveLocator(circle, 256, 0.3);
        Random random = new Random(3);
        double[] out = new double[7];
        double[] scratch = new double[6];
        for (int i = 0; i < 2000; i++) {
            double angle = 2 * Math.PI * random.nextDouble();
            double r = 1 + (random.nextDouble() - 0.5) * 0.4 * Math.pow(10, -8 * random.nextDouble());
            double px = r * Math.cos(angle);
            double py = r * Math.sin(angle);
            assertTrue(locator.locateFromSamples(px, py, out, scratch));
            double s = out[0] - 2 * Math.PI * Math.floor(out[0] / (2 * Math.PI));
            double ds = Math.abs(s - angle);
            assertTrue(Math.min(ds, 2 * Math.PI - ds) < 1e-13, "s* " + s + " against " + angle);
            assertEquals(Math.cos(angle), out[1], 1e-14);
            assertEquals(Math.sin(angle), out[2], 1e-14);
            assertEquals(Math.abs(r - 1), out[5], 1e-14);
            assertEquals(r - 1, out[6], 1e-14);
        }
        assertFalse(locator.locateFromSamples(2, 0, out, scratch));
    }

    @Test
    void onTheDefaultObstacleNoPointIsNearerAndTheDirectSearchAgrees() {
        SmoothCurve curve = SmoothCurve.of(t -> Math.cos(2 * Math.PI * t + 0.5 * Math.sin(2 * Math.PI * t + 0.9)),
                t -> Math.sin(2 * Math.PI * t));
        CurveLocator locator = new CurveLocator(curve, 512, 0.1);
        int dense = 1 << 16;
        double[][] z = Fourier.values(curve.coefficients(), 0, dense);
        Random random = new Random(5);
        double[] fast = new double[7];
        double[] direct = new double[7];
        double[] scratch = new double[6];
        int located = 0;
        for (int i = 0; i < 400; i++) {
            int j = random.nextInt(dense);
            double off = (random.nextDouble() - 0.5) * 0.16 * Math.pow(10, -6 * random.nextDouble());
            double px = z[0][j] + off * random.nextGaussian();
            double py = z[1][j] + off * random.nextGaussian();
            boolean found = locator.locateFromSamples(px, py, fast, scratch);
            assertEquals(locator.locate(px, py, direct, scratch), found);
            if (!found) {
                continue;
            }
            located++;
            for (int c = 0; c < 7; c++) {
                assertEquals(direct[c], fast[c], 1e-13 * Math.max(1, Math.abs(direct[c])), "component " + c);
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (int q = 0; q < dense; q++) {
                nearest = Math.min(nearest, Math.hypot(px - z[0][q], py - z[1][q]));
            }
            // the polygon's points lie on the curve: none nearer than the nearest point, and one
            // within about half the polygon's spacing (|z'| 2 pi / 2^16 at most 1.5e-4) of it along
            // the curve, so nearer than sqrt(delta^2 + 0.75e-4^2), the curvature's share aside
            assertTrue(fast[5] <= nearest + 1e-14, fast[5] + " against " + nearest);
            assertTrue(nearest * nearest - fast[5] * fast[5] < 1e-8, fast[5] + " against " + nearest);
        }
        assertTrue(located > 300, located + " located");
    }

    @Test
    void theEstimateIsAsAccurateAsItSaysOrDeclines() {
        SmoothCurve smooth = SmoothCurve.of(t -> Math.cos(2 * Math.PI * t + 0.5 * Math.sin(2 * Math.PI * t + 0.9)),
                t -> Math.sin(2 * Math.PI * t));
        // ripples of 40 periods: on 256 samples the cubic about a sample cannot follow them
        SmoothCurve rippled = SmoothCurve.of(t -> (1 + 0.05 * Math.cos(2 * Math.PI * 40 * t)) * Math.cos(2 * Math.PI * t),
                t -> (1 + 0.05 * Math.cos(2 * Math.PI * 40 * t)) * Math.sin(2 * Math.PI * t));
        int[][] outcomes = new int[2][3];
        for (int c = 0; c < 2; c++) {
            SmoothCurve curve = c == 0 ? smooth : rippled;
            CurveLocator locator = new CurveLocator(curve, c == 0 ? 2048 : 256, 0.05);
            double[][] z = Fourier.values(curve.coefficients(), 0, 1 << 12);
            Random random = new Random(17);
            double[] estimate = new double[7];
            double[] exact = new double[7];
            double[] scratch = new double[6];
            for (int i = 0; i < 3000; i++) {
                int j = random.nextInt(1 << 12);
                double off = 0.06 * Math.pow(10, -5 * random.nextDouble());
                double angle = 2 * Math.PI * random.nextDouble();
                double px = z[0][j] + off * Math.cos(angle);
                double py = z[1][j] + off * Math.sin(angle);
                int result = locator.estimate(px, py, estimate);
                boolean found = locator.locate(px, py, exact, scratch);
                if (found && exact[5] > 1e-3) {
                    outcomes[c][result + 1]++;
                }
                assertEquals(found, result != 0);
                if (result == 1) {
                    double accuracy = CurveLocator.ESTIMATE_ACCURACY;
                    assertEquals(exact[5], estimate[5], accuracy * exact[5], "distance");
                    double speed = Math.hypot(exact[3], exact[4]);
                    assertEquals(speed, Math.hypot(estimate[3], estimate[4]), accuracy * speed, "|z'|");
                    assertEquals(exact[6], estimate[6], accuracy * exact[5], "signed distance");
                }
            }
        }
        // more than a thousandth off the smooth curve the estimate serves nearly everywhere (the
        // error bound is absolute: closer, more of it is declined); the ripples mostly declined
        assertTrue(outcomes[0][2] > 0.95 * (outcomes[0][0] + outcomes[0][2]) && outcomes[0][2] > 500,
                "smooth: declined " + outcomes[0][0] + ", estimated " + outcomes[0][2]);
        assertTrue(outcomes[1][0] > outcomes[1][2], "rippled: declined " + outcomes[1][0] + ", estimated " + outcomes[1][2]);
    }
}
