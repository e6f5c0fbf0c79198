package scatter.linalg;

import java.util.Arrays;

/**
 * Rows of a product with one real square matrix B: c_r = a_r B for a block of rows a_r, each
 * block on the thread that asks for it (the exact model's products of a boundary with corners, the
 * hard problem's (T - T_0) S_rho and K_0'^2).
 *
 * <p>B is packed once, by chunks of {@value #CHUNK} columns, each row of a chunk an array of its own
 * indexed from 0 (as {@link UpperRows} packs U for the LU's update), so that the inner loop is fused
 * multiply-adds over arrays indexed from 0, which the JIT compiles to vector instructions. A block
 * of rows goes over B one tile at a time ({@value #DEPTH} rows of a chunk, 128 KiB, kept in cache
 * while every row of the block uses it), four rows sharing each load of B; each row's accumulators
 * for the chunk stay in an array of their own, copied out once.
 *
 * <p>Each entry of c_r is the sum over the inner index in increasing order, one fused multiply-add
 * at a time, whether its row is one of four or alone: the result does not depend on how the rows
 * are split into blocks or between threads.
 */
public final class RowProduct {
    /** Columns of B per chunk. */
    static final int CHUNK = 256;
    /** Rows of a chunk of B per tile. */
    static final int DEPTH = 64;

    private final int count;
    /** packed[h][l]: row l of B over the columns [h CHUNK, h CHUNK + width(h)). */
    private final double[][][] packed;

    /** B, count x count, row-major (copied). */
    public RowProduct(double[] b, int count) {
        if (b.length != count * count) {
            throw new IllegalArgumentException("B must be " + count + " x " + count + ": " + b.length + " entries");
        }
        this.count = count;
        int chunks = (count + CHUNK - 1) / CHUNK;
        packed = new double[chunks][count][];
        for (int h = 0; h < chunks; h++) {
            int from = h * CHUNK;
            int width = Math.min(CHUNK, count - from);
            for (int l = 0; l < count; l++) {
                packed[h][l] = Arrays.copyOfRange(b, l * count + from, l * count + from + width);
            }
        }
    }

    /**
     * c[r] = a[r] B for r &lt; rows: a[r] and c[r] of length count (c[r] overwritten; a and c
     * distinct arrays).
     */
    public void rows(double[][] a, int rows, double[][] c) {
        double[][] x = new double[rows][CHUNK];
        for (int h = 0; h < packed.length; h++) {
            double[][] bh = packed[h];
            int width = bh[0].length;
            for (int r = 0; r < rows; r++) {
                Arrays.fill(x[r], 0);
            }
            for (int lb = 0; lb < count; lb += DEPTH) {
                int le = Math.min(count, lb + DEPTH);
                int r = 0;
                for (; r + 3 < rows; r += 4) {
                    double[] a0 = a[r];
                    double[] a1 = a[r + 1];
                    double[] a2 = a[r + 2];
                    double[] a3 = a[r + 3];
                    for (int l = lb; l < le; l++) {
                        fourRows(x[r], x[r + 1], x[r + 2], x[r + 3], a0[l], a1[l], a2[l], a3[l], bh[l], width);
                    }
                }
                for (; r < rows; r++) {
                    double[] ar = a[r];
                    for (int l = lb; l < le; l++) {
                        oneRow(x[r], ar[l], bh[l], width);
                    }
                }
            }
            for (int r = 0; r < rows; r++) {
                System.arraycopy(x[r], 0, c[r], h * CHUNK, width);
            }
        }
    }

    private static void fourRows(double[] x0, double[] x1, double[] x2, double[] x3, double v0, double v1, double v2,
            double v3, double[] b, int width) {
        for (int j = 0; j < width; j++) {
            double v = b[j];
            x0[j] = Math.fma(v0, v, x0[j]);
            x1[j] = Math.fma(v1, v, x1[j]);
            x2[j] = Math.fma(v2, v, x2[j]);
            x3[j] = Math.fma(v3, v, x3[j]);
        }
    }

    private static void oneRow(double[] x, double v0, double[] b, int width) {
        for (int j = 0; j < width; j++) {
            x[j] = Math.fma(v0, b[j], x[j]);
        }
    }
}
