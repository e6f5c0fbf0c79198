package scatter.physics.exact.system;

import org.ejml.data.ZMatrixRMaj;
import scatter.physics.Hankel;
import scatter.physics.Incident;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.BoundaryPoints;

/**
 * The linear system of Kress's Nyström method for one boundary condition on one discretisation:
 * the 2n x 2n matrix, assembled by ranges of rows so that callers can spread the rows over
 * threads, and the right-hand side.
 *
 * <p>Row i needs, for every j != i, d = z_i - z_j, r = |d| and the Bessel functions J0, Y0, J1, Y1
 * of k r; this class forms them for the whole row (the near differences from the series, see
 * {@link BoundaryPoints}) and evaluates the Bessel functions in one batched call, then
 * {@link #fillRow} turns them into the entries. Each entry depends on i and j only, so the matrix
 * is bit-for-bit the same however the rows are split.
 *
 * <p>Coupling parameter eta from {@link Coupling}: k, or 1/(2 R0) at wavelengths long against the
 * obstacle.
 */
abstract class NystromSystem {
    final BoundaryPoints points;
    final KressWeights weights;
    final Incident wave;
    final double k;
    final double eta;

    NystromSystem(BoundaryPoints points, KressWeights weights, Incident wave, double eta) {
        if (points.n != weights.n) {
            throw new IllegalArgumentException("points for n = " + points.n + ", weights for n = " + weights.n);
        }
        this.points = points;
        this.weights = weights;
        this.wave = wave;
        this.k = wave.k();
        this.eta = eta;
    }

    /** Number of unknowns, 2n. */
    final int size() {
        return points.count;
    }

    /** One row's geometry and Bessel functions; {@code kr} at j = i is a placeholder. */
    static final class Row {
        final double[] dx;
        final double[] dy;
        final double[] invR;
        final double[] kr;
        final double[] j0;
        final double[] y0;
        final double[] j1;
        final double[] y1;

        Row(int count) {
            dx = new double[count];
            dy = new double[count];
            invR = new double[count];
            kr = new double[count];
            j0 = new double[count];
            y0 = new double[count];
            j1 = new double[count];
            y1 = new double[count];
        }
    }

    /**
     * Writes rows [from, to) of the matrix (size() x size(), row-major complex as EJML stores
     * it); touches no other row.
     *
     * @throws InterruptedException if the thread is interrupted (checked between rows)
     */
    final void assembleRows(int from, int to, ZMatrixRMaj matrix) throws InterruptedException {
        int count = size();
        if (matrix.numRows != count || matrix.numCols != count) {
            throw new IllegalArgumentException("matrix must be " + count + " x " + count);
        }
        Row row = new Row(count);
        for (int i = from; i < to; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            geometry(i, row);
            Hankel.evaluate(row.kr, count, row.j0, row.y0, row.j1, row.y1);
            fillRow(i, row, matrix.data, 2 * i * count);
        }
    }

    /**
     * The products of the rows i = {@code stride} r, r in [from, to), with the vector x (complex,
     * interleaved re, im, size() values): (A x)_i into out[2r] and out[2r + 1]. The rows are
     * formed one at a time, so this needs no matrix (the error estimate applies the system on 4n
     * points, without storing it, to a density on 2n).
     *
     * @throws InterruptedException if the thread is interrupted (checked between rows)
     */
    final void multiplyRows(int from, int to, int stride, double[] x, double[] out) throws InterruptedException {
        int count = size();
        Row row = new Row(count);
        double[] entries = new double[2 * count];
        for (int r = from; r < to; r++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            int i = stride * r;
            geometry(i, row);
            Hankel.evaluate(row.kr, count, row.j0, row.y0, row.j1, row.y1);
            fillRow(i, row, entries, 0);
            double re = 0;
            double im = 0;
            for (int j = 0; j < count; j++) {
                double ar = entries[2 * j];
                double ai = entries[2 * j + 1];
                re += ar * x[2 * j] - ai * x[2 * j + 1];
                im += ar * x[2 * j + 1] + ai * x[2 * j];
            }
            out[2 * r] = re;
            out[2 * r + 1] = im;
        }
    }

    /**
     * Writes row i's entries (size() of them) at data[offset + 2j], data[offset + 2j + 1], as
     * {@link #assembleRows} does: the diagonal block of a system of several boundaries
     * ({@link BlockSystem}) puts them at its own columns. {@code row} is scratch of size().
     */
    final void writeRow(int i, Row row, double[] data, int offset) {
        geometry(i, row);
        Hankel.evaluate(row.kr, size(), row.j0, row.y0, row.j1, row.y1);
        fillRow(i, row, data, offset);
    }

    private void geometry(int i, Row row) {
        BoundaryPoints p = points;
        int count = p.count;
        double xi = p.x[i];
        double yi = p.y[i];
        for (int j = 0; j < count; j++) {
            row.dx[j] = xi - p.x[j];
            row.dy[j] = yi - p.y[j];
        }
        // the neighbours along the curve: z_i - z_j from the series
        for (int q = 1; q <= p.near; q++) {
            int below = Math.floorMod(i - q, count);   // z_i - z_{i-q} = D_q at i - q
            row.dx[below] = p.nearX[q - 1][below];
            row.dy[below] = p.nearY[q - 1][below];
            int above = (i + q) % count;               // z_i - z_{i+q} = -D_q at i
            row.dx[above] = -p.nearX[q - 1][i];
            row.dy[above] = -p.nearY[q - 1][i];
        }
        for (int j = 0; j < count; j++) {
            double r = Math.sqrt(row.dx[j] * row.dx[j] + row.dy[j] * row.dy[j]);
            row.invR[j] = 1 / r;
            row.kr[j] = k * r;
        }
        row.dx[i] = 0;
        row.dy[i] = 0;
        row.invR[i] = 0;
        row.kr[i] = 1;
    }

    /**
     * Writes row i's entries at data[offset + 2j] (real) and data[offset + 2j + 1] (imaginary)
     * from the row's geometry and Bessel functions.
     */
    abstract void fillRow(int i, Row row, double[] data, int offset);

    /** The right-hand side, size() x 1. */
    abstract ZMatrixRMaj rightHandSide();
}
