package scatter.physics.exact.system;

import java.util.concurrent.TimeUnit;
import org.ejml.data.ZMatrixRMaj;
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
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.solve.ChunkedPool;

/**
 * The exact model's matrix assembly alone, on the product's thread pool as the command line runs
 * it (rows in chunks on a {@link ChunkedPool}), for the default obstacle's sound-hard system at
 * lambda 0.05: the LU that follows it in a run takes ten to a hundred times longer and runs on one
 * thread, so a run's own times cannot show how the assembly scales. In this package for the
 * system's package-private API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(1)
public class AssemblyBenchmark {
    @Param({"2048", "4096"})
    int points;

    @Param({"1", "2"})
    int threads;

    NystromSystem system;
    ZMatrixRMaj matrix;
    ChunkedPool pool;

    @Setup
    public void system() {
        SmoothCurve curve = SmoothCurve.of(t -> Math.cos(2 * Math.PI * t + 0.5 * Math.sin(2 * Math.PI * t + 0.9)),
                t -> Math.sin(2 * Math.PI * t));
        BoundaryPoints p = BoundaryPoints.of(curve, points / 2);
        system = BoundaryCondition.HARD.system(p, new KressWeights(p.n), new PlaneWave(0.05, 0), 2 * Math.PI / 0.05);
        matrix = new ZMatrixRMaj(points, points);
        pool = new ChunkedPool(threads);
    }

    @TearDown
    public void closePool() {
        pool.close();
    }

    @Benchmark
    public ZMatrixRMaj assemble() throws InterruptedException {
        pool.run(points, pool.chunkSize(points, 1, 64), () -> (from, to) -> system.assembleRows(from, to, matrix), null);
        return matrix;
    }
}
