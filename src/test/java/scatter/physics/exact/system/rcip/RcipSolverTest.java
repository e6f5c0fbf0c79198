package scatter.physics.exact.system.rcip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scatter.linalg.ParallelRows;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.CornerSolutionTest;

/**
 * The panel solvers against the interior line source: u_inc = Phi(x, x0) with x0 inside makes
 * u_s = -Phi(x, x0) outside exactly, and f(theta) = -e^{i pi/4}/sqrt(8 pi k) e^{-ik xhat.x0}.
 */
class RcipSolverTest {
    private static final double K = 2 * Math.PI / 0.5;
    private static final double T5 = Math.tan(Math.toRadians(5));
    static final double[][][] SHAPES = {
        {{-1, 1, 1, -1}, {-1, -1, 1, 1}, {0.1, 0.05}},
        {{0, 2, 2}, {0, 0, 1.5}, {1.4, 0.4}},
        {{0, 2, 2, 1, 1, 0}, {0, 0, 1, 1, 2, 2}, {0.3, 0.25}},
        {{0, 4, 4, 2 + 2 * T5, 2, 2 - 2 * T5, 0, 0, -3, 0},
            {0, 0, 3, 3, 1, 3, 3, 1.5 + 3 * T5, 1.5, 1.5 - 3 * T5}, {1, 2}},
    };
    private static final double[][] POINTS = {{5, 0.2}, {-3.5, 2.7}, {0.3, -4}, {3.9, 3.9}};

    @Test
    void explore() throws InterruptedException {
        for (BoundaryCondition bc : new BoundaryCondition[] {BoundaryCondition.HARD}) {
            for (int shape = 0; shape < 4; shape++) {
                for (double h : new double[] {0.5, 0.25}) {
                    for (int levels : new int[] {20, 40}) {
                        double[] e = errors(shape, h, levels, bc, true);
                        System.out.printf("%s shape %d H %.3f levels %d: field %.1e far %.1e%n", bc, shape, h, levels, e[0], e[1]);
                    }
                }
            }
        }
    }

    static double[] errors(int shape, double h, int levels, BoundaryCondition bc, boolean rcip) throws InterruptedException {
        double[][] s = SHAPES[shape];
        PolygonBoundary polygon = PolygonBoundary.of(s[0], s[1]);
        double x0 = s[2][0];
        double y0 = s[2][1];
        PanelSolution sol = rcip
                ? RcipSolver.compressed(polygon, h, levels, K, bc, CornerSolutionTest.source(x0, y0), ParallelRows.serial())
                : RcipSolver.refined(polygon, h, levels, K, bc, CornerSolutionTest.source(x0, y0), ParallelRows.serial());
        double worst = 0;
        double scale = 0;
        for (double[] q : POINTS) {
            double[] u = sol.field(q[0], q[1]);
            double[] e = CornerSolutionTest.phi(q[0] - x0, q[1] - y0);
            worst = Math.max(worst, Math.hypot(u[0] + e[0], u[1] + e[1]));
            scale = Math.max(scale, Math.hypot(e[0], e[1]));
        }
        double far = 0;
        double c = 1 / Math.sqrt(8 * Math.PI * K);
        for (int a = 0; a < 72; a++) {
            double theta = a * Math.PI / 36;
            double[] f = sol.farField(theta);
            double phase = -K * (x0 * Math.cos(theta) + y0 * Math.sin(theta)) + Math.PI / 4;
            far = Math.max(far, Math.hypot(f[0] + c * Math.cos(phase), f[1] + c * Math.sin(phase)) / c);
        }
        System.out.printf("  (%s, %d unknowns, %.2f s)%n", rcip ? "rcip" : "refined", sol.unknowns(), sol.nanos() * 1e-9);
        return new double[] {worst / scale, far};
    }
}
