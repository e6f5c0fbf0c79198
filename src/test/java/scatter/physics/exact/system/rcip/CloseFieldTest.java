package scatter.physics.exact.system.rcip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scatter.linalg.ParallelRows;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.CornerSolutionTest;

/** Probe. */
class CloseFieldTest {
    private static final double K = 2 * Math.PI / 0.5;

    @Test
    void probe() throws InterruptedException {
        double[][] s = RcipSolverTest.SHAPES[0];
        PolygonBoundary polygon = PolygonBoundary.of(s[0], s[1]);
        double x0 = s[2][0];
        double y0 = s[2][1];
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            int levels = bc == BoundaryCondition.SOFT ? 30 : 55;
            PanelSolution sol = RcipSolver.compressed(polygon, 0.5, levels, K, bc, CornerSolutionTest.source(x0, y0),
                    ParallelRows.serial(), true);
            double size = 2;
            for (int path = 0; path < 4; path++) {
                StringBuilder line = new StringBuilder(bc + " path " + path + ":");
                for (int e = 1; e <= 10; e++) {
                    double d = Math.pow(10, -e) * size;
                    double x;
                    double y;
                    switch (path) {
                        case 0: x = 0; y = -1 - d; break;
                        case 1: x = 0.9; y = -1 - d; break;
                        case 2: x = 1 + d / Math.sqrt(2); y = -1 - d / Math.sqrt(2); break;
                        default: x = 1 + d; y = -1; break;
                    }
                    double[] u = sol.closeField(x, y);
                    double[] p = CornerSolutionTest.phi(x - x0, y - y0);
                    line.append(String.format(" %.1e", Math.hypot(u[0] + p[0], u[1] + p[1]) / Math.hypot(p[0], p[1])));
                }
                System.out.println(line);
            }
        }
    }
}
