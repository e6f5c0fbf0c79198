package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import scatter.geometry.ContourExpression;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.Corner;
import scatter.physics.exact.curve.CurveNotSmoothException;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * Boundaries with curved sides between corners, reached as the command line reaches them: the
 * smooth curve refuses the expressions and lists their corners, and {@link PolygonBoundary#of(
 * DoubleUnaryOperator, DoubleUnaryOperator, List)} builds the sides. Checked against values known
 * without a reference solver, as the polygons are ({@link CornerSolutionTest}):
 * <ul>
 *   <li>the interior source (u_s = -(i/4) H0(k |x - x0|) outside, exactly, for either boundary
 *       condition) on Kress's teardrop x = 2 sin(pi t), y = -sin(2 pi t) (R. Kress, Numer. Math. 58
 *       (1990) 145-161, the drop with one corner of 90 degrees; lambda 0.5, the drop 2 by 2) and on the
 *       half-disc of radius 1 (an arc and a diameter, two corners of 90 degrees);</li>
 *   <li>plane waves on the teardrop: reciprocity f(theta; alpha) = f(alpha + pi; theta + pi) and the
 *       optical theorem;</li>
 *   <li>the doubling of the points until the weighted density settles.</li>
 * </ul>
 * Measured (lambda 0.5, field at 4 points 1 to 4 sizes away relative to max |u_s|, far field at 72
 * angles): teardrop at 256 points soft 9.3e-11 and 1.1e-10, hard 2.4e-10 and 3.0e-10 (at 128: 2.6e-6,
 * 1.8e-4); half-disc at 128 per side (382 points) soft 2.3e-11 and 4.3e-11, hard 1.4e-10 and 1.7e-10.
 * Without the curvature terms on the diagonals the errors stall near 1e-3 to 1e-2 (docs/exact.md).
 */
public class CurvedCornerSolutionTest {
    private static final double K = 2 * Math.PI / 0.5;

    /** The corners found on the expressions, as the exact model finds them, and the boundary they give. */
    public static PolygonBoundary boundary(DoubleUnaryOperator x, DoubleUnaryOperator y) {
        List<Corner> corners = null;
        try {
            SmoothCurve.of(x, y);
        } catch (CurveNotSmoothException e) {
            corners = e.corners();
        }
        assertNotNull(corners, "the curve was taken as smooth");
        PolygonBoundary boundary = PolygonBoundary.of(x, y, corners);
        assertNotNull(boundary, "not accepted: " + corners);
        System.out.println("corners found: " + corners);
        return boundary;
    }

    /**
     * Kress's teardrop, x = 2 sin(t/2), y = -sin t for t in [0, 2 pi), as t in [0, 1), from the
     * expressions as typed on the command line ({@code -xc '2*sin(pi*t)' -yc '-sin(2*pi*t)'}).
     */
    public static PolygonBoundary teardrop() {
        return boundary(ContourExpression.parse("2*sin(pi*t)")::at, ContourExpression.parse("-sin(2*pi*t)")::at);
    }

    /** The upper half of the unit disc: the arc for t in [0, 1/2], the diameter back. */
    public static PolygonBoundary halfDisc() {
        return boundary(t -> t < 0.5 ? Math.cos(2 * Math.PI * t) : 4 * t - 3, t -> t < 0.5 ? Math.sin(2 * Math.PI * t) : 0);
    }

    @Test
    void theTeardropsInteriorSource() throws InterruptedException {
        PolygonBoundary drop = teardrop();
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            CornerSolutionTest.check("teardrop", drop, 1.2, 0.1, 256, bc, 1e-8, 1e-9);
        }
    }

    @Test
    void theHalfDiscsInteriorSource() throws InterruptedException {
        PolygonBoundary half = halfDisc();
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            CornerSolutionTest.check("half-disc", half, 0.1, 0.4, 128, bc, 1e-8, 1e-9);
        }
    }

    /**
     * A re-entrant curved corner: r = 1 - (1 - |sin(pi t)|)/2 at theta = 2 pi t, the drop of
     * CornerFinderTest pushed in at t = 0, interior angle 180 + 2 atan(1/2) = 233.1 degrees (found
     * within 1e-13 of it). Measured at 64, 128, 256 points: soft 4.5e-3, 7.8e-9, 2.7e-15; hard 2.1e-1,
     * 8.5e-6, 5.8e-13 (field; the far field alike).
     */
    @Test
    void aReEntrantCurvedCornersInteriorSource() throws InterruptedException {
        DoubleUnaryOperator r = t -> 1 - 0.5 * (1 - Math.abs(Math.sin(Math.PI * t)));
        PolygonBoundary dent = boundary(t -> r.applyAsDouble(t) * Math.cos(2 * Math.PI * t),
                t -> r.applyAsDouble(t) * Math.sin(2 * Math.PI * t));
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            CornerSolutionTest.check("re-entrant drop", dent, -0.1, 0.05, 256, bc, 1e-8, 1e-9);
        }
    }

    @Test
    void planeWavesOnTheTeardropAreReciprocalAndKeepTheOpticalTheorem() throws InterruptedException {
        PolygonBoundary drop = teardrop();
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            double[][] pairs = {{0.3, 2.2}, {-1.0, 1.9}, {3.0, 0.5}};
            for (double[] pair : pairs) {
                double alpha = pair[0];
                double theta = pair[1];
                CornerSolution forward = CornerSolution.solve(drop, 256, K, IncidentData.of(new PlaneWave(0.5, alpha)), bc);
                CornerSolution back = CornerSolution.solve(drop, 256, K, IncidentData.of(new PlaneWave(0.5, theta + Math.PI)),
                        bc);
                double[] f = forward.farField(theta);
                double[] g = back.farField(alpha + Math.PI);
                double defect = Math.hypot(f[0] - g[0], f[1] - g[1]) / CornerSolutionTest.largest(forward);
                // the drop lies within 2 of the origin (x in [0, 2], |y| <= 1)
                double residual = CornerSolutionTest.opticalResidual(forward, alpha, 2);
                System.out.printf("teardrop %s reciprocity alpha %.1f theta %.1f: %.1e of max |f|; optical theorem %.1e%n", bc,
                        alpha, theta, defect, residual);
                assertTrue(defect < 1e-9, bc + " reciprocity " + defect);
                assertTrue(Math.abs(residual) < 1e-9, bc + " optical theorem " + residual);
            }
        }
    }

    @Test
    void thePointsOnTheTeardropDoubleUntilTheWeightedDensitySettles() throws InterruptedException {
        PolygonBoundary drop = teardrop();
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            CornerSolution s = CornerSolution.solve(drop, K, CornerSolutionTest.source(1.2, 0.1), bc, 1e-6, 4096);
            double[] u = s.field(5, 0.2);
            double[] e = CornerSolutionTest.phi(5 - 1.2, 0.2 - 0.1);
            double error = Math.hypot(u[0] + e[0], u[1] + e[1]) / Math.hypot(e[0], e[1]);
            System.out.printf("teardrop %s doubled to %d points: change %.1e, estimated error %.1e, field error %.1e%n",
                    bc, s.count(), s.change(), s.errorEstimate(), error);
            // the doubling stops once the error estimated from the last three levels' order is below
            // the tolerance (the last change itself may be larger: it is the coarser level's error)
            double estimate = Double.isNaN(s.errorEstimate()) ? s.change() : s.errorEstimate();
            assertTrue(estimate < 1e-6, "estimated error " + estimate);
            assertTrue(error < 1e-6, bc + ": error " + error + " above the tolerance");
            assertTrue(error < s.change(), bc + ": error " + error + " above the change " + s.change());
        }
    }
}
