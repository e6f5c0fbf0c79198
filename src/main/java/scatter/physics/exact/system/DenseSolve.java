package scatter.physics.exact.system;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_ZDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The one dense solve of the exact model's boundary systems, for one obstacle ({@link BoundarySolver})
 * and for several ({@link ObstacleSolver}): EJML's complex LU with partial pivoting, on the calling
 * thread. The factors are kept, for the error estimate's defect correction.
 */
final class DenseSolve {
    private DenseSolve() {
    }

    /** The factors of {@code matrix} and the solution of matrix x = b, as interleaved re, im. */
    record Solved(LinearSolverDense<ZMatrixRMaj> lu, double[] x) {
    }

    /**
     * Factorises the {@code count} x {@code count} matrix and solves for b.
     *
     * @throws ArithmeticException if the matrix is singular or the solution not finite
     */
    static Solved solve(ZMatrixRMaj matrix, ZMatrixRMaj b) {
        int count = matrix.numRows;
        LinearSolverDense<ZMatrixRMaj> lu = LinearSolverFactory_ZDRM.lu(count);
        if (!lu.setA(matrix)) {
            throw new ArithmeticException("the boundary system with " + count + " points is singular");
        }
        ZMatrixRMaj x = new ZMatrixRMaj(count, 1);
        lu.solve(b, x);
        for (double v : x.data) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("the boundary system with " + count + " points gave a non-finite density");
            }
        }
        return new Solved(lu, x.data);
    }
}
