package scatter.physics;

import scatter.geometry.Grid;
import scatter.geometry.InsideTest;

/**
 * Computes the incident and scattered field at one grid node: {@link #computeField(int, Field)}.
 *
 * <p>The scattered field at observer p is the sum over sources s of
 * a_s H0(kR) + b_s H1(kR) (n_s.r)/R with r = p - c_s, R = |r| (see {@link SourceTerms}). Sources
 * are processed in blocks: first the arguments kR and the factors (n.r)/R for the block, then
 * the Hankel functions for the whole block in one call, then the complex multiply-adds. The terms are
 * summed in a fixed order (four partial sums by source index mod 4, see {@link #addBlock}), so a
 * node's value does not depend on which thread or chunk computes it. Observers that the model's
 * {@link NearField} claims (close to the boundary, exact model) take their value from it instead.
 *
 * <p>Holds scratch arrays: one kernel per thread.
 */
public final class FieldKernel {
    /** Sources per block: the six scratch arrays (48 bytes per source) stay in the L1/L2 cache. */
    static final int BLOCK = 256;

    private final Grid grid;
    private final InsideTest insideTest;
    private final PlaneWave wave;
    private final SourceTerms seg;
    /** The model's rule for observers close to the boundary, or null if it needs none. */
    private final NearField.Evaluator near;
    private final double[] nearValue = new double[2];
    private final double k;
    private final double[] kr;
    private final double[] nDotROverR;
    private final double[] j0;
    private final double[] y0;
    private final double[] j1;
    private final double[] y1;
    /** Partial sums of the scattered field: real parts by source index mod 4, then imaginary. */
    private final double[] partial = new double[8];

    FieldKernel(PreparedProblem problem) {
        this.grid = problem.grid();
        this.insideTest = problem.insideTest();
        this.wave = problem.wave();
        this.seg = problem.sources();
        this.near = problem.nearField() == null ? null : problem.nearField().newEvaluator();
        this.k = wave.k();
        int block = Math.max(1, Math.min(BLOCK, seg.count));
        kr = new double[block];
        nDotROverR = new double[block];
        j0 = new double[block];
        y0 = new double[block];
        j1 = new double[block];
        y1 = new double[block];
    }

    /**
     * Computes both fields at the node with flat index {@code node} and stores them, with its inside
     * flag, in that node's slots of {@code out}. Inside nodes get zero for both fields.
     */
    public void computeField(int node, Field out) {
        double px = grid.xOf(node);
        double py = grid.yOf(node);
        if (insideTest.contains(px, py)) {
            out.inside[node] = 1;
            out.incidentRe[node] = 0;
            out.incidentIm[node] = 0;
            out.scatteredRe[node] = 0;
            out.scatteredIm[node] = 0;
            return;
        }
        double phase = wave.phase(px, py);
        out.inside[node] = 0;
        out.incidentRe[node] = Math.cos(phase);
        out.incidentIm[node] = Math.sin(phase);
        if (near != null && near.scattered(px, py, nearValue)) {
            out.scatteredRe[node] = nearValue[0];
            out.scatteredIm[node] = nearValue[1];
            return;
        }

        java.util.Arrays.fill(partial, 0);
        for (int start = 0; start < seg.count; start += kr.length) {
            addBlock(px, py, start, Math.min(kr.length, seg.count - start));
        }
        double sumRe = (partial[0] + partial[1]) + (partial[2] + partial[3]);
        double sumIm = (partial[4] + partial[5]) + (partial[6] + partial[7]);
        out.scatteredRe[node] = sumRe;
        out.scatteredIm[node] = sumIm;
    }

    /**
     * Adds the contributions of sources [start, start + n) at observer (px, py) to the partial
     * sums. Four partial sums per component, one per residue of the source index mod 4, added in a
     * fixed order at the end, break the chain of dependent additions; the result still depends only
     * on the node, never on the thread or chunk that computes it. (One method per block also keeps
     * the JIT's compilation units small, so the kernel is compiled early even while the worker
     * threads occupy every core.)
     */
    private void addBlock(double px, double py, int start, int n) {
        for (int i = 0; i < n; i++) {
            int s = start + i;
            double rx = px - seg.x[s];
            double ry = py - seg.y[s];
            double r = Math.sqrt(rx * rx + ry * ry);
            kr[i] = k * r;
            nDotROverR[i] = (seg.nx[s] * rx + seg.ny[s] * ry) / r;
        }
        Hankel.evaluate(kr, n, j0, y0, j1, y1);
        for (int i = 0; i < n; i++) {
            int s = start + i;
            // a H0 + b H1 q with H_n = J_n + i Y_n and q = (n.r)/R real; the terms overwrite
            // j0, y0 so that this loop has no reduction and vectorizes
            double q = nDotROverR[i];
            double h1Re = j1[i] * q;
            double h1Im = y1[i] * q;
            double termRe = seg.aRe[s] * j0[i] - seg.aIm[s] * y0[i] + seg.bRe[s] * h1Re - seg.bIm[s] * h1Im;
            double termIm = seg.aRe[s] * y0[i] + seg.aIm[s] * j0[i] + seg.bRe[s] * h1Im + seg.bIm[s] * h1Re;
            j0[i] = termRe;
            y0[i] = termIm;
        }
        double re0 = partial[0], re1 = partial[1], re2 = partial[2], re3 = partial[3];
        double im0 = partial[4], im1 = partial[5], im2 = partial[6], im3 = partial[7];
        int i = 0;
        for (; i + 3 < n; i += 4) {
            re0 += j0[i];
            re1 += j0[i + 1];
            re2 += j0[i + 2];
            re3 += j0[i + 3];
            im0 += y0[i];
            im1 += y0[i + 1];
            im2 += y0[i + 2];
            im3 += y0[i + 3];
        }
        for (; i < n; i++) {
            re0 += j0[i];
            im0 += y0[i];
        }
        partial[0] = re0;
        partial[1] = re1;
        partial[2] = re2;
        partial[3] = re3;
        partial[4] = im0;
        partial[5] = im1;
        partial[6] = im2;
        partial[7] = im3;
    }
}
