package scatter.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_ZDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;

/**
 * The blocked LU against EJML's unblocked one (the reference), against the backward-error bound
 * of a stable solve, and against itself on other thread counts (bit for bit).
 */
class ComplexLuTest {
    /** Sizes around the block and leaf widths, where the blocked code has its edge cases. */
    private static final int[] SIZES = {1, 2, 3, 5, 63, 64, 65, 127, 129, 200, 333};

    /** A random complex matrix, its diagonal strengthened by {@code diagonal} sqrt(n) (well conditioned). */
    static double[] random(int n, long seed, double diagonal) {
        Random random = new Random(seed);
        double[] a = new double[2 * n * n];
        for (int k = 0; k < a.length; k++) {
            a[k] = random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            a[2 * (i * n + i)] += diagonal * Math.sqrt(n);
        }
        return a;
    }

    static double[] vector(int n, long seed) {
        Random random = new Random(seed);
        double[] b = new double[2 * n];
        for (int k = 0; k < b.length; k++) {
            b[k] = random.nextGaussian();
        }
        return b;
    }

    /** EJML's solution of A x = b (the reference). */
    static double[] ejml(double[] a, int n, double[] b) {
        ZMatrixRMaj matrix = new ZMatrixRMaj(n, n);
        System.arraycopy(a, 0, matrix.data, 0, a.length);
        ZMatrixRMaj rhs = new ZMatrixRMaj(n, 1);
        System.arraycopy(b, 0, rhs.data, 0, b.length);
        LinearSolverDense<ZMatrixRMaj> lu = LinearSolverFactory_ZDRM.lu(n);
        assertTrue(lu.setA(matrix));
        ZMatrixRMaj x = new ZMatrixRMaj(n, 1);
        lu.solve(rhs, x);
        return x.data;
    }

    @Test
    void solvesLikeEjmlWithABackwardErrorAtRounding() throws InterruptedException {
        for (int n : SIZES) {
            double[] a = random(n, n, 2);
            double[] b = vector(n, -n);
            double[] factors = a.clone();
            double[] x = ComplexLu.factor(factors, n, ParallelRows.serial()).solve(b);
            double error = Residuals.backwardError(a, n, x, b);
            assertTrue(error < 1e-15, n + ": backward error " + error);
            double difference = Residuals.relativeDifference(x, ejml(a, n, b));
            assertTrue(difference < 1e-13, n + ": " + difference + " from EJML's solution");
        }
    }

    @Test
    void pivotsWhereTheDiagonalIsSmall() throws InterruptedException {
        // no strengthened diagonal, and a zero in the first corner: without row swaps this fails
        int n = 150;
        double[] a = random(n, 7, 0);
        a[0] = 0;
        a[1] = 0;
        double[] b = vector(n, 8);
        double[] x = ComplexLu.factor(a.clone(), n, ParallelRows.serial()).solve(b);
        double error = Residuals.backwardError(a, n, x, b);
        assertTrue(error < 1e-14, "backward error " + error);
        assertTrue(Residuals.relativeDifference(x, ejml(a, n, b)) < 1e-10);
    }

    @Test
    void theFactorsAreTheSameBitForBitOnAnyNumberOfThreads() throws InterruptedException {
        int n = 2 * ComplexLu.BLOCK + 37;
        double[] a = random(n, 3, 1);
        double[] serial = a.clone();
        double[] expected = ComplexLu.factor(serial, n, ParallelRows.serial()).solve(vector(n, 4));
        for (int threads : new int[] {1, 2, 3, 8}) {
            double[] factors = a.clone();
            double[] x;
            try (ThreadRanges ranges = new ThreadRanges(threads)) {
                x = ComplexLu.factor(factors, n, ranges).solve(vector(n, 4));
            }
            assertArrayEquals(serial, factors, threads + " threads");
            assertArrayEquals(expected, x, threads + " threads");
        }
    }

    @Test
    void theFactorsAreTheSameBitForBitWhateverTheBlockWidth() throws InterruptedException {
        int n = 301;
        double[] a = random(n, 6, 1);
        double[] expected = a.clone();
        ComplexLu.factor(expected, n, ParallelRows.serial());
        for (int block : new int[] {1, 5, 16, 32, 100, 128, 512}) {
            double[] factors = a.clone();
            try (ThreadRanges ranges = new ThreadRanges(2)) {
                ComplexLu.factor(factors, n, block, ranges);
            }
            assertArrayEquals(expected, factors, "block " + block);
        }
    }

    @Test
    void aSingularMatrixIsReportedWithItsColumn() {
        int n = 70;
        double[] a = random(n, 5, 1);
        // column 66 (past the first block) zero: it stays zero whatever the rows above subtract
        for (int i = 0; i < n; i++) {
            a[2 * (i * n + 66)] = 0;
            a[2 * (i * n + 66) + 1] = 0;
        }
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> ComplexLu.factor(a, n, ParallelRows.serial()));
        assertEquals(66, e.column());
        assertEquals(n, e.order());
    }

    @Test
    void anInterruptedThreadStopsBeforeTheNextBlock() {
        int n = 3 * ComplexLu.BLOCK;
        double[] a = random(n, 9, 1);
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class, () -> ComplexLu.factor(a, n, ParallelRows.serial()));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aMatrixOfTheWrongSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ComplexLu.factor(new double[10], 3, ParallelRows.serial()));
    }
}
