package scatter.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_ZDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import scatter.solve.ChunkedPool;

/**
 * The LU of {@link ComplexLu} against EJML's complex LU, side by side in one JVM: for each size,
 * runs alternate EJML (one thread, as it is) and ComplexLu on each thread count given, on the
 * product's {@link ChunkedPool}, on the same random well-conditioned matrix, and prints the median
 * time of each, its rate in GFlop/s ((8/3) n^3 real flops) and the ratios, and the process's CPU
 * time during ComplexLu's runs (on a loaded machine, the work done apart from the waiting). A run of each first is
 * untimed (the JIT's warm-up). Seconds per LU are long enough that a hand-timed median is the
 * right tool here; JMH's iterations would repeat a 45-second EJML factorisation dozens of times.
 *
 * <p>Usage: {@code java -cp target/bench/benchmarks.jar scatter.linalg.LuComparison SIZES THREADS
 * REPEATS [noejml]}, e.g. {@code 2048,4096 1,2 3}; see src/bench/lu-vs-ejml.sh. With
 * {@code -Dblocks=32,64,128} each block width is measured as well (the product's is
 * {@link ComplexLu#BLOCK}); the factors are the same whatever the width.
 */
public final class LuComparison {
    private LuComparison() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray();
        int[] threads = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int repeats = Integer.parseInt(args[2]);
        boolean ejml = args.length < 4 || !args[3].equals("noejml");
        int[] blocks = Arrays.stream(System.getProperty("blocks", String.valueOf(ComplexLu.BLOCK)).split(","))
                .mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) {
            double[] a = random(n);
            List<List<Double>> times = new ArrayList<>();
            List<List<Double>> cpu = new ArrayList<>();
            for (int t = 0; t <= threads.length * blocks.length; t++) {
                times.add(new ArrayList<>());
                cpu.add(new ArrayList<>());
            }
            for (int rep = -1; rep < repeats; rep++) {
                if (ejml) {
                    double s = ejml(a, n);
                    if (rep >= 0) {
                        times.get(0).add(s);
                    }
                }
                for (int b = 0; b < blocks.length; b++) {
                    for (int t = 0; t < threads.length; t++) {
                        double s = ours(a, n, threads[t], blocks[b]);
                        if (rep >= 0) {
                            times.get(1 + b * threads.length + t).add(s);
                            cpu.get(b * threads.length + t).add(CPU.get(CPU.size() - 1));
                        }
                    }
                }
            }
            double flops = 8.0 / 3 * n * (double) n * n;
            double reference = ejml ? median(times.get(0)) : Double.NaN;
            System.out.printf(Locale.ROOT, "n = %d, median of %d%n", n, repeats);
            if (ejml) {
                System.out.printf(Locale.ROOT, "  EJML LU_ZDRM, 1 thread: %8.3f s %6.2f GFlop/s%n", reference,
                        flops / reference * 1e-9);
            }
            for (int b = 0; b < blocks.length; b++) {
                double one = Double.NaN;
                for (int t = 0; t < threads.length; t++) {
                    double s = median(times.get(1 + b * threads.length + t));
                    one = threads[t] == 1 ? s : one;
                    double c = median(cpu.get(b * threads.length + t));
                    System.out.printf(Locale.ROOT, "  ComplexLu, block %d, %d thread(s): %8.3f s %6.2f GFlop/s, %.2fx EJML,"
                            + " %.2fx 1 thread; CPU %.3f s, %.2f GFlop/s of CPU time%n", blocks[b], threads[t], s,
                            flops / s * 1e-9, reference / s, one / s, c, flops / c * 1e-9);
                }
            }
        }
    }

    private static double[] random(int n) {
        Random random = new Random(n);
        double[] a = new double[2 * n * n];
        for (int k = 0; k < a.length; k++) {
            a[k] = random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            a[2 * (i * n + i)] += 2 * Math.sqrt(n);
        }
        return a;
    }

    private static double ejml(double[] a, int n) {
        ZMatrixRMaj matrix = new ZMatrixRMaj(n, n);
        System.arraycopy(a, 0, matrix.data, 0, a.length);
        LinearSolverDense<ZMatrixRMaj> lu = LinearSolverFactory_ZDRM.lu(n);
        long start = System.nanoTime();
        lu.setA(matrix);
        return (System.nanoTime() - start) * 1e-9;
    }

    private static double ours(double[] a, int n, int threads, int block) throws InterruptedException {
        double[] copy = a.clone();
        try (ChunkedPool pool = new ChunkedPool(threads)) {
            ParallelRows ranges = (count, range) -> pool.run(count, pool.chunkSize(count, 1, 64), () -> range::run, null);
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            ComplexLu.factor(copy, n, block, ranges);
            double seconds = (System.nanoTime() - start) * 1e-9;
            CPU.add((processCpuNanos() - cpu) * 1e-9);
            return seconds;
        }
    }

    /** The CPU seconds of the process during each of ours, the last ones first read by main. */
    private static final List<Double> CPU = new ArrayList<>();

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
    }
}
