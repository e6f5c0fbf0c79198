package scatter.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import scatter.physics.Hankel;

/**
 * Time per evaluation of the pair H0(x), H1(x), for arguments distributed as in the default
 * case (k = 4 pi, distances 0.05 to 7, so x from about 0.6 to 88), in blocks of 1024.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HankelBenchmark {
    static final int N = 1024;
    final double[] x = new double[N];
    final double[] j0 = new double[N];
    final double[] y0 = new double[N];
    final double[] j1 = new double[N];
    final double[] y1 = new double[N];

    @Setup
    public void arguments() {
        Random random = new Random(1);
        for (int i = 0; i < N; i++) {
            x[i] = 4 * Math.PI * (0.05 + 6.95 * random.nextDouble());
        }
    }

    /** Batch evaluation, as the kernel calls it; the score is per element. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void batch(Blackhole bh) {
        Hankel.evaluate(x, N, j0, y0, j1, y1);
        bh.consume(j0);
        bh.consume(y1);
    }

    /** Only sin and cos of each argument, the floor for any method that reduces the argument. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double mathSinCos() {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += Math.sin(x[i]) + Math.cos(x[i]);
        }
        return sum;
    }
}
