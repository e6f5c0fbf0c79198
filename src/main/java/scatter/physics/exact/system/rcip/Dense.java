package scatter.physics.exact.system.rcip;

import scatter.linalg.ComplexLu;
import scatter.linalg.ParallelRows;

/**
 * The few operations on small dense complex matrices (row-major, interleaved re, im) that the
 * corner recursion needs: products and the inverse (by {@link ComplexLu}, column by column).
 */
final class Dense {
    private Dense() {
    }

    /**
     * C = A B, A m x l, B l x n. B and C are held split into real and imaginary planes while
     * multiplying, so that the inner loop (over a row of B) is four plain multiply-adds the JIT
     * vectorizes.
     */
    static double[] times(double[] a, double[] b, int m, int l, int n) {
        double[][] planes = planes(b);
        return times(a, planes[0], planes[1], m, l, n);
    }

    /** {real parts, imaginary parts} of an interleaved array. */
    static double[][] planes(double[] b) {
        int size = b.length / 2;
        double[] br = new double[size];
        double[] bi = new double[size];
        for (int q = 0; q < size; q++) {
            br[q] = b[2 * q];
            bi[q] = b[2 * q + 1];
        }
        return new double[][] {br, bi};
    }

    /** C = A B with B given by its {@link #planes}: the same operations, in the same order, as {@link #times(double[], double[], int, int, int)}. */
    static double[] times(double[] a, double[] br, double[] bi, int m, int l, int n) {
        double[] c = new double[2 * m * n];
        timesRows(a, br, bi, l, n, c, 0, m);
        return c;
    }

    /**
     * C = A B with the rows of C in ranges on {@code rows}: each row's operations are those of
     * {@link #times(double[], double[], int, int, int)}, so the product is the same bit for bit on any threads.
     */
    static double[] times(double[] a, double[] b, int m, int l, int n, ParallelRows rows) throws InterruptedException {
        double[][] planes = planes(b);
        double[] c = new double[2 * m * n];
        rows.forRows(m, (from, to) -> timesRows(a, planes[0], planes[1], l, n, c, from, to));
        return c;
    }

    /**
     * Each thread's row of C in planes, kept from call to call: the recursion's products come a row at
     * a time from the threads, a few thousand a corner.
     */
    private static final ThreadLocal<double[][]> ROW = ThreadLocal.withInitial(() -> new double[2][0]);

    /** Rows [from, to) of C = A B into c. */
    private static void timesRows(double[] a, double[] br, double[] bi, int l, int n, double[] c, int from, int to) {
        double[][] row = ROW.get();
        if (row[0].length < n) {
            row[0] = new double[n];
            row[1] = new double[n];
        }
        double[] cr = row[0];
        double[] ci = row[1];
        for (int i = from; i < to; i++) {
            java.util.Arrays.fill(cr, 0, n, 0.0);
            java.util.Arrays.fill(ci, 0, n, 0.0);
            for (int q = 0; q < l; q++) {
                double ar = a[2 * (i * l + q)];
                double ai = a[2 * (i * l + q) + 1];
                if (ar == 0 && ai == 0) {
                    continue;
                }
                int bq = q * n;
                for (int j = 0; j < n; j++) {
                    cr[j] += ar * br[bq + j] - ai * bi[bq + j];
                    ci[j] += ar * bi[bq + j] + ai * br[bq + j];
                }
            }
            int ci0 = 2 * i * n;
            for (int j = 0; j < n; j++) {
                c[ci0 + 2 * j] = cr[j];
                c[ci0 + 2 * j + 1] = ci[j];
            }
        }
    }

    /** The inverse of the n x n matrix a (a is overwritten by its LU factors). */
    static double[] inverse(double[] a, int n) {
        ComplexLu lu;
        try {
            lu = ComplexLu.factor(a, n, ParallelRows.serial());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double[] inv = new double[2 * n * n];
        double[] e = new double[2 * n];
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(e, 0);
            e[2 * j] = 1;
            double[] x = lu.solve(e);
            for (int i = 0; i < n; i++) {
                inv[2 * (i * n + j)] = x[2 * i];
                inv[2 * (i * n + j) + 1] = x[2 * i + 1];
            }
        }
        return inv;
    }

    /** The rows and columns of the n x n matrix a listed in rows and cols. */
    static double[] block(double[] a, int n, int[] rows, int[] cols) {
        double[] b = new double[2 * rows.length * cols.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                int from = 2 * (rows[i] * n + cols[j]);
                int to = 2 * (i * cols.length + j);
                b[to] = a[from];
                b[to + 1] = a[from + 1];
            }
        }
        return b;
    }
}
