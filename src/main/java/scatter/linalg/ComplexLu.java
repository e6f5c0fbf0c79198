package scatter.linalg;

/**
 * The LU factorisation with partial pivoting of a dense complex n x n matrix, P A = L U, in place,
 * and the solution of A x = b with it: the right-looking blocked algorithm of LAPACK's zgetrf
 * (Golub &amp; Van Loan, Matrix Computations, 4th ed., section 3.4.8), (8/3) n^3 real flops.
 *
 * <p>For each block of {@link #BLOCK} columns: the panel (those columns, from the diagonal down) is
 * factored ({@link PanelLu}), its row swaps applied to the other columns, the block row of U
 * formed ({@link UpperRows}), and the rows below updated, A22 = A22 - L21 U12
 * ({@link TrailingUpdate}), the (8/3) n^3 of the work that runs on the {@link ParallelRows} given.
 * With look-ahead: the next block's columns are updated first, and the next panel is factored as
 * one range of the rest of the update, so the threads do not wait for the panels, which are
 * factored column by column at their core.
 * Between blocks, and at the start of every range, the thread's interrupt status is checked: an
 * interrupted factorisation stops within one block's range, leaving the matrix half factored.
 *
 * <p>The matrix is the caller's array (EJML's row-major interleaved layout, see the package): no
 * copy is made. The factors, the same bit for bit on any number of threads, differ from an
 * unblocked LU's only by rounding.
 */
public final class ComplexLu {
    /**
     * Columns per block: the packed U of a chunk, 64 rows of 128 columns of u and i u, takes 256 KB,
     * half a core's L2 here (docs/performance.md); other widths were not measured.
     */
    public static final int BLOCK = 64;
    /** Rows per range of the trailing update: two, so that every row is paired. */
    private static final int ROWS_PER_RANGE = 2;
    /** Columns per range of the row swaps. */
    private static final int COLUMNS_PER_RANGE = 64;

    private final double[] a;
    private final int n;
    /** pivots[j]: the row swapped with row j at step j. */
    private final int[] pivots;

    private ComplexLu(double[] a, int n, int[] pivots) {
        this.a = a;
        this.n = n;
        this.pivots = pivots;
    }

    /**
     * Factors the n x n matrix {@code a} in place.
     *
     * @param ranges runs the swaps, the block rows and the trailing updates (on threads, or
     *     {@link ParallelRows#serial()})
     * @throws SingularMatrixException if a column has no nonzero pivot
     * @throws InterruptedException if the thread is interrupted (checked between blocks and ranges)
     */
    public static ComplexLu factor(double[] a, int n, ParallelRows ranges) throws InterruptedException {
        return factor(a, n, BLOCK, ranges);
    }

    /**
     * {@link #factor(double[], int, ParallelRows)} in blocks of {@code block} columns: the factors
     * are the same bit for bit whatever the width (each entry receives the same fused
     * multiply-adds in the same order), only the speed differs. For measuring widths.
     */
    static ComplexLu factor(double[] a, int n, int block, ParallelRows ranges) throws InterruptedException {
        if (a.length != 2L * n * n) {
            throw new IllegalArgumentException("a " + n + " x " + n + " complex matrix needs " + 2L * n * n
                    + " doubles, not " + a.length);
        }
        int[] pivots = new int[n];
        // U's block row in two parts: over the next panel's columns, and over the columns after it
        // (none for a matrix of one block, as the corner recursion's small inverses are)
        UpperRows ahead = new UpperRows(block, Math.min(block, Math.max(0, n - block)));
        UpperRows rest = new UpperRows(block, Math.max(0, n - 2 * block));
        PanelLu.factor(a, n, 0, Math.min(n, block), 0, Math.min(n, block), pivots, ranges);
        for (int k = 0; k < n; k += block) {
            checkInterrupted();
            int end = Math.min(n, k + block);
            swapOutside(a, n, k, end, pivots, ranges);
            if (end < n) {
                int next = Math.min(n, end + block);
                ahead.form(a, n, k, end - k, end, next - end, ranges);
                update(a, n, end, n, k, end, ahead, ranges);
                if (next < n) {
                    rest.form(a, n, k, end - k, next, n - next, ranges);
                }
                updateAlongsidePanel(a, n, k, end, next, rest, pivots, ranges);
            }
        }
        return new ComplexLu(a, n, pivots);
    }

