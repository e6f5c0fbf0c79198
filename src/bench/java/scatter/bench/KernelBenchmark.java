package scatter.bench;

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
import scatter.physics.Field;
import scatter.physics.FieldKernel;
import scatter.physics.PreparedProblem;
import scatter.solve.Problem;

/**
 * The kernel for one node against 1024 segments (the default obstacle), single thread. The score,
 * in operations per microsecond, is millions of node-segment pairs per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KernelBenchmark {
    static final int SEGMENTS = 1024;
    FieldKernel kernel;
    Field field;
    int[] nodes;

    @Setup
    public void problem() {
        PreparedProblem prepared = new Problem(0.5, 256, 256, SEGMENTS, Problem.DEFAULT_XC, Problem.DEFAULT_YC).prepare();
        kernel = prepared.newKernel();
        field = new Field(prepared.grid());
        // a spread of outside nodes: every 97th node, skipping the obstacle
        java.util.List<Integer> outside = new java.util.ArrayList<>();
        for (int k = 0; k < prepared.grid().nodes(); k += 97) {
            if (!prepared.insideTest().contains(prepared.grid().xOf(k), prepared.grid().yOf(k))) {
                outside.add(k);
            }
        }
        nodes = outside.stream().mapToInt(Integer::intValue).toArray();
    }

    int next;

    @Benchmark
    @OperationsPerInvocation(SEGMENTS)
    public void oneNode(Blackhole bh) {
        int k = nodes[next];
        next = next + 1 == nodes.length ? 0 : next + 1;
        kernel.computeField(k, field);
        bh.consume(field.scatteredRe()[k]);
    }
}
