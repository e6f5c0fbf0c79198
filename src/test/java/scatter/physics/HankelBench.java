package scatter.physics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Throughput harness for {@link Hankel#evaluate} (a plain main, not a JUnit test):
 *
 * <pre>
 *   mvn -q test-compile
 *   java -cp target/classes:target/test-classes scatter.physics.HankelBench [rounds] [dist] [block]
 * </pre>
 *
 * Arguments are drawn like the solver's default case, x = 4 pi R with R uniform in [0.05, 7]
 * ({@code dist = default}); {@code dist = small} draws x uniform in [0.1, 8], {@code large}
 * uniform in [8, 200]. Every variant runs passes over the same block of arguments (1024 unless
 * {@code block} says otherwise) for about
 * 50 ms per round; variants take turns round-robin, so machine load hits them alike, and the
 * report is the median (and min) ns per element over the rounds after warm-up. Variants:
 * <ul>
 *   <li>{@code hankel}: {@link Hankel#evaluate};</li>
 *   <li>{@code cephes-fused}: {@link HankelCephesBaseline}, the first, straightforward Cephes port;</li>
 *   <li>{@code sin+cos}: Math.sin and Math.cos per element and nothing else;</li>
 *   <li>{@code kernel}: a stand-in for the solver kernel, distance from one observer to 1024
 *       segment midpoints, the Hankel batch, then two complex multiply-adds per segment; reported
 *       per pair, its inverse is the pairs-per-second figure.</li>
 * </ul>
 */
public final class HankelBench {

    private HankelBench() {
    }

    private static int N = 1024;
    private static volatile double sink;

    private interface Variant {
        void pass();
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String dist = args.length > 1 ? args[1] : "default";
        N = args.length > 2 ? Integer.parseInt(args[2]) : 1024;
        Random rnd = new Random(12345);
        double k = 4 * Math.PI;
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            switch (dist) {
                case "small": x[i] = 0.1 + 7.9 * rnd.nextDouble(); break;
                case "large": x[i] = 8.0 + 192.0 * rnd.nextDouble(); break;
                default: x[i] = k * (0.05 + 6.95 * rnd.nextDouble()); break;
            }
        }
        double[] j0 = new double[N];
        double[] y0 = new double[N];
        double[] j1 = new double[N];
        double[] y1 = new double[N];

        // kernel stand-in: observer at the origin, segment midpoints at distance R in random directions
        double[] sx = new double[N];
        double[] sy = new double[N];
        double[] wr = new double[N];
        double[] wi = new double[N];
        for (int i = 0; i < N; i++) {
            double r = x[i] / k;
            double a = 2 * Math.PI * rnd.nextDouble();
            sx[i] = r * Math.cos(a);
            sy[i] = r * Math.sin(a);
            wr[i] = rnd.nextDouble();
            wi[i] = rnd.nextDouble();
        }
        double[] kx = new double[N];

        List<String> names = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        names.add("hankel");
        variants.add(() -> {
            Hankel.evaluate(x, N, j0, y0, j1, y1);
            sink += j0[7] + y1[N - 1];
        });
        names.add("cephes-fused");
        variants.add(() -> {
            HankelCephesBaseline.evaluate(x, N, j0, y0, j1, y1);
            sink += j0[7] + y1[N - 1];
        });
        names.add("sin+cos");
        variants.add(() -> {
            for (int i = 0; i < N; i++) {
                j0[i] = Math.sin(x[i]);
                y0[i] = Math.cos(x[i]);
            }
            sink += j0[7] + y0[N - 1];
        });
        names.add("kernel");
        variants.add(() -> {
            double ox = 0.01;
            double oy = -0.02;
            for (int i = 0; i < N; i++) {
                double dx = sx[i] - ox;
                double dy = sy[i] - oy;
                kx[i] = k * Math.sqrt(dx * dx + dy * dy);
            }
            Hankel.evaluate(kx, N, j0, y0, j1, y1);
            double accR = 0;
            double accI = 0;
            for (int i = 0; i < N; i++) {
                // (wr + i wi) * H0 + (wi + i wr) * H1
                accR += wr[i] * j0[i] - wi[i] * y0[i] + wi[i] * j1[i] - wr[i] * y1[i];
                accI += wr[i] * y0[i] + wi[i] * j0[i] + wi[i] * y1[i] + wr[i] * j1[i];
            }
            sink += accR + accI;
        });

        int v = variants.size();
        int[] passes = new int[v];
        for (int i = 0; i < v; i++) {
            passes[i] = calibrate(variants.get(i));
        }
        int warm = 3;
        double[][] ns = new double[v][rounds];
        for (int r = 0; r < warm + rounds; r++) {
            for (int i = 0; i < v; i++) {
                Variant var = variants.get(i);
                long t0 = System.nanoTime();
                for (int p = 0; p < passes[i]; p++) {
                    var.pass();
                }
                long t1 = System.nanoTime();
                if (r >= warm) {
                    ns[i][r - warm] = (t1 - t0) / ((double) passes[i] * N);
                }
            }
        }
        System.out.printf("dist=%s, block=%d, %d rounds of ~50 ms per variant, ns per element (kernel: per pair)%n",
                dist, N, rounds);
        for (int i = 0; i < v; i++) {
            double[] a = ns[i].clone();
            Arrays.sort(a);
            System.out.printf("%-14s median %7.2f   min %7.2f   max %7.2f%n", names.get(i), a[a.length / 2], a[0],
                    a[a.length - 1]);
        }
    }

    /** Number of passes taking about 50 ms, after a JIT warm-up of about a second. */
    private static int calibrate(Variant var) {
        long end = System.nanoTime() + 1_000_000_000L;
        int count = 0;
        while (System.nanoTime() < end) {
            var.pass();
            count++;
        }
        return Math.max(1, count / 20);
    }
}
