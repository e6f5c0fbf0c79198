package scatter.geometry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Several obstacles: when they are apart, and which one a point is in. */
class ObstaclesTest {
    /** A circle of radius r about (cx, cy), nc segments, anticlockwise from (cx + r, cy). */
    private static Contour circle(double cx, double cy, double r, int nc) {
        double[] x = new double[nc + 1];
        double[] y = new double[nc + 1];
        for (int s = 0; s <= nc; s++) {
            x[s] = cx + r * Math.cos(2 * Math.PI * s / nc);
            y[s] = cy + r * Math.sin(2 * Math.PI * s / nc);
        }
        return Contour.simpleClosed(x, y);
    }

    @Test
    void closeButApartIsAllowedDownToAGapOfAMillionthOfTheSize() {
        // unit circles whose vertices at (1, 0) and (1 + gap, 0) face each other
        for (double gap : new double[] {0.01, 1e-6}) {
            assertDoesNotThrow(() -> Obstacles.apart(List.of(circle(0, 0, 1, 128), circle(2 + gap, 0, 1, 128))));
        }
    }

    @Test
    void touchingOverlappingAndNestedObstaclesAreNamed() {
        ContourException touch = assertThrows(ContourException.class,
                () -> Obstacles.apart(List.of(circle(0, 0, 1, 128), circle(2, 0, 1, 128))));
        assertEquals(ContourException.Reason.OBSTACLES_MEET, touch.reason());
        assertTrue(touch.getMessage().startsWith("obstacles 1 and 2 touch near (1, 0)"), touch.getMessage());
        ContourException overlap = assertThrows(ContourException.class, () -> Obstacles.apart(List.of(
                circle(-5, 0, 1, 64), circle(0, 0, 1, 64), circle(1.5, 0, 1, 64))));
        assertTrue(overlap.getMessage().startsWith("obstacles 2 and 3 overlap"), overlap.getMessage());
        ContourException nested = assertThrows(ContourException.class, () -> Obstacles.apart(List.of(
                circle(0.1, 0, 0.2, 64), circle(0, 0, 1, 64))));
        assertTrue(nested.getMessage().startsWith("obstacle 1 lies inside obstacle 2"), nested.getMessage());
    }

    @Test
    void eachPointIsNumberedByTheObstacleItIsIn() {
        Obstacles o = new Obstacles(List.of(circle(-3, 0, 1, 64), circle(0, 0, 1, 64), circle(3, 1, 0.5, 64)),
                InsideTest.Kind.WINDING);
        assertEquals(1, o.obstacle(-3, 0.5));
        assertEquals(2, o.obstacle(0.2, -0.3));
        assertEquals(3, o.obstacle(3, 1.2));
        assertEquals(0, o.obstacle(1.5, 0));
        assertEquals(0, o.obstacle(3, 0));
        assertTrue(o.contains(-3, 0) && !o.contains(10, 10));
        // on a contour: that obstacle's boundary rule
        assertEquals(3, o.obstacle(3.5, 1));
    }

    @Test
    void segmentDistanceIsTheLeastDistanceBetweenTheirPoints() {
        Random random = new Random(17);
        for (int n = 0; n < 200; n++) {
            double[] p = new double[8];
            for (int c = 0; c < 8; c++) {
                p[c] = random.nextDouble() * 4 - 2;
            }
            // brute force: the least distance over finely sampled points of both segments
            double least = Double.POSITIVE_INFINITY;
            int samples = 400;
            for (int a = 0; a <= samples; a++) {
                double ax = p[0] + (p[2] - p[0]) * a / samples;
                double ay = p[1] + (p[3] - p[1]) * a / samples;
                for (int b = 0; b <= samples; b++) {
                    least = Math.min(least, Math.hypot(ax - p[4] - (p[6] - p[4]) * b / samples,
                            ay - p[5] - (p[7] - p[5]) * b / samples));
                }
            }
            double d = Obstacles.distance(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
            // sampling finds the distance to within the sample spacing (at most 4 sqrt(2) / 400)
            assertTrue(d <= least + 1e-12 && least - d <= 0.015, n + ": " + d + " against " + least);
        }
    }
}
