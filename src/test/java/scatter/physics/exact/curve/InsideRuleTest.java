package scatter.physics.exact.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The inside test against the smooth curve: points placed at known signed distances along the
 * normal of an ellipse (written out here), far and near, and the boundary rule that points within
 * 1e-9 of the size count as inside.
 */
class InsideRuleTest {
    private static final double A = 1.5;
    private static final double B = 0.6;

    @Test
    void decidesBySignedDistanceToTheSmoothCurve() {
        SmoothCurve ellipse = SmoothCurve.of(t -> A * Math.cos(2 * Math.PI * t), t -> B * Math.sin(2 * Math.PI * t));
        SmoothInsideTest inside = new SmoothInsideTest(ellipse);
        double size = 2 * A;
        // signed distance along the outward normal, and whether that is inside the obstacle
        double[] distance = {-0.5, -1e-3, -1e-7, -1e-12, 0, 5e-10 * size, 0.9e-9 * size, 1.1e-9 * size, 2e-9 * size,
            1e-7, 1e-3, 0.5, 3};
        boolean[] expected = {true, true, true, true, true, true, true, false, false, false, false, false, false};
        for (int m = 0; m < 37; m++) {
            double s = 2 * Math.PI * m / 37 + 0.01;
            double x = A * Math.cos(s);
            double y = B * Math.sin(s);
            // outward normal (z2', -z1')/|z'| of the anticlockwise ellipse
            double nx = B * Math.cos(s);
            double ny = A * Math.sin(s);
            double length = Math.hypot(nx, ny);
            for (int d = 0; d < distance.length; d++) {
                double px = x + distance[d] * nx / length;
                double py = y + distance[d] * ny / length;
                // -0.5 along the normal can cross the thin ellipse near its ends: only where the
                // curvature radius (B^2/A at the ends) exceeds the distance
                if (distance[d] < -0.2 && Math.abs(Math.cos(s)) > 0.5) {
                    continue;
                }
                assertEquals(expected[d], inside.contains(px, py), "s " + s + " distance " + distance[d]);
            }
        }
        assertEquals(true, inside.contains(0, 0));
        assertEquals(false, inside.contains(10, 0));
    }
}
