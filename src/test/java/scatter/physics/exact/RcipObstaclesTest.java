package scatter.physics.exact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import scatter.physics.Incident;
import scatter.physics.LineSource;
import scatter.physics.SourceSum;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;
import scatter.physics.exact.system.rcip.RcipSolver;

public class RcipObstaclesTest {
    private static final double LAMBDA = 1;
    private static final double K = 2 * Math.PI / LAMBDA;
    private static final double[][] POINTS = {{6, 0.2}, {-3.5, 2.7}, {0.3, -4}, {3.9, 3.9}, {1.25, 1.6}};

    @Test
    void probe() throws InterruptedException {
        check(List.of(CornerObstaclesTest.square(), CornerObstaclesTest.disc()), 0.1, 0.05, BoundaryCondition.SOFT, 1e-12);
        check(List.of(CornerObstaclesTest.square(), CornerObstaclesTest.disc()), 0.1, 0.05, BoundaryCondition.HARD, 1e-12);
    }

    static ExactModel check(List<ObstacleShape> shapes, double x0, double y0, BoundaryCondition bc, double tol)
            throws InterruptedException {
        Incident wave = new LineSource(LAMBDA, x0, y0);
        long t = System.nanoTime();
        ExactModel model = ExactModel.solveShapesByRcip(wave, shapes, bc, Resolution.tolerance(tol),
                RcipSolver.MOST_UNKNOWNS, RowRunner.serial());
        SourceSum sum = new SourceSum(K);
        double[] u = new double[2];
        double worst = 0;
        double largest = 0;
        for (double[] p : POINTS) {
            sum.at(model.fieldSources(), p[0], p[1], u);
            double[] e = CornerObstaclesTest.phi(p[0] - x0, p[1] - y0);
            worst = Math.max(worst, Math.hypot(u[0] + e[0], u[1] + e[1]));
            largest = Math.max(largest, Math.hypot(e[0], e[1]));
        }
        System.out.printf("%s source (%s, %s): unknowns %s, %s, field error %.2g, %.1f s%n", bc, x0, y0,
                model.levels().stream().map(l -> Integer.toString(l.points())).toList(),
                model.panels().formulation(), worst / largest, (System.nanoTime() - t) * 1e-9);
        assertTrue(worst < tol * largest, bc + ": " + worst / largest);
        return model;
    }
}
