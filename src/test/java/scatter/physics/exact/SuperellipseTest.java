package scatter.physics.exact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import scatter.physics.PlaneWave;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.CornerSolution;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.IncidentData;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/**
 * Rounded corners approach the sharp ones: the superellipse |x|^q + |y|^q = 1, traced analytically
 * as r(theta) = (cos^q theta + sin^q theta)^(-1/q) (q even), solved by the smooth curves' model,
 * against the square [-1, 1]^2 solved on the graded points: two solvers that share no code for the
 * boundary, whose far fields must draw together as q grows. (The smooth solves to 1e-6: the
 * differences measured are above 6e-3.) q = 8 and 16 by default (1024 and 2048 points, about a
 * minute); {@code -Dscatter.superellipse=8,16,32,64} adds the two that need 4096 points (about 8
 * minutes on two shared cores), whose figures docs/exact.md quotes.
 */
class SuperellipseTest {
    private static final double WAVELENGTH = 2;

    @Test
    @EnabledIfSystemProperty(named = "scatter.slowTests", matches = "true")
    void theSuperellipsesFarFieldApproachesTheSquares() throws InterruptedException {
        PlaneWave wave = new PlaneWave(WAVELENGTH, 0.4);
        PolygonBoundary square = PolygonBoundary.of(new double[] {-1, 1, 1, -1}, new double[] {-1, -1, 1, 1});
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            CornerSolution sharp = CornerSolution.solve(square, 256, wave.k(), IncidentData.of(wave), bc);
            double previous = Double.POSITIVE_INFINITY;
            for (String text : System.getProperty("scatter.superellipse", "8,16").split(",")) {
                int q = Integer.parseInt(text.trim());
                ExactModel rounded = ExactModel.solve(wave, superellipse(q, true), superellipse(q, false), bc,
                        Resolution.tolerance(1e-6), RowRunner.serial());
                FarFieldPattern f = rounded.farField(72);
                double largest = 0;
                double worst = 0;
                for (int a = 0; a < 72; a++) {
                    double[] g = sharp.farField(f.angles()[a]);
                    largest = Math.max(largest, Math.hypot(g[0], g[1]));
                    worst = Math.max(worst, Math.hypot(f.re()[a] - g[0], f.im()[a] - g[1]));
                }
                double difference = worst / largest;
                System.out.printf("%s q = %d (%d points): far field differs from the square's by %.2e of max |f|%n", bc,
                        q, rounded.solution().points(), difference);
                assertTrue(difference < previous, bc + " q = " + q + ": " + difference + " after " + previous);
                previous = difference;
            }
            assertTrue(previous < 0.1, bc + ": " + previous);
        }
    }

    /** x(t) (or y(t)) of the superellipse of exponent q, t in [0, 1). */
    private static DoubleUnaryOperator superellipse(int q, boolean x) {
        return t -> {
            double c = Math.cos(2 * Math.PI * t);
            double s = Math.sin(2 * Math.PI * t);
            double r = Math.pow(Math.pow(c, q) + Math.pow(s, q), -1.0 / q);
            return x ? r * c : r * s;
        };
    }
}
