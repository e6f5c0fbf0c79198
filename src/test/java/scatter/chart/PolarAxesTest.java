package scatter.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class PolarAxesTest {
    private final PolarAxes axes = new PolarAxes(400, 300, 200, -30, 10);

    @Test
    void valuesMapLinearlyFromTheCentreToTheRimAnticlockwiseFromTheRight() {
        assertAt(600, 300, axes.at(0, 10));                 // rim, +x: right
        assertAt(400, 100, axes.at(Math.PI / 2, 10));       // rim, +y: up (image rows go down)
        assertAt(300, 300, axes.at(Math.PI, -10));          // half way, -x
        assertAt(400, 350, axes.at(-Math.PI / 2, -20));     // a quarter, -y
    }

    @Test
    void valuesBelowTheCentreSitAtTheCentre() {
        assertAt(400, 300, axes.at(1, -30));
        assertAt(400, 300, axes.at(1, -80));
        assertAt(400, 300, axes.at(1, Double.NEGATIVE_INFINITY));
        assertAt(400, 300, axes.at(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new PolarAxes(0, 0, 1, 5, 5));
    }

    private static void assertAt(double x, double y, Point2D p) {
        assertEquals(x, p.getX(), 1e-9);
        assertEquals(y, p.getY(), 1e-9);
    }
}
