package scatter.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Hankel} against scipy reference values (hankel_reference.csv, made by
 * src/test/scripts/hankel_reference.py) with the project's accuracy bound: relative error of the
 * complex value H_n = J_n + i Y_n at most 1e-13 for n = 0 and 1.
 */
class HankelTest {

    /** Bound on |H_computed - H_ref| / |H_ref| for each order. */
    private static final double BOUND = 1e-13;

    private static double[] xs;
    private static double[][] ref; // per point {J0, Y0, J1, Y1}

    @BeforeAll
    static void load() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = HankelTest.class.getResourceAsStream("hankel_reference.csv")) {
            assertTrue(in != null, "hankel_reference.csv not on the test class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("x,")) {
                    continue;
                }
                String[] f = line.split(",");
                assertEquals(5, f.length, line);
                double[] row = new double[5];
                for (int i = 0; i < 5; i++) {
                    row[i] = Double.parseDouble(f[i]);
                }
                rows.add(row);
            }
        }
        assertTrue(rows.size() >= 200, "too few reference rows: " + rows.size());
        xs = new double[rows.size()];
        ref = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            xs[i] = rows.get(i)[0];
            ref[i] = new double[] {rows.get(i)[1], rows.get(i)[2], rows.get(i)[3], rows.get(i)[4]};
        }
    }

    /** |(a + i b) - (c + i d)| / |c + i d|. */
    private static double relErr(double a, double b, double c, double d) {
        return Math.hypot(a - c, b - d) / Math.hypot(c, d);
    }

    private static void check(int i, double j0, double y0, double j1, double y1) {
        double[] r = ref[i];
        double e0 = relErr(j0, y0, r[0], r[1]);
        double e1 = relErr(j1, y1, r[2], r[3]);
        assertTrue(e0 <= BOUND, "H0 at x=" + xs[i] + ": relative error " + e0);
        assertTrue(e1 <= BOUND, "H1 at x=" + xs[i] + ": relative error " + e1);
    }

    @Test
    void pointwiseMatchesReference() {
        for (int i = 0; i < xs.length; i++) {
            double[] h = Hankel.h01(xs[i]);
            assertEquals(4, h.length);
            check(i, h[0], h[1], h[2], h[3]);
        }
    }

    @Test
    void batchMatchesReferenceAndLeavesTailAlone() {
        int n = xs.length;
        int tail = 5;
        double[] x = new double[n + tail];
        System.arraycopy(xs, 0, x, 0, n);
        for (int i = n; i < n + tail; i++) {
            x[i] = 10.0 + i; // valid arguments: they would be written if n were ignored
        }
        double sentinel = -12345.5;
        double[] j0 = filled(n + tail, sentinel);
        double[] y0 = filled(n + tail, sentinel);
        double[] j1 = filled(n + tail, sentinel);
        double[] y1 = filled(n + tail, sentinel);
        Hankel.evaluate(x, n, j0, y0, j1, y1);
        for (int i = 0; i < n; i++) {
            check(i, j0[i], y0[i], j1[i], y1[i]);
        }
        for (int i = n; i < n + tail; i++) {
            assertEquals(sentinel, j0[i]);
            assertEquals(sentinel, y0[i]);
            assertEquals(sentinel, j1[i]);
            assertEquals(sentinel, y1[i]);
        }
    }

    @Test
    void batchInShuffledOrderMatchesReference() {
        // the hot loop sees arguments of all sizes mixed; order must not matter
        int n = xs.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = (int) ((i * 7919L) % n);
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xs[perm[i]];
        }
        double[] j0 = new double[n];
        double[] y0 = new double[n];
        double[] j1 = new double[n];
        double[] y1 = new double[n];
        Hankel.evaluate(x, n, j0, y0, j1, y1);
        for (int i = 0; i < n; i++) {
            check(perm[i], j0[i], y0[i], j1[i], y1[i]);
        }
    }

    @Test
    void zeroLengthBatchWritesNothing() {
        double[] j0 = {7.0};
        Hankel.evaluate(new double[] {1.0}, 0, j0, new double[1], new double[1], new double[1]);
        assertEquals(7.0, j0[0]);
    }

    @Test
    void invalidArgumentsGiveNaN() {
        for (double x : new double[] {0.0, -0.0, -1.0, -100.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
            double[] h = Hankel.h01(x);
            for (double v : h) {
                assertTrue(Double.isNaN(v), "x=" + x + " gave " + v);
            }
        }
    }

    @Test
    void finiteDownToTinyArguments() {
        for (double x : new double[] {3.6e-309, Double.MIN_NORMAL, 1e-300, 1e-200, 1e-20}) {
            double[] h = Hankel.h01(x);
            for (double v : h) {
                assertTrue(Double.isFinite(v), "x=" + x + " gave " + v);
            }
            // leading terms: J0 -> 1, J1 -> x/2, Y1 -> -2/(pi x); subnormal x allows a few ulps more
            assertEquals(1.0, h[0], 0.0);
            assertEquals(0.5 * x, h[2], 1e-15 * x + 4 * Double.MIN_VALUE);
            assertEquals(-2.0 / (Math.PI * x), h[3], 1e-15 * 2.0 / (Math.PI * x));
        }
    }

    @Test
    void modulusAtHugeArguments() {
        // |H_n| = sqrt(2/(pi x)) (1 + O(1/x^2)) (DLMF 10.18.17); written so nothing underflows
        double sqrtTwoOverPi = Math.sqrt(2.0 / Math.PI);
        for (double x : new double[] {1e9, 2e9, 1e12, 1e15, 1e20, 1e100, 1e300, Double.MAX_VALUE}) {
            double[] h = Hankel.h01(x);
            assertEquals(1.0, Math.hypot(h[0], h[1]) * Math.sqrt(x) / sqrtTwoOverPi, 1e-14, "|H0| at x=" + x);
            assertEquals(1.0, Math.hypot(h[2], h[3]) * Math.sqrt(x) / sqrtTwoOverPi, 1e-14, "|H1| at x=" + x);
        }
    }

    @Test
    void wronskianHoldsOnManyArguments() {
        // J1 Y0 - J0 Y1 = 2/(pi x) (DLMF 10.5.2), away from the reference points and in one big batch
        int n = 20000;
        double[] x = new double[n];
        java.util.Random rnd = new java.util.Random(42);
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(10.0, -3.0 + 12.0 * rnd.nextDouble());
        }
        double[] j0 = new double[n];
        double[] y0 = new double[n];
        double[] j1 = new double[n];
        double[] y1 = new double[n];
        Hankel.evaluate(x, n, j0, y0, j1, y1);
        for (int i = 0; i < n; i++) {
            double w = j1[i] * y0[i] - j0[i] * y1[i];
            double expected = 2.0 / (Math.PI * x[i]);
            assertEquals(1.0, w / expected, 1e-13, "x=" + x[i]);
        }
    }

    @Test
    void compiledCodeGivesTheSameBits() {
        // evaluate is written so that HotSpot vectorizes it once compiled; IEEE arithmetic with FMA,
        // correctly rounded division and sqrt must give the same bits as the first, interpreted run
        int n = 1024;
        double[] x = new double[n];
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            x[i] = i % 50 == 0 ? 5.0 * rnd.nextDouble() : 4 * Math.PI * (0.05 + 6.95 * rnd.nextDouble());
        }
        double[][] first = new double[4][n];
        Hankel.evaluate(x, n, first[0], first[1], first[2], first[3]);
        double[][] out = new double[4][n];
        for (int rep = 0; rep < 20000; rep++) {
            Hankel.evaluate(x, n - rep % 3, out[0], out[1], out[2], out[3]);
        }
        Hankel.evaluate(x, n, out[0], out[1], out[2], out[3]);
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < n; i++) {
                assertEquals(first[k][i], out[k][i], 0.0, "output " + k + " at x=" + x[i]);
            }
        }
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
