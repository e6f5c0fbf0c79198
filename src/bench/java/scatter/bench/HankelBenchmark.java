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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import scatter.physics.Hankel;

/**
 * Time per evaluation of the pair H0(x), H1(x), in blocks of 1024 arguments as the kernel calls it,
 * against the first, plain Cephes port ({@link HankelCephesBaseline}) and against {@code Math.sin}
 * plus {@code Math.cos} alone, the floor for any method that reduces the argument. The arguments:
 * <ul>
 *   <li>{@code default}: as in the default case, x = k R with k = 4 pi and R uniform in [0.05, 7]
 *       (5% of them at most 5, where the rational approximations are used);</li>
 *   <li>{@code small}: x uniform in [0.1, 8], mostly the rational approximations;</li>
 *   <li>{@code large}: x uniform in [8, 200], the modulus/phase form only.</li>
 * </ul>
 * The score is per argument.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HankelBenchmark {
    static final int N = 1024;

    @Param({"default", "small", "large"})
    String arguments;

    final double[] x = new double[N];
    final double[] j0 = new double[N];
    final double[] y0 = new double[N];
    final double[] j1 = new double[N];
    final double[] y1 = new double[N];

    @Setup
    public void arguments() {
        Random random = new Random(1);
        for (int i = 0; i < N; i++) {
            double u = random.nextDouble();
            x[i] = switch (arguments) {
                case "small" -> 0.1 + 7.9 * u;
                case "large" -> 8.0 + 192.0 * u;
                default -> 4 * Math.PI * (0.05 + 6.95 * u);
            };
        }
    }

    /** Batch evaluation, as the kernel calls it. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void batch(Blackhole bh) {
        Hankel.evaluate(x, N, j0, y0, j1, y1);
        bh.consume(j0);
        bh.consume(y1);
    }

    /** The same with the first, untuned port of Cephes: what the tuning gained. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void cephesBaseline(Blackhole bh) {
        HankelCephesBaseline.evaluate(x, N, j0, y0, j1, y1);
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
