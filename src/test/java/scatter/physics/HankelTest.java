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
        for (double x : new double[] {Double.MIN_NORMAL, 1e-300, 1e-200, 1e-20}) {
            double[] h = Hankel.h01(x);
            for (double v : h) {
                assertTrue(Double.isFinite(v), "x=" + x + " gave " + v);
            }
            // leading terms: J0 -> 1, J1 -> x/2, Y1 -> -2/(pi x)
            assertEquals(1.0, h[0], 0.0);
            assertEquals(0.5 * x, h[2], 1e-15 * x);
            assertEquals(-2.0 / (Math.PI * x), h[3], 1e-15 * 2.0 / (Math.PI * x));
        }
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
