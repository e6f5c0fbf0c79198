package scatter.physics.exact.system;

import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import scatter.physics.Incident;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.CurveLocator;
import scatter.physics.exact.curve.Fft;
import scatter.physics.exact.curve.Fourier;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * The Nyström system of several boundaries: one density per boundary, the combined-field ansatz
 * summed over them, u_s = sum_l int_{Gamma_l} { dPhi/dnu(y) - i eta Phi } phi_l ds, one coupling eta
 * for all. The unknowns are the boundaries' points in obstacle order; row i of boundary b is that
 * boundary's own equation (its diagonal block: {@link SoftSystem} or {@link HardSystem}, Kress's
 * weights on its own parameter) plus, for every other boundary l, the smooth kernel of
 * {@link CrossKernel} from l's points to z_i with the trapezoid weights pi/n_l.
 *
 * <p><b>Close boundaries.</b> The trapezoid rule on l's points errs at z_i by about exp(-2 pi
 * delta/h), delta the distance from z_i to Gamma_l and h = |z'_l(s*)| pi/n_l l's local spacing
 * there (as for the field, {@link scatter.physics.exact.evaluation.CloseField}). Where delta &lt; {@link CurveLocator#NEAR_SPACINGS} h,
 * the row's block against l is formed on l refined m = 2^ceil(log2(8h/delta)) times (capped at
 * {@link CurveLocator#MAX_REFINEMENT}): the kernel at the m 2n_l points of the interpolated curve
 * times the trigonometric interpolant of the density there, which is linear in l's unknowns,
 * psi_fine = P psi. The block row is v P, v the fine kernel row; it is formed as P^T v by FFT without
 * storing P (see {@link #project}): its cost is two FFTs per close row. At the cap (delta below
 * h/8) the rule on 128 n_l points keeps exp(-2 pi delta/(h/64)) &gt;= exp(-pi), i.e. that level is
 * not accurate; its density changes when the points double, so the doubling goes on until h is
 * small enough. That comes before the density is resolved: across a gap delta it varies on the
 * scale sqrt(delta R), R the smaller radius of curvature, which needs h well below it, while
 * m &lt;= 64 needs only h &lt;= 8 delta (the cylinders 0.005 apart, radii 1 and 0.5, end with m = 8
 * and 4 at 2048 + 2048 points; their coarser levels hit the cap and are discarded).
 *
 * <p>Each entry depends on its row and column only, so the matrix is the same whatever the row
 * ranges and threads. Immutable once built (the row plan and refined boundaries are made in the
 * constructor, on the calling thread).
 */
public final class BlockSystem {
    final List<BoundaryPoints> points;
    private final List<NystromSystem> diagonal;
    private final BoundaryCondition condition;
    private final Incident wave;
    private final double eta;
    /** First unknown of each boundary, and the total at the end. */
    final int[] offset;
    final int total;
    /** Refinement level log2(m) of row g's block against boundary l, 0 for the plain rule: [g][l]. */
    private final byte[][] level;
    /** Boundary l refined 2^level times, where some row needs it: [l][level]. */
    private final Refined[][] refined;
    /** FFTs of each boundary's size and of each refined size: [l][level]. */
    private final Fft[][] ffts;

    /** A boundary's curve interpolated onto M points: positions, z', |z'|. */
    record Refined(int count, double[] x, double[] y, double[] dx, double[] dy, double[] speed) {
        static Refined of(SmoothCurve curve, int count) {
            double[][] z = Fourier.values(curve.coefficients(), 0, count);
            double[][] dz = Fourier.values(curve.coefficients(), 1, count);
            double[] speed = new double[count];
            for (int j = 0; j < count; j++) {
                speed[j] = Math.hypot(dz[0][j], dz[1][j]);
            }
            return new Refined(count, z[0], z[1], dz[0], dz[1], speed);
        }
    }

    /** @param n half the number of points of each boundary (powers of two) */
    BlockSystem(List<SmoothCurve> curves, int[] n, Incident wave, BoundaryCondition condition, double eta) {
        int count = curves.size();
        this.condition = condition;
        this.wave = wave;
        this.eta = eta;
        BoundaryPoints[] p = new BoundaryPoints[count];
        NystromSystem[] d = new NystromSystem[count];
        offset = new int[count + 1];
        for (int b = 0; b < count; b++) {
            p[b] = BoundaryPoints.of(curves.get(b), n[b]);
            d[b] = condition.system(p[b], new KressWeights(n[b]), wave, eta);
            offset[b + 1] = offset[b] + p[b].count;
        }
        points = List.of(p);
        diagonal = List.of(d);
        total = offset[count];
        int levels = Integer.numberOfTrailingZeros(CurveLocator.MAX_REFINEMENT) + 1;
        level = new byte[total][count];
        boolean[][] needed = new boolean[count][levels];
        for (int l = 0; l < count; l++) {
            SmoothCurve curve = curves.get(l);
            double step = Math.PI / n[l];
            CurveLocator locator = new CurveLocator(curve, p[l].count,
                    (CurveLocator.NEAR_SPACINGS + 1) * curve.maxSpeed() * step);
            double[] located = new double[7];
            double[] scratch = new double[6];
            for (int b = 0; b < count; b++) {
                if (b == l) {
                    continue;
                }
                for (int i = 0; i < p[b].count; i++) {
                    if (!locator.locate(p[b].x[i], p[b].y[i], located, scratch)) {
                        continue;
                    }
                    double spacing = Math.hypot(located[3], located[4]) * step;
                    double delta = located[5];
                    if (delta < CurveLocator.NEAR_SPACINGS * spacing) {
                        double ratio = CurveLocator.NEAR_SPACINGS * spacing / delta;
                        int lv = Math.min(levels - 1, 64 - Long.numberOfLeadingZeros((long) Math.ceil(ratio) - 1));
                        lv = Math.max(1, lv);
                        level[offset[b] + i][l] = (byte) lv;
                        needed[l][lv] = true;
                    }
                }
            }
        }
        refined = new Refined[count][levels];
        ffts = new Fft[count][levels];
        for (int l = 0; l < count; l++) {
            ffts[l][0] = new Fft(p[l].count);
            for (int lv = 1; lv < levels; lv++) {
                if (needed[l][lv]) {
                    refined[l][lv] = Refined.of(curves.get(l), p[l].count << lv);
                    ffts[l][lv] = new Fft(p[l].count << lv);
                }
            }
        }
    }

    /** Number of rows whose block against some other boundary is formed on a refined boundary. */
    int closeRows() {
        int rows = 0;
        for (byte[] row : level) {
            for (byte lv : row) {
                if (lv > 0) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    /** Per-thread scratch: each boundary's row, the cross kernel, the fine row and the FFT arrays. */
    final class Scratch {
        private final NystromSystem.Row[] rows = new NystromSystem.Row[points.size()];
        private final CrossKernel cross = new CrossKernel(condition, wave.k(), eta);
        private double[] fine = new double[0];
        /** FFT arrays {re, im} by size (the FFT takes arrays of exactly its size). */
        private final java.util.Map<Integer, double[][]> buffers = new java.util.HashMap<>();

        Scratch() {
            for (int b = 0; b < rows.length; b++) {
                rows[b] = new NystromSystem.Row(points.get(b).count);
            }
        }

        private void ensure(int count) {
            if (fine.length < 2 * count) {
                fine = new double[2 * count];
            }
        }

        private double[][] buffer(int size) {
            return buffers.computeIfAbsent(size, m -> new double[2][m]);
        }
    }

    /** The boundary that unknown g belongs to. */
    int boundaryOf(int g) {
        int b = 0;
        while (offset[b + 1] <= g) {
            b++;
        }
        return b;
    }

    /** Writes row g's total entries at data[offset + 2c], data[offset + 2c + 1], c = 0..total-1. */
    void writeRow(int g, Scratch s, double[] data, int at) {
        int b = boundaryOf(g);
        int i = g - offset[b];
        BoundaryPoints pb = points.get(b);
        diagonal.get(b).writeRow(i, s.rows[b], data, at + 2 * offset[b]);
        CrossKernel.Target t = new CrossKernel.Target(pb.x[i], pb.y[i], pb.dx[i], pb.dy[i], pb.speed[i]);
        for (int l = 0; l < points.size(); l++) {
            if (l == b) {
                continue;
            }
            BoundaryPoints pl = points.get(l);
            int lv = level[g][l];
            if (lv == 0) {
                s.cross.fill(t, pl.x, pl.y, pl.dx, pl.dy, pl.speed, pl.count, Math.PI / pl.n, data, at + 2 * offset[l]);
            } else {
                Refined r = refined[l][lv];
                s.ensure(r.count());
                s.cross.fill(t, r.x(), r.y(), r.dx(), r.dy(), r.speed(), r.count(), 2 * Math.PI / r.count(), s.fine, 0);
                project(s, r.count(), ffts[l][lv], pl.count, ffts[l][0], data, at + 2 * offset[l]);
            }
        }
    }

    /**
     * The block row v P from the fine row v (s.fine, M complex entries), P the trigonometric
     * interpolation from N to M points (the zero-padded spectrum of {@link Fourier}, the Nyquist
     * coefficient split between +-N/2). With psi(S_J) = sum_m c_m e^{i m S_J}, c_m = (1/N)
     * sum_j psi_j e^{-i m s_j}: (v P)_j = (1/N) sum_m V_m e^{-2 pi i m j/N}, V_m = sum_J v_J
     * e^{2 pi i m J/M}, the sum over |m| &lt; N/2 plus the Nyquist term with V = (V_{N/2} + V_{-N/2})/2.
     * So: inverse FFT of size M, keep the band, forward FFT of size N, divide by N.
     */
    private static void project(Scratch s, int fineCount, Fft fineFft, int count, Fft coarseFft, double[] data, int at) {
        project(s.fine, s.buffer(fineCount), s.buffer(count), fineCount, fineFft, count, coarseFft, data, at);
    }

    /**
     * As above, the fine row in {@code fine} (complex interleaved), with FFT arrays {re, im} of the
     * fine size and of the coarse size given.
     */
    static void project(double[] fine, double[][] f, double[][] c, int fineCount, Fft fineFft, int count,
            Fft coarseFft, double[] data, int at) {
        double[] re = f[0];
        double[] im = f[1];
        for (int j = 0; j < fineCount; j++) {
            re[j] = fine[2 * j];
            im[j] = fine[2 * j + 1];
        }
        fineFft.transform(re, im, true);
        int half = count / 2;
        // the band |m| < N/2 into slots 0..N-1 (m < 0 from M + m to N + m), the Nyquist pair averaged
        double[] cRe = c[0];
        double[] cIm = c[1];
        for (int m = 0; m < half; m++) {
            cRe[m] = re[m];
            cIm[m] = im[m];
        }
        for (int m = 1; m < half; m++) {
            cRe[count - m] = re[fineCount - m];
            cIm[count - m] = im[fineCount - m];
        }
        cRe[half] = 0.5 * (re[half] + re[fineCount - half]);
        cIm[half] = 0.5 * (im[half] + im[fineCount - half]);
        coarseFft.transform(cRe, cIm, false);
        double inv = 1.0 / count;
        for (int j = 0; j < count; j++) {
            data[at + 2 * j] = cRe[j] * inv;
            data[at + 2 * j + 1] = cIm[j] * inv;
        }
    }

    /**
     * Writes rows [from, to) of the total x total matrix.
     *
     * @throws InterruptedException if the thread is interrupted (checked between rows)
     */
    void assembleRows(int from, int to, ZMatrixRMaj matrix) throws InterruptedException {
        if (matrix.numRows != total || matrix.numCols != total) {
            throw new IllegalArgumentException("matrix must be " + total + " x " + total);
        }
        Scratch s = new Scratch();
        for (int g = from; g < to; g++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            writeRow(g, s, matrix.data, 2 * g * total);
        }
    }

    /**
     * (A x)_g for the rows g = rowOf[r], r in [from, to), into out[2r], out[2r + 1]; x complex
     * interleaved, total values. No matrix is stored.
     */
    void multiplyRows(int from, int to, int[] rowOf, double[] x, double[] out) throws InterruptedException {
        Scratch s = new Scratch();
        double[] entries = new double[2 * total];
        for (int r = from; r < to; r++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            writeRow(rowOf[r], s, entries, 0);
            double sumRe = 0;
            double sumIm = 0;
            for (int c = 0; c < total; c++) {
                double ar = entries[2 * c];
                double ai = entries[2 * c + 1];
                sumRe += ar * x[2 * c] - ai * x[2 * c + 1];
                sumIm += ar * x[2 * c + 1] + ai * x[2 * c];
            }
            out[2 * r] = sumRe;
            out[2 * r + 1] = sumIm;
        }
    }

    /** The boundaries' right-hand sides in order, total x 1. */
    ZMatrixRMaj rightHandSide() {
        ZMatrixRMaj f = new ZMatrixRMaj(total, 1);
        for (int b = 0; b < diagonal.size(); b++) {
            double[] part = diagonal.get(b).rightHandSide().data;
            System.arraycopy(part, 0, f.data, 2 * offset[b], part.length);
        }
        return f;
    }
}
