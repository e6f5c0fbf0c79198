package scatter.physics;

import scatter.geometry.Grid;
import scatter.geometry.InsideTest;

/**
 * Computes the incident and scattered field at one grid node: {@link #computeField(int, Field)}.
 *
 * <p>The scattered field at observer p is the sum over segments s of
 * a_s H0(kR) + b_s H1(kR) (n_s.r)/R with r = p - m_s, R = |r| (see {@link SegmentTerms}). Segments
 * are processed in blocks: first the arguments kR and the factors (n.r)/R for the block, then
 * the Hankel functions for the whole block in one call, then the complex multiply-adds. The sum runs
 * over segments in index order, so a node's value does not depend on which thread computes it.
 *
 * <p>Holds scratch arrays: one kernel per thread.
 */
public final class FieldKernel {
    /** Segments per block: the six scratch arrays (48 bytes per segment) stay in the L1/L2 cache. */
    static final int BLOCK = 256;

    private final Grid grid;
    private final InsideTest insideTest;
    private final PlaneWave wave;
    private final SegmentTerms seg;
    private final double k;
    private final double[] kr;
    private final double[] nDotROverR;
    private final double[] j0;
    private final double[] y0;
    private final double[] j1;
    private final double[] y1;

    FieldKernel(Scatterer scatterer) {
        this.grid = scatterer.grid();
        this.insideTest = scatterer.insideTest();
        this.wave = scatterer.wave();
        this.seg = scatterer.segments();
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
     * Computes both fields at the node with flat index {@code k} and stores them, with its inside
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

        double sumRe = 0;
        double sumIm = 0;
        for (int start = 0; start < seg.count; start += kr.length) {
            int n = Math.min(kr.length, seg.count - start);
            for (int i = 0; i < n; i++) {
                int s = start + i;
                double rx = px - seg.mx[s];
                double ry = py - seg.my[s];
                double r = Math.sqrt(rx * rx + ry * ry);
                kr[i] = k * r;
                nDotROverR[i] = (seg.nx[s] * rx + seg.ny[s] * ry) / r;
            }
            Hankel.evaluate(kr, n, j0, y0, j1, y1);
            for (int i = 0; i < n; i++) {
                int s = start + i;
                // a H0 + b H1 q with H_n = J_n + i Y_n and q = (n.r)/R real
                double q = nDotROverR[i];
                double h1Re = j1[i] * q;
                double h1Im = y1[i] * q;
                sumRe += seg.aRe[s] * j0[i] - seg.aIm[s] * y0[i] + seg.bRe[s] * h1Re - seg.bIm[s] * h1Im;
                sumIm += seg.aRe[s] * y0[i] + seg.aIm[s] * j0[i] + seg.bRe[s] * h1Im + seg.bIm[s] * h1Re;
            }
        }
        out.scatteredRe[node] = sumRe;
        out.scatteredIm[node] = sumIm;
    }
}
