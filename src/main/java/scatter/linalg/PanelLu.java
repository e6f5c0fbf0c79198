package scatter.linalg;

/**
 * The LU factorisation with partial pivoting of a panel: columns [c0, c1) of the n x n matrix,
 * rows [c0, n), recursively (Toledo, SIAM J. Matrix Anal. Appl. 18 (1997) 1065; LAPACK's
 * zgetrf2): the left half is factored, the right half's top rows solved with its unit lower
 * triangle ({@link UpperRows}) and the rows below updated ({@link TrailingUpdate}), then the right
 * half factored. So most of the panel's work, too, is the vectorised update, and only panels of
 * at most {@link #LEAF} columns are factored column by column. Rows are swapped within the
 * panel's columns only; the caller applies the swaps to the other columns.
 *
 * <p>The pivot of column j is the entry of largest |Re|^2 + |Im|^2 on or below the diagonal, the
 * first of equals.
 */
final class PanelLu {
    /** Panels at most this wide are factored column by column. */
    static final int LEAF = 4;
    /**
     * Updates of fewer complex multiply-adds than this run on the calling thread alone. 2^16 (the
     * splits down to 8 columns on the pool at 2048 unknowns) halved the time the pool's threads
     * wait for the panel at 2048 unknowns on 2 threads, 0.16 s to 0.085 s of 2.7 s, against
     * 2^20 (measured alternately; docs/performance.md).
     */
    private static final long PARALLEL_WORK = 1L << 16;

    private PanelLu() {
    }

    /**
     * Factors columns [c0, c1) (see the class comment), swapping rows within columns
     * [p0, p1) (the whole panel's); pivots[j] is the row swapped with row j.
     *
     * @throws SingularMatrixException if a column has no nonzero pivot
     */
    static void factor(double[] a, int n, int c0, int c1, int p0, int p1, int[] pivots, ParallelRows ranges)
            throws InterruptedException {
        if (c1 - c0 <= LEAF) {
            leaf(a, n, c0, c1, p0, p1, pivots);
            return;
        }
        int mid = c0 + (c1 - c0) / 2;
        factor(a, n, c0, mid, p0, p1, pivots, ranges);
        UpperRows upper = new UpperRows(mid - c0, c1 - mid);
        long work = (long) (n - mid) * (c1 - mid) * (mid - c0);
        ParallelRows here = work < PARALLEL_WORK ? ParallelRows.serial() : ranges;
        upper.form(a, n, c0, mid - c0, mid, c1 - mid, ParallelRows.serial());
        ComplexLu.update(a, n, mid, n, c0, mid, upper, here);
        factor(a, n, mid, c1, p0, p1, pivots, ranges);
    }

    /** Column by column: pivot, swap, divide the column below by the pivot, update the panel's columns to the right. */
    private static void leaf(double[] a, int n, int c0, int c1, int p0, int p1, int[] pivots) {
        for (int j = c0; j < c1; j++) {
            int pivot = j;
            double largest = -1;
            for (int i = j; i < n; i++) {
                double re = a[2 * (i * n + j)];
                double im = a[2 * (i * n + j) + 1];
                double size = re * re + im * im;
                if (size > largest) {
                    largest = size;
                    pivot = i;
                }
            }
            if (!(largest > 0)) {
                throw new SingularMatrixException(n, j);
            }
            pivots[j] = pivot;
            swap(a, n, j, pivot, p0, p1);
            int d = 2 * (j * n + j);
            double pr = a[d];
            double pi = a[d + 1];
            for (int i = j + 1; i < n; i++) {
                int at = 2 * (i * n + j);
                double re = a[at];
                double im = a[at + 1];
                // l = a / pivot = a conj(pivot) / |pivot|^2, divided entry by entry as EJML's LU does
                // (a reciprocal multiplied in would round twice)
                double lr = (re * pr + im * pi) / largest;
                double li = (im * pr - re * pi) / largest;
                a[at] = lr;
                a[at + 1] = li;
                for (int k = j + 1; k < c1; k++) {
                    int ik = 2 * (i * n + k);
                    int jk = 2 * (j * n + k);
                    a[ik] = Math.fma(-lr, a[jk], Math.fma(li, a[jk + 1], a[ik]));
                    a[ik + 1] = Math.fma(-lr, a[jk + 1], Math.fma(-li, a[jk], a[ik + 1]));
                }
            }
        }
    }

    /** Swaps rows i and j over columns [from, to). */
    static void swap(double[] a, int n, int i, int j, int from, int to) {
        if (i == j) {
            return;
        }
        int x = 2 * (i * n + from);
        int y = 2 * (j * n + from);
        for (int k = 0; k < 2 * (to - from); k++) {
            double t = a[x + k];
            a[x + k] = a[y + k];
            a[y + k] = t;
        }
    }
}
