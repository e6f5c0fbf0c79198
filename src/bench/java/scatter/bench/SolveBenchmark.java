package scatter.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import scatter.physics.Field;
import scatter.physics.PreparedProblem;
import scatter.solve.FieldSolver;
import scatter.solve.Problem;

/** The whole solve on the thread pool: 128 x 128 x 128 and 256 x 256 x 1024, on 1 and 2 threads. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class SolveBenchmark {
    /** nx x ny x nc. */
    @Param({"128x128x128", "256x256x1024"})
    String size;

    @Param({"1", "2"})
    int threads;

    PreparedProblem prepared;
    FieldSolver solver;

    @Setup
    public void problem() {
        String[] n = size.split("x");
        prepared = new Problem(0.5, Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]),
                Problem.DEFAULT_XC, Problem.DEFAULT_YC).prepare();
        solver = new FieldSolver(threads);
    }

    @Benchmark
    public Field solve() throws InterruptedException {
        return solver.solve(prepared, null);
    }
}
