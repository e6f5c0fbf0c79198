package scatter.physics.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;
import scatter.solve.ChunkedPool;

/**
 * The exact model's solve for ten cylinders of radius 0.5 at lambda 0.5 (ka 6.3, the 'ten' case of
 * the multipole reference, sound-hard): 640 then 1280 boundary points, the error estimate's rows on
 * 2560, and two LUs on one thread. Assembly rows on the product's pool (chunks on a
 * {@link ChunkedPool}) with 1 and 2 threads. In the facade's package, beside {@link ExactModel},
 * which is all it calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class SeveralObstaclesBenchmark {
    /** Centres of the ten cylinders (multi_obstacles.csv, case ten). */
    private static final double[][] CENTRES = {{-3, 0}, {-1.5, 0}, {0, 0}, {1.5, 0}, {3, 0},
        {-2.25, 1.3}, {-0.75, 1.3}, {0.75, 1.3}, {2.25, 1.3}, {3.75, 1.3}};

    @Param({"1", "2"})
    int threads;

    List<SmoothCurve> curves;
    ChunkedPool pool;
    RowRunner rows;

    @Setup
    public void curves() {
        curves = new ArrayList<>();
        for (double[] c : CENTRES) {
            curves.add(SmoothCurve.of(t -> c[0] + 0.5 * Math.cos(2 * Math.PI * t), t -> c[1] + 0.5 * Math.sin(2 * Math.PI * t)));
        }
        pool = new ChunkedPool(threads);
        rows = (count, task) -> pool.run(count, pool.chunkSize(count, 1, 64), () -> task::run, null);
    }

    @TearDown
    public void closePool() {
        pool.close();
    }

    @Benchmark
    public ExactModel solve() throws InterruptedException {
        return ExactModel.solve(new PlaneWave(0.5, 0), curves, BoundaryCondition.HARD, Resolution.defaults(), rows);
    }
}
