package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_ZDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scatter.linalg.Residuals;
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

    /** Runs ranges of uneven sizes on a real pool of {@code threads} threads. */
    private static RowRunner threads(ExecutorService pool, int threads) {
        return (rows, task) -> {
            List<Future<?>> futures = new ArrayList<>();
            int size = 1;
            for (int from = 0; from < rows; ) {
                int to = Math.min(rows, from + size);
                int f = from;
                futures.add(pool.submit(() -> {
                    task.run(f, to);
                    return null;
                }));
                from = to;
                size = size % (threads + 2) + 1;
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
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
                ExecutorService pool = Executors.newFixedThreadPool(count);
                try {
                    ZMatrixRMaj again = a.copy();
                    double[] y = DenseSolve.solve(again, b, threads(pool, count)).x();
                    assertArrayEquals(factors.data, again.data, what + ", " + count + " threads");
                    assertArrayEquals(x, y, what + ", " + count + " threads");
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }
}
