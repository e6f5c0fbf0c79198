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
 * time of each, its rate in GFlop/s ((8/3) n^3 real flops) and the ratios. A run of each first is
 * untimed (the JIT's warm-up). Seconds per LU are long enough that a hand-timed median is the
 * right tool here; JMH's iterations would repeat a 45-second EJML factorisation dozens of times.
 *
 * <p>Usage: {@code java -cp target/bench/benchmarks.jar scatter.linalg.LuComparison SIZES THREADS
 * REPEATS [noejml]}, e.g. {@code 2048,4096 1,2 3}; see src/bench/lu-vs-ejml.sh.
 */
public final class LuComparison {
    private LuComparison() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray();
        int[] threads = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int repeats = Integer.parseInt(args[2]);
        boolean ejml = args.length < 4 || !args[3].equals("noejml");
        for (int n : sizes) {
            double[] a = random(n);
            List<List<Double>> times = new ArrayList<>();
            for (int t = 0; t <= threads.length; t++) {
                times.add(new ArrayList<>());
            }
            for (int rep = -1; rep < repeats; rep++) {
                if (ejml) {
                    double s = ejml(a, n);
                    if (rep >= 0) {
                        times.get(0).add(s);
                    }
                }
                for (int t = 0; t < threads.length; t++) {
                    double s = ours(a, n, threads[t]);
                    if (rep >= 0) {
                        times.get(t + 1).add(s);
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
            double one = Double.NaN;
            for (int t = 0; t < threads.length; t++) {
                double s = median(times.get(t + 1));
                one = threads[t] == 1 ? s : one;
                System.out.printf(Locale.ROOT, "  ComplexLu, %d thread(s): %8.3f s %6.2f GFlop/s, %.2fx EJML, %.2fx 1 thread"
                        + "%n", threads[t], s, flops / s * 1e-9, reference / s, one / s);
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

    private static double ours(double[] a, int n, int threads) throws InterruptedException {
        double[] copy = a.clone();
        try (ChunkedPool pool = new ChunkedPool(threads)) {
            ParallelRows ranges = (count, range) -> pool.run(count, pool.chunkSize(count, 1, 64), () -> range::run, null);
            long start = System.nanoTime();
            ComplexLu.factor(copy, n, ranges);
            return (System.nanoTime() - start) * 1e-9;
        }
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
    }
}
