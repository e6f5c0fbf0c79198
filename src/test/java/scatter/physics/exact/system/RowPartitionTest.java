package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scatter.solve.ChunkedPool;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.curve.BoundaryPoints;

/**
 * The matrix is the same bit for bit however its rows are split and on however many threads they
 * are assembled, and so is the density the solver gets through a threaded {@link RowRunner}.
 */
class RowPartitionTest {
    private static SmoothCurve star() {
        return SmoothCurve.of(t -> (1 + 0.3 * Math.cos(6 * Math.PI * t)) * Math.cos(2 * Math.PI * t),
                t -> (1 + 0.3 * Math.cos(6 * Math.PI * t)) * Math.sin(2 * Math.PI * t));
    }

    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void assemblyDoesNotDependOnThePartition(BoundaryCondition bc) throws Exception {
        SmoothCurve curve = star();
        PlaneWave wave = new PlaneWave(0.5, Math.toRadians(20));
        int n = 64;
        NystromSystem system = bc.system(BoundaryPoints.of(curve, n), new KressWeights(n), wave, wave.k());
        int count = 2 * n;
        ZMatrixRMaj whole = new ZMatrixRMaj(count, count);
        system.assembleRows(0, count, whole);

        // uneven ranges, last first
        ZMatrixRMaj pieces = new ZMatrixRMaj(count, count);
        int[] cuts = {0, 1, 7, 50, 51, 127, count};
        for (int c = cuts.length - 2; c >= 0; c--) {
            system.assembleRows(cuts[c], cuts[c + 1], pieces);
        }
        assertArrayEquals(whole.data, pieces.data);

        // rows one at a time on three threads
        ZMatrixRMaj threaded = new ZMatrixRMaj(count, count);
        try (ChunkedPool pool = new ChunkedPool(3)) {
            pool.run(count, 1, () -> (from, to) -> system.assembleRows(from, to, threaded), null);
        }
        assertArrayEquals(whole.data, threaded.data);
    }

    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void severalObstaclesAssembleTheSameOnAnyPartition(BoundaryCondition bc) throws Exception {
        // the star and a circle 0.01 from its tip: some rows are formed on a refined boundary
        SmoothCurve circle = SmoothCurve.of(t -> 1.81 + 0.5 * Math.cos(2 * Math.PI * t), t -> 0.5 * Math.sin(2 * Math.PI * t));
        PlaneWave wave = new PlaneWave(0.5, Math.toRadians(20));
        BlockSystem system = new BlockSystem(java.util.List.of(star(), circle), new int[] {64, 32}, wave, bc, wave.k());
        org.junit.jupiter.api.Assertions.assertTrue(system.closeRows() > 0);
        int count = system.total;
        ZMatrixRMaj whole = new ZMatrixRMaj(count, count);
        system.assembleRows(0, count, whole);
        ZMatrixRMaj pieces = new ZMatrixRMaj(count, count);
        int[] cuts = {0, 1, 7, 50, 127, 128, 129, 190, count};
        for (int c = cuts.length - 2; c >= 0; c--) {
            system.assembleRows(cuts[c], cuts[c + 1], pieces);
        }
        assertArrayEquals(whole.data, pieces.data);
        ZMatrixRMaj threaded = new ZMatrixRMaj(count, count);
        try (ChunkedPool pool = new ChunkedPool(3)) {
            pool.run(count, 1, () -> (from, to) -> system.assembleRows(from, to, threaded), null);
        }
        assertArrayEquals(whole.data, threaded.data);
    }

    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void densityDoesNotDependOnTheRowRunner(BoundaryCondition bc) throws Exception {
        SmoothCurve curve = star();
        PlaneWave wave = new PlaneWave(0.7, 0);
        BoundarySolution serial = new BoundarySolver(curve, wave, bc).solve(Resolution.points(128), RowRunner.serial());
        BoundarySolution parallel;
        try (ChunkedPool pool = new ChunkedPool(2)) {
            RowRunner threaded = (rows, task) -> pool.run(rows, 5, () -> task::run, null);
            parallel = new BoundarySolver(curve, wave, bc).solve(Resolution.points(128), threaded);
        }
        assertArrayEquals(serial.density()[0], parallel.density()[0]);
        assertArrayEquals(serial.density()[1], parallel.density()[1]);
    }
}
