package scatter.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What this machine gives a second thread when the work is memory, not arithmetic: the ceiling
 * against which the fast multipole evaluation's 1 to 2 thread speedup is read (docs/performance.md,
 * "Fast multipole evaluation"). Plain threads, no pool, no solver:
 *
 * <pre>
 *   java -cp target/bench/benchmarks.jar scatter.bench.MemoryCeiling THREADS [NODES [REPEATS]]
 * </pre>
 * (NODES default 8193 x 8193, the 8192 x 8192 cell grid's; REPEATS default 5). Run it in a fresh
 * process per thread count, alternating: its first step is memory touched for the first time.
 * <ol>
 *   <li>first touch: the field's arrays for NODES nodes (four of doubles, two of bytes: 2.3 GB at
 *       the default) allocated by the threads, one array at a time each, as the solver's
 *       {@code FieldArrays} does; Java zeroes each on the thread that makes it, and the kernel gives
 *       each new page on its first write;</li>
 *   <li>streaming: a[i] = b[i] + s c[i] over three of those arrays (1.6 GB read and written per
 *       sweep), each thread over its own contiguous part, REPEATS sweeps, the median's GB/s;</li>
 *   <li>arithmetic: a loop of dependent multiply-adds in registers, the same count per thread,
 *       REPEATS times, the median: what the processors give two threads when memory is not asked.</li>
 * </ol>
 * The speedup of each step is its time on one thread over its time on two.
 */
public final class MemoryCeiling {
    private MemoryCeiling() {
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 8193 * 8193;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.printf(Locale.ROOT, "%d thread(s), %d nodes; %d processors, load %.2f%n", threads, nodes,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        AtomicReferenceArray<Object> arrays = new AtomicReferenceArray<>(6);
        long t0 = System.nanoTime();
        parallel(threads, t -> {
            for (int i = t; i < 6; i += threads) {
                arrays.set(i, i < 4 ? new double[nodes] : new byte[nodes]);
            }
        });
        double touch = (System.nanoTime() - t0) * 1e-9;
        long bytes = 4L * 8 * nodes + 2L * nodes;
        System.out.printf(Locale.ROOT, "first touch: %.3f s for %.2f GB (%.2f s per GB)%n", touch, bytes / 1e9,
                touch / (bytes / 1e9));

        double[] a = (double[]) arrays.get(0);
        double[] b = (double[]) arrays.get(1);
        double[] c = (double[]) arrays.get(2);
        double[] sweeps = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            double s = 1.0 + r;
            long s0 = System.nanoTime();
            parallel(threads, t -> {
                int from = (int) ((long) nodes * t / threads);
                int to = (int) ((long) nodes * (t + 1) / threads);
                for (int i = from; i < to; i++) {
                    a[i] = b[i] + s * c[i];
                }
            });
            sweeps[r] = (System.nanoTime() - s0) * 1e-9;
        }
        double sweep = median(sweeps);
        System.out.printf(Locale.ROOT, "streaming: median %.3f s per sweep, %.2f GB/s (%s)%n", sweep,
                3.0 * 8 * nodes / sweep / 1e9, list(sweeps));

        long steps = 400_000_000L;
        double[] sink = new double[threads];
        double[] sums = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long s0 = System.nanoTime();
            parallel(threads, t -> {
                double x = 1e-3 * (t + 1);
                double y = 0.5;
                for (long i = 0; i < steps; i++) {
                    y = y * 0.999999 + x;
                }
                sink[t] = y;
            });
            sums[r] = (System.nanoTime() - s0) * 1e-9;
        }
        System.out.printf(Locale.ROOT, "arithmetic: median %.3f s for %d steps per thread (%s; %s)%n", median(sums),
                steps, list(sums), sink[0] > 0 ? "ok" : "?");
    }

    private interface Part {
        void run(int thread);
    }

    private static void parallel(int threads, Part part) throws InterruptedException {
        Thread[] all = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int mine = t;
            all[t] = new Thread(() -> part.run(mine));
            all[t].start();
        }
        for (Thread t : all) {
            t.join();
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String list(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", v));
        }
        return b.toString();
    }
}
