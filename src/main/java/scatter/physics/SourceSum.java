package scatter.physics;

import java.util.Arrays;

/**
 * The sum of {@link SourceTerms} at one observer p:
 * <pre>
 *   u_scat(p) = sum_s  a_s H0(kR) + b_s H1(kR) (n_s.r)/R,    r = p - c_s, R = |r|.
 * </pre>
 * Sources are processed in blocks: first the arguments kR and the factors (n.r)/R for the block,
 * then the Hankel functions for the whole block in one call, then the complex multiply-adds. The
 * terms are summed in a fixed order (four partial sums by source index mod 4, see
 * {@link #addBlock}), so the value depends only on the observer and the sources, never on the
 * thread that computes it. Every sum in scatter goes through here: the field kernel's, and the exact
 * model's close evaluation on its refined boundaries, so that the JIT compiles one summation, early.
 *
 * <p>Holds scratch arrays: one instance per thread.
 */
public final class SourceSum {
    /** Sources per block: the six scratch arrays (48 bytes per source) stay in the L1/L2 cache. */
    static final int BLOCK = 256;

    private final double k;
    private final double[] kr = new double[BLOCK];
    private final double[] nDotROverR = new double[BLOCK];
    private final double[] j0 = new double[BLOCK];
    private final double[] y0 = new double[BLOCK];
    private final double[] j1 = new double[BLOCK];
    private final double[] y1 = new double[BLOCK];
    /** Partial sums of the scattered field: real parts by source index mod 4, then imaginary. */
    private final double[] partial = new double[8];

    /** @param k the wave number of the Hankel functions' argument kR */
    public SourceSum(double k) {
        this.k = k;
    }

    /** The sum of {@code sources} at observer (px, py), into out[0] + i out[1]. */
    public void at(SourceTerms sources, double px, double py, double[] out) {
        Arrays.fill(partial, 0);
        for (int start = 0; start < sources.count; start += BLOCK) {
            addBlock(sources, px, py, start, Math.min(BLOCK, sources.count - start));
        }
        out[0] = (partial[0] + partial[1]) + (partial[2] + partial[3]);
        out[1] = (partial[4] + partial[5]) + (partial[6] + partial[7]);
    }

    /**
     * The sum of sources [from, to) of {@code sources} at observer (px, py), into out[0] + i out[1],
     * in the same blocks and order as {@link #at} sums a set holding just those sources.
     */
    public void between(SourceTerms sources, int from, int to, double px, double py, double[] out) {
        Arrays.fill(partial, 0);
        for (int start = from; start < to; start += BLOCK) {
            addBlock(sources, px, py, start, Math.min(BLOCK, to - start));
        }
        out[0] = (partial[0] + partial[1]) + (partial[2] + partial[3]);
        out[1] = (partial[4] + partial[5]) + (partial[6] + partial[7]);
    }

    /**
     * Adds the contributions of sources [start, start + n) at observer (px, py) to the partial
     * sums. Four partial sums per component, one per residue of the source index mod 4, added in a
     * fixed order at the end, break the chain of dependent additions. (One method per block also
     * keeps the JIT's compilation units small, so the kernel is compiled early even while the worker
     * threads occupy every core.)
     */
    private void addBlock(SourceTerms seg, double px, double py, int start, int n) {
        arguments(seg, px, py, start, n);
        Hankel.evaluate(kr, n, j0, y0, j1, y1);
        terms(seg, start, n);
        accumulate(n);
    }

    /**
     * kR and (n.r)/R of sources [start, start + n) into kr and nDotROverR. Each of a block's three
     * loops is a method of its own, so that none of them makes the block's method hot on its own while
     * that method is still called rarely: with the loops inside it, a fresh process compiled the block
     * (the Hankel functions inlined) three times on stack, one per loop, before compiling it whole.
     */
    private void arguments(SourceTerms seg, double px, double py, int start, int n) {
        for (int i = 0; i < n; i++) {
            int s = start + i;
            double rx = px - seg.x[s];
            double ry = py - seg.y[s];
            double r = Math.sqrt(rx * rx + ry * ry);
            kr[i] = k * r;
            nDotROverR[i] = (seg.nx[s] * rx + seg.ny[s] * ry) / r;
        }
    }

    /** The terms a H0 + b H1 q of sources [start, start + n), over j0 (real parts) and y0 (imaginary). */
    private void terms(SourceTerms seg, int start, int n) {
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
    }

    /** The block's n terms added to the four partial sums of each part. */
    private void accumulate(int n) {
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
