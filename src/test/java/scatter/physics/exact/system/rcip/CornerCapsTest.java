package scatter.physics.exact.system.rcip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * Each corner's length among several obstacles ({@link RcipObstacles#cornerCaps}): at most a sixth of its
 * vertex's distance to the nearest other obstacle, the distance measured to sampled points less their
 * spacing, so never above the true sixth and below it by at most the spacing's sixth; a smooth obstacle has
 * none.
 */
class CornerCapsTest {
    @Test
    void aCornersLengthIsASixthOfItsGapToTheNearestOtherObstacle() {
        ObstacleShape square = ObstacleShape.withCorners(PolygonBoundary.of(new double[] {-1, 1, 1, -1},
                new double[] {-1, -1, 1, 1}), List.of());
        // a disc of radius 0.2 about (1.25, 0.9): the corner (1, 1) is hypot(0.25, 0.1) - 0.2 from it
        ObstacleShape disc = ObstacleShape.smooth(SmoothCurve.of(t -> 1.25 + 0.2 * Math.cos(2 * Math.PI * t),
                t -> 0.9 + 0.2 * Math.sin(2 * Math.PI * t)));
        double[][] caps = RcipObstacles.cornerCaps(List.of(square, disc));
        assertNull(caps[1]);
        double spacing = 0.2 * 2 * Math.PI / 1024;
        double[][] vertices = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
        for (int c = 0; c < 4; c++) {
            double gap = Math.hypot(vertices[c][0] - 1.25, vertices[c][1] - 0.9) - 0.2;
            assertTrue(caps[0][c] <= gap / 6 && caps[0][c] >= (gap - 2 * spacing) / 6, c + ": " + caps[0][c]
                    + " for a gap of " + gap);
        }
        assertEquals((Math.hypot(0.25, 0.1) - 0.2) / 6, caps[0][2], spacing / 3);
    }
}