    /**
     * Look-ahead: the rows from {@code end} minus L U over the columns from {@code next} (the
     * block's trailing update but for the next panel's columns, already updated), with the next
     * panel, columns [end, next), factored alongside as the first range, on whichever thread takes
     * it: the other threads need not wait for the panel. The two touch disjoint columns, and
     * neither reads what the other writes (the update reads L from columns [k, end)).
     */
    private static void updateAlongsidePanel(double[] a, int n, int k, int end, int next, UpperRows rest, int[] pivots,
            ParallelRows ranges) throws InterruptedException {
        int groups = next < n ? (n - end + ROWS_PER_RANGE - 1) / ROWS_PER_RANGE : 0;
        SingularMatrixException[] singular = new SingularMatrixException[1];
        ranges.forRows(1 + groups, (r0, r1) -> {
            checkInterrupted();
            int g0 = r0;
            if (g0 == 0) {
                try {
                    PanelLu.factor(a, n, end, next, end, next, pivots, ParallelRows.serial());
                } catch (SingularMatrixException e) {
                    // the caller's, not a failure of the thread that met it
                    singular[0] = e;
                }
                g0 = 1;
            }
            if (g0 < r1) {
                TrailingUpdate.apply(a, n, end + (g0 - 1) * ROWS_PER_RANGE,
                        Math.min(n, end + (r1 - 1) * ROWS_PER_RANGE), k, rest, next);
            }
        });
        if (singular[0] != null) {
            throw singular[0];
        }
    }

    /** The rows [from, to) minus L U over the columns of {@code upper}, L in the columns from {@code l}. */
    static void update(double[] a, int n, int from, int to, int l, int c, UpperRows upper, ParallelRows ranges)
            throws InterruptedException {
        int groups = (to - from + ROWS_PER_RANGE - 1) / ROWS_PER_RANGE;
        ranges.forRows(groups, (g0, g1) -> {
            checkInterrupted();
            TrailingUpdate.apply(a, n, from + g0 * ROWS_PER_RANGE, Math.min(to, from + g1 * ROWS_PER_RANGE), l, upper, c);
        });
    }

    /** Applies the panel's swaps, in order, to the columns left and right of it. */
    private static void swapOutside(double[] a, int n, int k, int end, int[] pivots, ParallelRows ranges)
            throws InterruptedException {
        int outside = n - (end - k);
        int groups = (outside + COLUMNS_PER_RANGE - 1) / COLUMNS_PER_RANGE;
        ranges.forRows(groups, (g0, g1) -> {
            checkInterrupted();
            int from = g0 * COLUMNS_PER_RANGE;
            int to = Math.min(outside, g1 * COLUMNS_PER_RANGE);
            // outside columns [from, to): those left of k, then those from end on
            for (int j = k; j < end; j++) {
                if (from < k) {
                    PanelLu.swap(a, n, j, pivots[j], from, Math.min(to, k));
                }
                if (to > k) {
                    PanelLu.swap(a, n, j, pivots[j], Math.max(from, k) + end - k, to + end - k);
                }
            }
        });
    }

    static void checkInterrupted() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }

    /** The number of unknowns. */
    public int order() {
        return n;
    }

    /**
     * The solution x of A x = b, b and x complex interleaved (re, im), 2n values: the row swaps,
     * then L y = P b and U x = y by substitution. On the calling thread; b is not changed.
     */
    public double[] solve(double[] b) {
        if (b.length != 2 * n) {
            throw new IllegalArgumentException("b needs " + 2 * n + " doubles, not " + b.length);
        }
        double[] x = b.clone();
        for (int j = 0; j < n; j++) {
            int p = pivots[j];
            double re = x[2 * j];
            double im = x[2 * j + 1];
            x[2 * j] = x[2 * p];
            x[2 * j + 1] = x[2 * p + 1];
            x[2 * p] = re;
            x[2 * p + 1] = im;
        }
        for (int i = 0; i < n; i++) {
            int row = 2 * i * n;
            double re = x[2 * i];
            double im = x[2 * i + 1];
            for (int j = 0; j < i; j++) {
                double lr = a[row + 2 * j];
                double li = a[row + 2 * j + 1];
                re -= lr * x[2 * j] - li * x[2 * j + 1];
                im -= lr * x[2 * j + 1] + li * x[2 * j];
            }
            x[2 * i] = re;
            x[2 * i + 1] = im;
        }
        for (int i = n - 1; i >= 0; i--) {
            int row = 2 * i * n;
            double re = x[2 * i];
            double im = x[2 * i + 1];
            for (int j = i + 1; j < n; j++) {
                double ur = a[row + 2 * j];
                double ui = a[row + 2 * j + 1];
                re -= ur * x[2 * j] - ui * x[2 * j + 1];
                im -= ur * x[2 * j + 1] + ui * x[2 * j];
            }
            // x_i = (re + i im) / u_ii
            double dr = a[row + 2 * i];
            double di = a[row + 2 * i + 1];
            double size = dr * dr + di * di;
            x[2 * i] = (re * dr + im * di) / size;
            x[2 * i + 1] = (im * dr - re * di) / size;
        }
        return x;
    }
}
