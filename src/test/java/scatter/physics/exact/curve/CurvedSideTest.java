package scatter.physics.exact.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Curved sides against the teardrop's own formulas: x = 2 sin(pi t), y = -sin(2 pi t), one corner at
 * t = 0, so Z(u) - A = (2 sin(pi u), -sin(2 pi u)), Z(u) - B = (2 sin(pi v), sin(2 pi v)) with
 * v = 1 - u, Z_u = 2 pi (cos(pi u), -cos(2 pi u)), and Z_u x Z_uu = 8 pi^3 cos(pi u) sin(2 pi u)
 * - 4 pi^3 cos(2 pi u) sin(pi u), all evaluated here in closed form, accurate relative to
 * themselves for tiny u and v (sin keeps its relative accuracy at small arguments).
 */
class CurvedSideTest {
    private static final DoubleUnaryOperator X = t -> 2 * Math.sin(Math.PI * t);
    private static final DoubleUnaryOperator Y = t -> -Math.sin(2 * Math.PI * t);

    private static PolygonBoundary teardrop() {
        return PolygonBoundary.of(X, Y, List.of(new Corner(0, 90)));
    }

    @Test
    void offsetsKeepTheirRelativeAccuracyNextToTheCorner() {
        PolygonBoundary drop = teardrop();
        assertNotNull(drop);
        assertEquals(1, drop.sides());
        Side side = drop.side(0);
        double[] o = new double[2];
        double worst = 0;
        for (double u : new double[] {1e-30, 1e-20, 1e-12, 1e-7, 3e-4, 9.99e-4, 1.001e-3, 0.01, 0.1, 0.3, 0.499}) {
            side.offset(u, 1 - u, false, o);
            double ex = 2 * Math.sin(Math.PI * u);
            double ey = -Math.sin(2 * Math.PI * u);
            worst = Math.max(worst, Math.hypot(o[0] - ex, o[1] - ey) / Math.hypot(ex, ey));
            // from the end, v = 1 - u given exactly
            side.offset(1 - u, u, true, o);
            ey = Math.sin(2 * Math.PI * u);
            worst = Math.max(worst, Math.hypot(o[0] - ex, o[1] - ey) / Math.hypot(ex, ey));
        }
        System.out.printf("teardrop offsets: largest relative error %.1e%n", worst);
        assertTrue(worst < 1e-12, "offset error " + worst);
    }

    @Test
    void tangentAndCurvatureAreTheCurvesOwn() {
        Side side = teardrop().side(0);
        double[] t = new double[2];
        double worstTangent = 0;
        double worstCross = 0;
        double pi3 = Math.PI * Math.PI * Math.PI;
        for (int l = 0; l <= 64; l++) {
            double u = l / 64.0;
            side.tangent(u, 1 - u, t);
            double tx = 2 * Math.PI * Math.cos(Math.PI * u);
            double ty = -2 * Math.PI * Math.cos(2 * Math.PI * u);
            worstTangent = Math.max(worstTangent, Math.hypot(t[0] - tx, t[1] - ty) / Math.hypot(tx, ty));
            double cross = 8 * pi3 * Math.cos(Math.PI * u) * Math.sin(2 * Math.PI * u)
                    - 4 * pi3 * Math.cos(2 * Math.PI * u) * Math.sin(Math.PI * u);
            worstCross = Math.max(worstCross, Math.abs(side.cross(u, 1 - u) - cross) / (8 * pi3));
        }
        System.out.printf("teardrop: tangent %.1e, cross %.1e%n", worstTangent, worstCross);
        assertTrue(worstTangent < 1e-12, "tangent " + worstTangent);
        assertTrue(worstCross < 1e-10, "cross " + worstCross);
        assertEquals(teardropLength(), side.length(), 1e-10);
    }

    /** The drop's length, int_0^1 |Z_u| du, by Simpson's rule on 20000 intervals. */
    private static double teardropLength() {
        int m = 20000;
        double sum = 0;
        for (int l = 0; l <= m; l++) {
            double u = (double) l / m;
            double s = 2 * Math.PI * Math.hypot(Math.cos(Math.PI * u), Math.cos(2 * Math.PI * u));
            sum += (l == 0 || l == m ? 1 : l % 2 == 1 ? 4 : 2) * s;
        }
        return sum / (3.0 * m);
    }

    /** The same drop traversed clockwise, or starting elsewhere in t, gives the same points. */
    @Test
    void theOrientationAndTheStartOfTAreTheCurvesNotTheBoundarys() {
        PolygonBoundary.Points reference = teardrop().points(32);
        // clockwise: t -> 1 - t
        PolygonBoundary clockwise = PolygonBoundary.of(t -> X.applyAsDouble(1 - t), t -> Y.applyAsDouble(1 - t),
                List.of(new Corner(0, 90)));
        // the corner at t = 0.3, the side through t = 1 = 0 (|sin| keeps x periodic in t)
        PolygonBoundary shifted = PolygonBoundary.of(t -> 2 * Math.abs(Math.sin(Math.PI * (t - 0.3))),
                t -> -Math.sin(2 * Math.PI * (t - 0.3)), List.of(new Corner(0.3, 90)));
        for (PolygonBoundary other : new PolygonBoundary[] {clockwise, shifted}) {
            PolygonBoundary.Points p = other.points(32);
            assertEquals(reference.count, p.count);
            for (int i = 0; i < p.count; i++) {
                double scale = Math.hypot(reference.x[i], reference.y[i]);
                assertEquals(reference.x[i], p.x[i], 1e-13 * scale + 1e-15, "point " + i);
                assertEquals(reference.y[i], p.y[i], 1e-13 * scale + 1e-15, "point " + i);
                assertEquals(reference.cross[i], p.cross[i], 1e-9 * Math.abs(reference.cross[i]) + 1e-12, "point " + i);
            }
        }
    }

    @Test
    void pointsGoToTheSidesInProportionToTheirLengths() {
        // the half-disc: the arc (pi long) gets twice the points of the diameter (2 long)
        PolygonBoundary half = PolygonBoundary.of(t -> t < 0.5 ? Math.cos(2 * Math.PI * t) : 4 * t - 3,
                t -> t < 0.5 ? Math.sin(2 * Math.PI * t) : 0, List.of(new Corner(0, 90), new Corner(0.5, 90)));
        assertNotNull(half);
        assertTrue(half.side(0).straight() != half.side(1).straight());
        int arc = half.side(0).straight() ? 1 : 0;
        assertEquals(Math.PI, half.side(arc).length(), 1e-12);
        assertEquals(2, half.share(arc));
        assertEquals(1, half.share(1 - arc));
        assertEquals(64 + 32 - 2, half.points(32).count);
    }

    @Test
    void whatCannotBeSolvedIsNull() {
        // no corner; a cusp
        assertNull(PolygonBoundary.of(X, Y, List.of()));
        assertNull(PolygonBoundary.of(X, Y, List.of(new Corner(0, 0.5))));
        // two straight sides enclose nothing
        assertNull(PolygonBoundary.of(t -> t < 0.5 ? 2 * t : 2 - 2 * t, t -> 0, List.of(new Corner(0, 10), new Corner(0.5, 10))));
    }
}
