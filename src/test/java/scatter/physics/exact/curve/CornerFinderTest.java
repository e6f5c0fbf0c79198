package scatter.physics.exact.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import scatter.geometry.ContourExpression;

/**
 * Corners located from the expressions, against the geometry of the shapes: for polygons the
 * interior angles from their vertices (atan2 of the sides, computed here), the corners' t from
 * where the vertices were put; for the teardrop r = 1 + c (1 - |sin(pi t)|) (theta = 2 pi t) the
 * angle 180 - 2 atan(c/(2 (1 + c))) degrees, from dr/dtheta(0+-) = -+ c/2 against r(0) = 1 + c.
 */
class CornerFinderTest {
    /** The diamond: corners at t = 0, 1/4, 1/2, 3/4, all right angles. */
    @Test
    void theDiamondHasFourRightAngles() {
        List<Corner> corners = cornersOf(expression("abs(4*t-2)-1"), expression("abs(2-abs(4*t-1))-1"));
        assertEquals(4, corners.size(), corners.toString());
        for (int c = 0; c < 4; c++) {
            assertEquals(0.25 * c, corners.get(c).t(), 1e-15, corners.toString());
            assertEquals(90, corners.get(c).interiorAngle(), 1e-6, corners.toString());
        }
    }

    @Test
    void polygonsCornersAreWhereTheirVerticesWereAndHaveTheirAngles() {
        double[][][] polygons = {
            // a square, an L-shape (one re-entrant corner), a 3-4-5 triangle
            {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}},
            {{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}},
            {{0, 0}, {4, 0}, {4, 3}},
            // a square with a notch of 10 degrees cut into its top (350 inside) and a spike of
            // 10 degrees on its left side
            {{0, 0}, {4, 0}, {4, 3}, {2 + 2 * Math.tan(Math.toRadians(5)), 3}, {2, 1},
                {2 - 2 * Math.tan(Math.toRadians(5)), 3}, {0, 3}, {0, 1.5 + 3 * Math.tan(Math.toRadians(5))},
                {-3, 1.5}, {0, 1.5 - 3 * Math.tan(Math.toRadians(5))}},
        };
        for (double[][] vertices : polygons) {
            for (boolean clockwise : new boolean[] {false, true}) {
                double[][] v = clockwise ? reversed(vertices) : vertices;
                // vertices at uneven t that no sample falls on: offset 0.1 sqrt 2, steps varying +-20 %
                int count = v.length;
                double[] at = new double[count];
                for (int c = 0; c < count; c++) {
                    at[c] = (0.1 * Math.sqrt(2) + (c + 0.2 * Math.sin(3.7 * c)) / count) % 1;
                }
                List<Corner> corners = cornersOf(polygon(v, at, 0), polygon(v, at, 1));
                assertEquals(count, corners.size(), corners.toString());
                for (Corner corner : corners) {
                    int c = nearest(at, corner.t());
                    assertEquals(at[c], corner.t(), 1e-15, "vertex " + c + ": " + corners);
                    assertEquals(interiorAngle(vertices, clockwise ? count - 1 - c : c), corner.interiorAngle(), 1e-6,
                            "vertex " + c + ": " + corners);
                }
            }
        }
    }

    @Test
    void aTeardropHasOneCorner() {
        for (double c : new double[] {2, 20, -0.5}) {
            DoubleUnaryOperator r = t -> 1 + c * (1 - Math.abs(Math.sin(Math.PI * t)));
            List<Corner> corners = cornersOf(t -> r.applyAsDouble(t) * Math.cos(2 * Math.PI * t),
                    t -> r.applyAsDouble(t) * Math.sin(2 * Math.PI * t));
            assertEquals(1, corners.size(), corners.toString());
            assertEquals(0, corners.get(0).t(), 1e-15);
            assertEquals(180 - 2 * Math.toDegrees(Math.atan(c / (2 * (1 + c)))), corners.get(0).interiorAngle(), 1e-6);
        }
    }

    @Test
    void aSmoothCurveHasNone() {
        assertEquals(List.of(), cornersOf(t -> Math.cos(2 * Math.PI * t), t -> 0.5 * Math.sin(2 * Math.PI * t)));
    }

    @Test
    void theExactModelsRefusalListsTheCornersAndCallsANeedleACusp() {
        CurveNotSmoothException e = assertThrows(CurveNotSmoothException.class,
                () -> SmoothCurve.of(expression("abs(4*t-2)-1"), expression("abs(2-abs(4*t-1))-1")));
        assertEquals(CurveNotSmoothException.Kind.CORNER, e.kind());
        assertEquals(4, e.corners().size());
        assertEquals(0, e.t());
        // a triangle whose tip has 0.4 degrees: the sides leave it along nearly the same line
        double[][] needle = {{0, -0.5}, {100, 0}, {0, 0.5}};
        double[] at = {0.1, 0.4, 0.7};
        CurveNotSmoothException n = assertThrows(CurveNotSmoothException.class,
                () -> SmoothCurve.of(polygon(needle, at, 0), polygon(needle, at, 1)));
        assertEquals(CurveNotSmoothException.Kind.CUSP, n.kind());
        assertEquals(0.4, n.t(), 1e-15);
        assertEquals(interiorAngle(needle, 1), n.corners().get(1).interiorAngle(), 1e-6);
    }

    /**
     * The sampler's shortcut: corners are evident from 1024 samples; smooth curves that need many
     * doublings (superellipses |x|^q + |y|^q = 1 up to q = 2048, whose bends narrow towards a square's
     * corners, and the teardrop rounded, |sin(pi t)| replaced by sqrt(sin^2(pi t) + 1e-6)) never
     * look so at any level the sampler checks, and are resolved.
     */
    @Test
    void cornersAreEvidentAndTightSmoothBendsAreNot() {
        DoubleUnaryOperator r = t -> 1 + 2 * (1 - Math.abs(Math.sin(Math.PI * t)));
        DoubleUnaryOperator[][] cornered = {
            {expression("abs(4*t-2)-1"), expression("abs(2-abs(4*t-1))-1")},
            {t -> r.applyAsDouble(t) * Math.cos(2 * Math.PI * t), t -> r.applyAsDouble(t) * Math.sin(2 * Math.PI * t)},
            {polygon(new double[][] {{0, 0}, {4, 0}, {4, 3}}, new double[] {0.1, 0.4, 0.7}, 0),
                polygon(new double[][] {{0, 0}, {4, 0}, {4, 3}}, new double[] {0.1, 0.4, 0.7}, 1)},
        };
        for (DoubleUnaryOperator[] c : cornered) {
            assertTrue(evidentAt(c[0], c[1], CurveSampler.EVIDENT_FROM));
        }
        for (int q : new int[] {8, 64, 512, 2048}) {
            DoubleUnaryOperator radius = t -> Math.pow(Math.pow(Math.cos(2 * Math.PI * t), q)
                    + Math.pow(Math.sin(2 * Math.PI * t), q), -1.0 / q);
            DoubleUnaryOperator x = t -> radius.applyAsDouble(t) * Math.cos(2 * Math.PI * t);
            DoubleUnaryOperator y = t -> radius.applyAsDouble(t) * Math.sin(2 * Math.PI * t);
            notEvidentAndResolved(x, y, "superellipse q = " + q);
        }
        DoubleUnaryOperator rounded = t -> 1 + 2 * (1 - Math.sqrt(Math.pow(Math.sin(Math.PI * t), 2) + 1e-6));
        notEvidentAndResolved(t -> rounded.applyAsDouble(t) * Math.cos(2 * Math.PI * t),
                t -> rounded.applyAsDouble(t) * Math.sin(2 * Math.PI * t), "teardrop rounded over 1e-3");
    }

    private static void notEvidentAndResolved(DoubleUnaryOperator x, DoubleUnaryOperator y, String name) {
        for (int m = CurveSampler.EVIDENT_FROM; m <= CurveSampler.EVIDENT_TO; m *= 2) {
            assertTrue(!evidentAt(x, y, m), name + " at " + m);
        }
        System.out.println(name + ": resolved with " + SmoothCurve.of(x, y).samples() + " samples");
    }

    private static boolean evidentAt(DoubleUnaryOperator x, DoubleUnaryOperator y, int m) {
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int j = 0; j < m; j++) {
            sx[j] = x.applyAsDouble((double) j / m);
            sy[j] = y.applyAsDouble((double) j / m);
        }
        return CornerFinder.evident(x, y, sx, sy);
    }

    private static List<Corner> cornersOf(DoubleUnaryOperator x, DoubleUnaryOperator y) {
        int m = 1 << 16;   // the sampler gives 2^20; fewer suffice to find them, and are faster
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int j = 0; j < m; j++) {
            sx[j] = x.applyAsDouble((double) j / m);
            sy[j] = y.applyAsDouble((double) j / m);
        }
        return CornerFinder.find(x, y, sx, sy);
    }

    private static DoubleUnaryOperator expression(String text) {
        return ContourExpression.parse(text)::at;
    }

    /** Coordinate {@code axis} of the polygon through v[c] at t = at[c], linear in t between them. */
    private static DoubleUnaryOperator polygon(double[][] v, double[] at, int axis) {
        int count = v.length;
        return t -> {
            // the side whose start t lies least far before t
            int side = 0;
            double into = Double.POSITIVE_INFINITY;
            for (int c = 0; c < count; c++) {
                double d = ((t - at[c]) % 1 + 1) % 1;
                if (d < into) {
                    into = d;
                    side = c;
                }
            }
            double span = ((at[(side + 1) % count] - at[side]) % 1 + 1) % 1;
            double f = Math.min(1, into / span);
            return (1 - f) * v[side][axis] + f * v[(side + 1) % count][axis];
        };
    }

    /** The interior angle (degrees) at vertex c of the anticlockwise polygon v. */
    private static double interiorAngle(double[][] v, int c) {
        int count = v.length;
        double[] a = v[(c + count - 1) % count];
        double[] b = v[c];
        double[] d = v[(c + 1) % count];
        double in = Math.atan2(b[1] - a[1], b[0] - a[0]);
        double out = Math.atan2(d[1] - b[1], d[0] - b[0]);
        double turn = Math.toDegrees(out - in);
        turn = turn > 180 ? turn - 360 : turn <= -180 ? turn + 360 : turn;
        return 180 - turn;
    }

    private static double[][] reversed(double[][] v) {
        double[][] r = new double[v.length][];
        for (int c = 0; c < v.length; c++) {
            r[c] = v[v.length - 1 - c];
        }
        return r;
    }

    private static int nearest(double[] at, double t) {
        int best = 0;
        for (int c = 1; c < at.length; c++) {
            double d = Math.abs(at[c] - t);
            if (d < Math.abs(at[best] - t)) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The turns the corner search reads, against geometry: a regular M-gon (the unit circle sampled at
     * M points, every turn 2 pi/M, above the small-turn bound at M = 1024) has that turn at every vertex;
     * a square sampled at 4096 points, 1024 a side, has a right angle at each vertex and none
     * elsewhere, also where the turns are skipped as small.
     */
    @Test
    void turnsAreTheGeometrysAngles() {
        int m = 1024;
        double[] cx = new double[m];
        double[] cy = new double[m];
        for (int j = 0; j < m; j++) {
            cx[j] = Math.cos(2 * Math.PI * j / m);
            cy[j] = Math.sin(2 * Math.PI * j / m);
        }
        double[] turn = CornerFinder.turns(cx, cy);
        for (int j = 0; j < m; j++) {
            assertEquals(2 * Math.PI / m, turn[j], 1e-12, "vertex " + j);
        }
        int side = 1024;
        double[] sx = new double[4 * side];
        double[] sy = new double[4 * side];
        double[][] vertices = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
        for (int c = 0; c < 4; c++) {
            double[] a = vertices[c];
            double[] b = vertices[(c + 1) % 4];
            for (int j = 0; j < side; j++) {
                double f = (double) j / side;
                sx[c * side + j] = a[0] + f * (b[0] - a[0]);
                sy[c * side + j] = a[1] + f * (b[1] - a[1]);
            }
        }
        double[] squareTurn = CornerFinder.turns(sx, sy);
        for (int j = 0; j < 4 * side; j++) {
            double expected = j % side == 0 ? Math.PI / 2 : 0;
            assertEquals(expected, squareTurn[j], 1e-12, "vertex " + j);
        }
    }
}
