package scatter.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import scatter.TestShapes;

/** Closure, orientation, zero-length segments and self-intersection of contours. */
class ContourTest {
    static Contour fromExpressions(String xc, String yc, int nc) {
        return Contour.fromExpressions(ContourExpression.parse(xc), ContourExpression.parse(yc), nc);
    }

    @Test
    void anticlockwiseClosedContourIsKeptAsSampled() {
        Contour c = fromExpressions("cos(2*pi*t)", "sin(2*pi*t)", 16);
        assertEquals(16, c.segments());
        assertEquals(List.of(), c.notes());
        for (int s = 0; s <= 16; s++) {
            assertEquals(Math.cos(2 * Math.PI * s / 16), c.x(s), 1e-15);
            assertEquals(Math.sin(2 * Math.PI * s / 16), c.y(s), 1e-15);
        }
    }

    @Test
    void clockwiseContourIsReversed() {
        Contour c = fromExpressions("cos(2*pi*t)", "-sin(2*pi*t)", 16);
        assertEquals(0, c.notes().size());
        // the area of the regular 16-gon of radius 1, 8 sin(pi/8) ... = 3.0614675, traced clockwise
        assertEquals(-8 * Math.sin(Math.PI / 8), c.clockwiseArea(), 1e-14);
        // point s of the reversed contour is point 16 - s of the sampled one
        for (int s = 0; s <= 16; s++) {
            assertEquals(Math.cos(2 * Math.PI * (16 - s) / 16), c.x(s), 1e-15);
            assertEquals(-Math.sin(2 * Math.PI * (16 - s) / 16), c.y(s), 1e-15);
        }
        double[][] v = c.vertices();
        assertTrue(Contour.signedArea(v[0], v[1]) > 0);
    }

    @Test
    void openContourIsAnErrorSayingByHowMuch() {
        ContourException e = assertThrows(ContourException.class,
                () -> fromExpressions("cos(2*pi*t)", "sin(2*pi*t) + t", 32));
        assertEquals(ContourException.Reason.NOT_CLOSED, e.reason());
        assertTrue(e.getMessage().startsWith("the contour is not closed"), e.getMessage());
        assertTrue(e.getMessage().contains(" is 1 away from its start"), e.getMessage());
        // a rounding-sized gap is closed: sin(2 pi) is -2.4e-16, not 0
        fromExpressions("cos(2*pi*t)", "sin(2*pi*t) + 1e-9*t", 32);
    }

    @Test
    void zeroLengthSegmentsAreSkippedWithANote() {
        // t**3-like parametrisations stall; here a square traced with repeated corners
        double[] x = {1, 1, 1, -1, -1, -1, 1, 1};
        double[] y = {-1, 1, 1, 1, -1, -1, -1, -1};
        Contour c = Contour.simpleClosed(x, y);
        assertEquals(4, c.segments());
        assertEquals(1, c.notes().size());
        assertTrue(c.notes().get(0).startsWith("skipped 3 contour segments of zero length (starting at t = 0.142857,"),
                c.notes().get(0));
        assertEquals(1, c.x(4));
        assertEquals(-1, c.y(4));
    }

    @Test
    void degenerateContoursEncloseNoArea() {
        for (String[] xy : new String[][] {{"cos(2*pi*t)", "0"}, {"1", "2"}, {"cos(2*pi*t)", "cos(2*pi*t)"}}) {
            ContourException e = assertThrows(ContourException.class, () -> fromExpressions(xy[0], xy[1], 64));
            assertTrue(e.reason() == ContourException.Reason.NO_AREA || e.reason() == ContourException.Reason.SINGLE_POINT,
                    e.getMessage());
        }
        assertThrows(ContourException.class, () -> fromExpressions("cos(2*pi*t)", "sin(2*pi*t)", 2));
        assertThrows(ContourException.class, () -> fromExpressions("cos(2*pi*t)", "sin(2*pi*t)", 1));
    }

    @Test
    void selfIntersectingContoursAreErrorsSayingWhere() {
        // a figure eight crosses itself at the origin
        ContourException e = assertThrows(ContourException.class,
                () -> fromExpressions("sin(4*pi*t)", "sin(2*pi*t)", 100));
        assertEquals(ContourException.Reason.SELF_INTERSECTION, e.reason());
        assertTrue(e.getMessage().contains("crosses or touches itself near (0, 0)")
                || e.getMessage().matches(".*near \\(-?[0-9.e-]+, -?[0-9.e-]+\\).*"), e.getMessage());
        // a circle traced twice
        assertThrows(ContourException.class, () -> fromExpressions("cos(4*pi*t)", "sin(4*pi*t)", 64));
        // a limaçon with an inner loop
        assertThrows(ContourException.class,
                () -> fromExpressions("(0.5+cos(2*pi*t))*cos(2*pi*t)", "(0.5+cos(2*pi*t))*sin(2*pi*t)", 200));
    }

    @Test
    void touchingAndFoldingBackAreSelfIntersections() {
        // a vertex of a non-neighbouring edge lies on an edge: (0, 0) touches the bottom edge
        double[] x = {-2, 2, 2, 0, 0.5, 0, -2, -2};
        double[] y = {-1, -1, 1, 1, 0, -1, 1, -1};
        ContourException e = assertThrows(ContourException.class, () -> Contour.simpleClosed(x, y));
        assertTrue(e.getMessage().contains("crosses or touches itself"), e.getMessage());
        // a spike: out along +x and straight back
        double[] sx = {0, 1, 1, 2, 1, 0, 0};
        double[] sy = {0, 0, 0.5, 0.5, 0.5, 1, 0};
        assertThrows(ContourException.class, () -> Contour.simpleClosed(sx, sy));
    }

    @Test
    void nonConvexButSimpleContoursAreAccepted() {
        fromExpressions(TestShapes.STAR_X, TestShapes.STAR_Y, 128);
        fromExpressions(TestShapes.COMB_X, TestShapes.COMB_Y, 4000);
    }

    @Test
    void selfIntersectionCheckIsFastForAHundredThousandSegments() {
        // all pairs would be 5e9 segment tests: minutes; the bucket grid takes tens of milliseconds
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Contour c = fromExpressions(TestShapes.STAR_X, TestShapes.STAR_Y, 100_000);
            assertEquals(100_000, c.segments());
        });
        // and still finds a crossing among them
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(ContourException.class,
                () -> fromExpressions("sin(4*pi*t)", "sin(2*pi*t)", 100_001)));
    }
}
