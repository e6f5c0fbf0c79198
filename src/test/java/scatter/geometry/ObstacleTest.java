package scatter.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import scatter.TestShapes;

/** The winding-number test, the teaching code's test, and the boundary rule. */
class ObstacleTest {
    /**
     * Independent check: the winding number as the sum of the angles each segment subtends,
     * as reference.py computes it (|sum| &gt; pi means inside).
     */
    static boolean angleSumInside(Contour c, double px, double py) {
        double sum = 0;
        for (int s = 0; s < c.segments(); s++) {
            double ax = c.x(s) - px;
            double ay = c.y(s) - py;
            double bx = c.x(s + 1) - px;
            double by = c.y(s + 1) - py;
            sum += Math.atan2(ax * by - ay * bx, ax * bx + ay * by);
        }
        return Math.abs(sum) > Math.PI;
    }

    @Test
    void windingAgreesWithAngleSumOnNonConvexContours() {
        String[][] shapes = {
            {TestShapes.STAR_X, TestShapes.STAR_Y},
            {TestShapes.COMB_X, TestShapes.COMB_Y},
            {"cos(2*pi*t) + 0.7*cos(4*pi*t)", "sin(2*pi*t)"},                               // a bean
            {"cos(2*pi*t + 0.5*sin(2*pi*t + 0.9))", "sin(2*pi*t)"},                          // the default
        };
        Random random = new Random(7);
        for (String[] shape : shapes) {
            for (int nc : new int[] {7, 64, 1000}) {
                Contour c;
                try {
                    c = ContourTest.fromExpressions(shape[0], shape[1], nc);
                } catch (ContourException e) {
                    continue; // too coarse to be simple, e.g. the comb with 7 segments
                }
                WindingInsideTest winding = new WindingInsideTest(c);
                int inside = 0;
                for (int p = 0; p < 4000; p++) {
                    double x = -2.5 + 5 * random.nextDouble();
                    double y = -2.5 + 5 * random.nextDouble();
                    boolean expected = angleSumInside(c, x, y);
                    assertEquals(expected, winding.contains(x, y), shape[0] + ", nc " + nc + " at (" + x + ", " + y + ")");
                    inside += expected ? 1 : 0;
                }
                assertTrue(inside > 100, "the sample reaches inside");
            }
        }
    }

    @Test
    void windingCountsAVertexOnTheRayOnce() {
        // a diamond: the ray from (0, 0) passes exactly through the vertex (1, 0)
        Contour diamond = new Contour(new double[] {1, 0, -1, 0, 1}, new double[] {0, 1, 0, -1, 0});
        WindingInsideTest w = new WindingInsideTest(diamond);
        assertTrue(w.contains(0, 0));
        assertTrue(w.contains(-0.5, 0));
        assertFalse(w.contains(-1.5, 0));
        assertFalse(w.contains(0.6, 0.6));
        assertFalse(w.contains(Double.NaN, 0));
    }

    @Test
    void crossTestMissesTheStarsLobesWhereWindingDoesNot() {
        Contour star = ContourTest.fromExpressions(TestShapes.STAR_X, TestShapes.STAR_Y, 128);
        // inside a lobe (radius 1.3 at angle 0), outside the convex core
        assertTrue(new WindingInsideTest(star).contains(1.2, 0));
        assertFalse(new ConvexInsideTest(star).contains(1.2, 0));
        assertTrue(new ConvexInsideTest(star).contains(0, 0));
    }

    @Test
    void nodesOnTheContourBelongToTheObstacle() {
        Contour diamond = new Contour(new double[] {1, 0.5, 0, -0.5, -1, -0.5, 0, 0.5, 1},
                new double[] {0, 0.5, 1, 0.5, 0, -0.5, -1, -0.5, 0});
        NearContour near = new NearContour(diamond, 1e-9 * diamond.size());
        Obstacle obstacle = new Obstacle(diamond, InsideTest.Kind.WINDING);
        // vertices, segment midpoints, any point of a segment
        double[][] on = {{1, 0}, {0.5, 0.5}, {0.75, 0.25}, {-0.25, -0.75}, {0.1, 0.9}, {0.75 + 1e-10, 0.25}};
        for (double[] p : on) {
            assertTrue(near.contains(p[0], p[1]), p[0] + ", " + p[1]);
            assertTrue(obstacle.contains(p[0], p[1]), p[0] + ", " + p[1]);
        }
        // a hair further out is field region again
        assertFalse(near.contains(0.75 + 1e-8, 0.25));
        assertFalse(obstacle.contains(0.75 + 1e-8, 0.25));
        assertFalse(near.contains(0, 0));
        assertTrue(obstacle.contains(0, 0));
    }
}
