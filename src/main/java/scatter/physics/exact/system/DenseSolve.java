package scatter.physics.exact.system;

import org.ejml.data.ZMatrixRMaj;
import scatter.linalg.ComplexLu;
import scatter.linalg.ParallelRows;
import scatter.linalg.SingularMatrixException;

/**
 * The one dense solve of the exact model's boundary systems, for one obstacle ({@link BoundarySolver})
 * and for several ({@link ObstacleSolver}): the blocked complex LU with partial pivoting of
 * {@link ComplexLu}, in place in the assembled matrix (no copy), its updates on the caller's
 * {@link RowRunner} (the product's thread pool), stopping between blocks when the thread is
 * interrupted. The factors are kept, for the error estimate's defect correction.
 */
final class DenseSolve {
    private DenseSolve() {
    }

    /** The factors of a matrix (which now holds them), for more right-hand sides. */
    static final class Factors {
        private final ComplexLu lu;

        private Factors(ComplexLu lu) {
            this.lu = lu;
        }

        /** x = A^-1 b, both n x 1. */
        void solve(ZMatrixRMaj b, ZMatrixRMaj x) {
            System.arraycopy(lu.solve(b.data), 0, x.data, 0, x.data.length);
        }
    }

    /** The factors of {@code matrix} and the solution of matrix x = b, as interleaved re, im. */
    record Solved(Factors lu, double[] x) {
    }

    /**
     * Factorises the {@code count} x {@code count} matrix in place (it holds the factors after) and
     * solves for b.
     *
     * @param rows runs the factorisation's row and column ranges
     * @throws ArithmeticException if the matrix is singular or the solution not finite
     * @throws InterruptedException if the thread is interrupted (checked between the LU's blocks)
     */
    static Solved solve(ZMatrixRMaj matrix, ZMatrixRMaj b, RowRunner rows) throws InterruptedException {
        int count = matrix.numRows;
        ParallelRows ranges = (n, range) -> rows.forRows(n, range::run);
        ComplexLu lu;
        try {
            lu = ComplexLu.factor(matrix.data, count, ranges);
        } catch (SingularMatrixException e) {
            throw new ArithmeticException("the boundary system with " + count + " points is singular");
        }
        double[] x = lu.solve(b.data);
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("the boundary system with " + count + " points gave a non-finite density");
            }
        }
        return new Solved(new Factors(lu), x);
    }
}
