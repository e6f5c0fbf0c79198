package scatter.physics.exact.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The polygon's inside test on the L-shape (0,0), (2,0), (2,1), (1,1), (1,2), (0,2), against what its
 * geometry says: inside, in the notch, on sides (within 1e-9 of the size: inside), and on rays
 * through vertices, where a crossing-number test counts a vertex twice if it is careless.
 */
class PolygonInsideTestTest {
    private static final PolygonBoundary L = PolygonBoundary.of(new double[] {0, 2, 2, 1, 1, 0},
            new double[] {0, 0, 1, 1, 2, 2});

    @Test
    void theLShapesPointsAreWhereItsGeometrySays() {
        PolygonInsideTest test = new PolygonInsideTest(L);
        double[][] inside = {{0.5, 0.5}, {1.5, 0.5}, {0.5, 1.5}, {0.5, 1}, {0.999, 1.999}, {1.9, 0.1}};
        double[][] outside = {{1.5, 1.5}, {2.5, 1}, {-0.5, 1}, {1.5, 2}, {3, 0}, {-1, 2}, {1.0001, 1.0001}};
        double[][] onSides = {{1, 1.5}, {1.5, 1}, {0, 0}, {2, 0.5}, {1, 1}, {0.3, 2 + 1e-10}};
        for (double[] p : inside) {
            assertEquals(true, test.contains(p[0], p[1]), p[0] + ", " + p[1]);
            assertEquals(false, test.onBoundary(p[0], p[1]), p[0] + ", " + p[1]);
        }
        for (double[] p : outside) {
            assertEquals(false, test.contains(p[0], p[1]), p[0] + ", " + p[1]);
        }
        for (double[] p : onSides) {
            assertEquals(true, test.onBoundary(p[0], p[1]), p[0] + ", " + p[1]);
            assertEquals(true, test.contains(p[0], p[1]), p[0] + ", " + p[1]);
        }
        assertEquals(0.5, test.distance(1.5, 1.5), 1e-15);
        assertEquals(Math.sqrt(2), test.distance(3, 2), 1e-15);
    }
}
