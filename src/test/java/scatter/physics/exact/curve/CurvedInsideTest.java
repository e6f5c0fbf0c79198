package scatter.physics.exact.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link PolygonInsideTest} on boundaries with curved sides, against hand-computed geometry: the
 * half-disc (inside iff y &gt; 0 and x^2 + y^2 &lt; 1, the distance to the arc | |z| - 1 |) and Kress's
 * teardrop x = 2 sin(pi t), y = -sin(2 pi t) (inside iff 0 &lt; x &lt; 2 and |y| &lt; x sqrt(1 - x^2/4):
 * the two points of abscissa x have sin(pi t) = x/2 and y = -+2 sin(pi t) cos(pi t)), including
 * points between a polyline piece's chord and the arc, where the polyline alone would answer wrong.
 */
class CurvedInsideTest {
    private static PolygonBoundary boundary(DoubleUnaryOperator x, DoubleUnaryOperator y) {
        List<Corner> corners = null;
        try {
            SmoothCurve.of(x, y);
        } catch (CurveNotSmoothException e) {
            corners = e.corners();
        }
        assertNotNull(corners);
        PolygonBoundary b = PolygonBoundary.of(x, y, corners);
        assertNotNull(b);
        assertFalse(b.straight());
        return b;
    }

    static PolygonBoundary halfDisc() {
        return boundary(t -> t < 0.5 ? Math.cos(2 * Math.PI * t) : 4 * t - 3, t -> t < 0.5 ? Math.sin(2 * Math.PI * t) : 0);
    }

    @Test
    void theHalfDiscsArcIsItsOwnNotItsPolylines() {
        PolygonInsideTest test = new PolygonInsideTest(halfDisc());
        // mid-piece of the arc's polyline: the chord is 1 - cos(pi/(2 PIECES)) ~ 4.7e-6 inside the arc
        double sagitta = 1 - Math.cos(Math.PI / (2 * PolygonInsideTest.PIECES));
        assertTrue(sagitta > 4e-6, "the lens is wide enough to be missed: " + sagitta);
        for (int l : new int[] {3, 100, 255, 256, 400, 508}) {
            double a = Math.PI * (l + 0.5) / PolygonInsideTest.PIECES;
            for (double r : new double[] {1 - 0.5 * sagitta, 1 - 1e-8, 1 - 0.9 * sagitta}) {
                assertTrue(test.contains(r * Math.cos(a), r * Math.sin(a)), "r " + r + " at " + a);
                assertEquals(1 - r, test.distance(r * Math.cos(a), r * Math.sin(a)), 1e-15);
            }
            for (double r : new double[] {1 + 1e-8, 1 + 0.5 * sagitta, 1 + 2 * sagitta}) {
                assertFalse(test.contains(r * Math.cos(a), r * Math.sin(a)), "r " + r + " at " + a);
                assertEquals(r - 1, test.distance(r * Math.cos(a), r * Math.sin(a)), 1e-15);
            }
            // within 1e-9 of the size (2) of the arc: on the boundary, counted inside
            assertTrue(test.onBoundary((1 + 1e-9) * Math.cos(a), (1 + 1e-9) * Math.sin(a)));
            assertTrue(test.contains((1 + 1e-9) * Math.cos(a), (1 + 1e-9) * Math.sin(a)));
        }
        assertTrue(test.contains(0.3, 1e-8));
        assertFalse(test.contains(0.3, -1e-8));
        assertFalse(test.contains(0, 1.001));
        assertFalse(test.contains(1.0 + 1e-7, 1e-7));
        Random random = new Random(18);
        for (int i = 0; i < 20000; i++) {
            double x = -1.2 + 2.4 * random.nextDouble();
            double y = -0.2 + 1.4 * random.nextDouble();
            double arc = y >= 0 ? Math.abs(Math.hypot(x, y) - 1) : Math.hypot(Math.abs(x) - 1, y);
            double diameter = Math.abs(x) <= 1 ? Math.abs(y) : Math.hypot(Math.abs(x) - 1, y);
            double distance = Math.min(arc, diameter);
            assertEquals(distance, test.distance(x, y), 1e-14, x + ", " + y);
            if (distance > 1e-8) {
                assertEquals(y > 0 && x * x + y * y < 1, test.contains(x, y), x + ", " + y);
            }
        }
    }

    @Test
    void theTeardropsInsideIsWhereHandGeometrySaysItIs() {
        PolygonInsideTest test = new PolygonInsideTest(boundary(t -> 2 * Math.sin(Math.PI * t),
                t -> -Math.sin(2 * Math.PI * t)));
        Random random = new Random(18);
        int inside = 0;
        for (int i = 0; i < 20000; i++) {
            double x = -0.2 + 2.4 * random.nextDouble();
            double half = x > 0 && x < 2 ? x * Math.sqrt(1 - x * x / 4) : 0;
            // near the boundary too: |y| within 1e-5 of the curve at this x for a quarter of the points
            double y = i % 4 == 0 && half > 0 ? (random.nextBoolean() ? 1 : -1) * (half + 1e-5 * (2 * random.nextDouble() - 1))
                    : -1 + 2 * random.nextDouble();
            boolean expected = x > 0 && x < 2 && Math.abs(y) < half;
            // skip what the 1e-9 boundary rule decides: the curve's slope is at most 1 + ..., so a
            // vertical offset of 1e-8 is at least 1e-8/sqrt(1 + slope^2) away
            double slope = x > 0 && x < 2 ? Math.abs((1 - x * x / 2) / Math.sqrt(1 - x * x / 4)) : 0;
            if (Math.abs(Math.abs(y) - half) < 1e-8 * Math.sqrt(1 + slope * slope) + 1e-8 || x < 1e-6 || x > 2 - 1e-3) {
                continue;
            }
            assertEquals(expected, test.contains(x, y), x + ", " + y);
            inside += expected ? 1 : 0;
        }
        assertTrue(inside > 2000, "inside " + inside);
    }
}
