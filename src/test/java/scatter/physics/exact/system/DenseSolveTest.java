package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_ZDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scatter.linalg.Residuals;
import scatter.linalg.ThreadRanges;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * The exact model's dense solve on its own systems (the cylinder, an ellipse, the default
 * obstacle; both conditions) against EJML's LU, the reference it replaced: the densities within
 * 1e-12 relative, the backward error ||A x - b|| / (||A|| ||x||) below 1e-14, and the same
 * factors bit for bit on 1, 2, 3 and 8 threads.
 */
class DenseSolveTest {
    /** Boundary points: eight blocks of the LU. */
    private static final int POINTS = 512;

    private static SmoothCurve curve(String name) {
        return switch (name) {
            case "cylinder" -> SmoothCurve.of(t -> Math.cos(2 * Math.PI * t), t -> Math.sin(2 * Math.PI * t));
            case "ellipse" -> SmoothCurve.of(t -> Math.cos(2 * Math.PI * t), t -> 0.6 * Math.sin(2 * Math.PI * t));
            default -> SmoothCurve.of(t -> Math.cos(2 * Math.PI * t + 0.5 * Math.sin(2 * Math.PI * t + 0.9)),
                    t -> Math.sin(2 * Math.PI * t));
        };
    }

    private static ZMatrixRMaj matrix(NystromSystem system) throws InterruptedException {
        ZMatrixRMaj matrix = new ZMatrixRMaj(system.size(), system.size());
        system.assembleRows(0, system.size(), matrix);
        return matrix;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cylinder", "ellipse", "default"})
    void theDensitiesAreEjmlsWithinRoundingOnEveryThreadCount(String shape) throws Exception {
        SmoothCurve curve = curve(shape);
        PlaneWave wave = new PlaneWave(0.3, Math.toRadians(30));
        for (BoundaryCondition condition : BoundaryCondition.values()) {
            NystromSystem system = condition.system(BoundaryPoints.of(curve, POINTS / 2), new KressWeights(POINTS / 2),
                    wave, Coupling.eta(wave.k(), curve.radius()));
            ZMatrixRMaj a = matrix(system);
            ZMatrixRMaj b = system.rightHandSide();

            LinearSolverDense<ZMatrixRMaj> reference = LinearSolverFactory_ZDRM.lu(POINTS);
            assertTrue(reference.setA(a.copy()));
            ZMatrixRMaj expected = new ZMatrixRMaj(POINTS, 1);
            reference.solve(b, expected);

            ZMatrixRMaj factors = a.copy();
            double[] x = DenseSolve.solve(factors, b, RowRunner.serial()).x();
            String what = String.format(Locale.ROOT, "%s, %s", shape, condition);
            double difference = Residuals.relativeDifference(x, expected.data);
            assertTrue(difference < 1e-12, what + ": " + difference + " from EJML's density");
            double backward = Residuals.backwardError(a.data, POINTS, x, b.data);
            assertTrue(backward < 1e-14, what + ": backward error " + backward);

            for (int count : new int[] {1, 2, 3, 8}) {
                try (ThreadRanges ranges = new ThreadRanges(count)) {
                    ZMatrixRMaj again = a.copy();
                    double[] y = DenseSolve.solve(again, b, (rows, task) -> ranges.forRows(rows, task::run)).x();
                    assertArrayEquals(factors.data, again.data, what + ", " + count + " threads");
                    assertArrayEquals(x, y, what + ", " + count + " threads");
                }
            }
        }
    }
}
