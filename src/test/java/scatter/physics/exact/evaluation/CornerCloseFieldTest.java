package scatter.physics.exact.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scatter.physics.Hankel;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.CornerSolution;
import scatter.physics.exact.system.CornerSolutionTest;
import scatter.physics.exact.curve.PolygonBoundary;

/**
 * u_s near a polygon's sides and corners, against the exact field of a line source inside the
 * square (u_s = -Phi(x, x0) for either boundary condition), from 1e-1 down to 1e-8 away (the side is 2
 * long): mid-side, next to a corner along a side, on the diagonal out of a corner; 256 points per
 * side. Within 1e-5 of |Phi|'s scale everywhere (measured: at most 1.1e-6, on the diagonal 1e-8 from
 * the corner, where the density's own error near the corner shows; 1.6e-4 there with 128 per side),
 * where the trapezoid rule is off by up to O(1).
 */
class CornerCloseFieldTest {
    private static final double K = 2 * Math.PI / 0.5;

    @Test
    void nearTheSidesAndTheCornersOfTheSquare() throws InterruptedException {
        PolygonBoundary square = PolygonBoundary.of(new double[] {-1, 1, 1, -1}, new double[] {-1, -1, 1, 1});
        double x0 = 0.1;
        double y0 = 0.05;
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            CornerSolution s = CornerSolution.solve(square, 256, K, CornerSolutionTest.source(x0, y0), bc);
            CornerCloseField close = new CornerCloseField(s, square);
            double worstPlain = 0;
            double worst = 0;
            for (double delta : new double[] {1e-1, 1e-2, 1e-3, 1e-4, 1e-6, 1e-8}) {
                double c = delta / Math.sqrt(2);
                double[][] at = {{0.3, -1 - delta}, {0.999, -1 - delta}, {1 + c, -1 - c}, {-1 - delta, 0.9999}};
                for (double[] p : at) {
                    double[] e = CornerSolutionTest.phi(p[0] - x0, p[1] - y0);
                    double scale = 0.25;   // |Phi| is at most about this on these points
                    double[] u = close.field(p[0], p[1]);
                    double[] plain = s.field(p[0], p[1]);
                    double error = Math.hypot(u[0] + e[0], u[1] + e[1]) / scale;
                    double plainError = Math.hypot(plain[0] + e[0], plain[1] + e[1]) / scale;
                    System.out.printf("%s delta %.0e at (%.4f, %.4f): refined %.1e, trapezoid %.1e%n", bc, delta, p[0],
                            p[1], error, plainError);
                    worst = Math.max(worst, error);
                    worstPlain = Math.max(worstPlain, plainError);
                }
            }
            assertTrue(worst < 1e-5, bc + ": " + worst);
            assertTrue(worstPlain > 100 * worst, bc + ": the trapezoid rule " + worstPlain);
        }
    }

    /**
     * The same check beside Kress's teardrop x = 2 sin(pi t), y = -sin(2 pi t) (one corner of 90 degrees
     * at the origin; 256 points; source at (1.2, 0.1) inside): out of the curved side along its normal at
     * t = 0.3 and t = 0.93 (the latter 0.3 of the drop's size from the corner), and out of the corner along
     * the bisector of its outside. Measured: beside the curved side at most 5.3e-11 (soft) and 3.8e-10
     * (hard) at t = 0.3, 9.2e-10 and 9.5e-9 at t = 0.93, where the trapezoid rule is off by up to 1.2; out
     * of the corner 1.4e-9 (soft) and 7.7e-10 (hard) at 1e-3, rising to 2.9e-6 and 2.4e-9 at 1e-8, the
     * same as the trapezoid rule's there (the corner's own limit, as on the square).
     */
    @Test
    void nearTheCurvedSideAndTheCornerOfATeardrop() throws InterruptedException {
        PolygonBoundary drop = scatter.physics.exact.system.CurvedCornerSolutionTest.teardrop();
        double x0 = 1.2;
        double y0 = 0.1;
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            CornerSolution s = CornerSolution.solve(drop, 256, K, CornerSolutionTest.source(x0, y0), bc);
            CornerCloseField close = new CornerCloseField(s, drop);
            double worstPlain = 0;
            double worst = 0;
            for (double delta : new double[] {1e-1, 1e-2, 1e-3, 1e-4, 1e-6, 1e-8}) {
                double[][] at = {normalOut(0.3, delta), normalOut(0.93, delta), {-delta, 0}};
                for (double[] p : at) {
                    double[] e = CornerSolutionTest.phi(p[0] - x0, p[1] - y0);
                    double scale = 0.25;
                    double[] u = close.field(p[0], p[1]);
                    double[] plain = s.field(p[0], p[1]);
                    double error = Math.hypot(u[0] + e[0], u[1] + e[1]) / scale;
                    double plainError = Math.hypot(plain[0] + e[0], plain[1] + e[1]) / scale;
                    System.out.printf("teardrop %s delta %.0e at (%.4f, %.4f): refined %.1e, trapezoid %.1e%n", bc, delta,
                            p[0], p[1], error, plainError);
                    worst = Math.max(worst, error);
                    worstPlain = Math.max(worstPlain, plainError);
                }
            }
            assertTrue(worst < 1e-5, bc + ": " + worst);
            assertTrue(worstPlain > 100 * worst, bc + ": the trapezoid rule " + worstPlain);
        }
    }

    /** The point delta out of the teardrop along its outward normal at t. */
    private static double[] normalOut(double t, double delta) {
        double tx = 2 * Math.PI * Math.cos(Math.PI * t);
        double ty = -2 * Math.PI * Math.cos(2 * Math.PI * t);
        double length = Math.hypot(tx, ty);
        return new double[] {2 * Math.sin(Math.PI * t) + delta * ty / length, -Math.sin(2 * Math.PI * t) - delta * tx / length};
    }
}
