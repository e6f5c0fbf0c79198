package scatter.linalg;

/**
 * A block row of U, formed and packed for {@link TrailingUpdate}: rows [r, r + depth) of the
 * matrix over columns [c, c + cols) are replaced by L11^-1 A12, L11 the unit lower triangle of the
 * factors in rows and columns [r, r + depth) (the ztrsm step of a blocked LU; Golub &amp; Van Loan,
 * Matrix Computations, 4th ed., section 3.4.8), and kept as u and i u.
 *
 * <p>The packing is for the JIT: the columns go in chunks of {@link #CHUNK}, and row p of chunk
 * h is an array of its own, u[h][p] (re, im interleaved), starting at index 0. The JIT (HotSpot C2,
 * JDK 17) vectorises a loop over arrays indexed from 0 by the loop variable, but not one whose
 * index adds an offset held in a variable, such as a row's start within the matrix: measured,
 * 30 to 50 GFlop/s against 3 to 4 on one core.
 *
 * <p>Chunks are independent: they are formed in ranges on the given {@link ParallelRows}, each
 * column by the same expressions in the same order whatever its range.
 */
final class UpperRows {
    /** Columns per chunk: 64 rows x 128 columns of u and of i u take 256 KB, half a core's L2 here. */
    static final int CHUNK = 128;

    /**
     * u[h][p]: row p of chunk h, 2 CHUNK doubles, the last chunk's only as many as {@code maxCols}
     * leaves it (the panels' block rows, 2 to 32 columns, and small matrices' take a fraction of a
     * chunk; in use up to its width).
     */
    final double[][][] u;
    final double[][][] iu;
    int depth;
    int cols;

    /** Room for up to {@code maxDepth} rows of up to {@code maxCols} columns. */
    UpperRows(int maxDepth, int maxCols) {
        int chunks = (maxCols + CHUNK - 1) / CHUNK;
        u = new double[chunks][][];
        iu = new double[chunks][][];
        for (int h = 0; h < chunks; h++) {
            int width = 2 * Math.min(CHUNK, maxCols - h * CHUNK);
            u[h] = new double[maxDepth][width];
            iu[h] = new double[maxDepth][width];
        }
    }

    /** The number of chunks in use. */
    int chunks() {
        return (cols + CHUNK - 1) / CHUNK;
    }

    /** The doubles in use in chunk h's rows: twice its number of columns. */
    int width(int h) {
        return 2 * Math.min(CHUNK, cols - h * CHUNK);
    }

    /**
     * Forms U from rows [r, r + depth) over columns [c, c + cols) of the n x n matrix a, writes it
     * back there and keeps it packed.
     */
    void form(double[] a, int n, int r, int depth, int c, int cols, ParallelRows ranges) throws InterruptedException {
        this.depth = depth;
        this.cols = cols;
        ranges.forRows(chunks(), (from, to) -> {
            for (int h = from; h < to; h++) {
                ComplexLu.checkInterrupted();
                formChunk(a, n, r, c, h);
            }
        });
    }

    /** Forms chunk h by forward substitution with the unit lower triangle. */
    private void formChunk(double[] a, int n, int r, int c, int h) {
        int width = width(h);
        double[][] x = u[h];
        double[][] ix = iu[h];
        for (int p = 0; p < depth; p++) {
            int at = 2 * ((r + p) * n + c + h * CHUNK);
            double[] row = x[p];
            System.arraycopy(a, at, row, 0, width);
            int lambda = 2 * ((r + p) * n + r);
            for (int q = 0; q < p; q++) {
                axpy(row, -a[lambda + 2 * q], -a[lambda + 2 * q + 1], x[q], ix[q], width);
            }
            double[] irow = ix[p];
            for (int k = 0; k < width; k += 2) {
                irow[k] = -row[k + 1];
                irow[k + 1] = row[k];
            }
            System.arraycopy(row, 0, a, at, width);
        }
    }

    /** row = row + re x + im ix over [0, width): row - lambda x for lambda = -(re + i im). */
    private static void axpy(double[] row, double re, double im, double[] x, double[] ix, int width) {
        for (int k = 0; k < width; k++) {
            row[k] = Math.fma(re, x[k], Math.fma(im, ix[k], row[k]));
        }
    }
}
