package scatter.physics.exact;

import scatter.physics.Hankel;

/**
 * Sums sum_j a_j H0(k R_j) + b_j H1(k R_j) (nu_j.r_j)/R_j over sources, in blocks: the arguments
 * for a block, then J0, Y0, J1, Y1 for the whole block in one {@link Hankel#evaluate} call, then the
 * complex multiply-adds, in source order (so a value does not depend on the thread). The offsets
 * r_j are either p - c_j or given by the caller, who may form them more accurately than a
 * difference of positions. Scratch space: one instance per thread.
 */
final class SourceSum {
    /** Sources per block: the scratch arrays stay in cache. */
    private static final int BLOCK = 256;

    private final double k;
    private final double[] rx = new double[BLOCK];
    private final double[] ry = new double[BLOCK];
    private final double[] kr = new double[BLOCK];
    private final double[] q = new double[BLOCK];
    private final double[] j0 = new double[BLOCK];
    private final double[] y0 = new double[BLOCK];
    private final double[] j1 = new double[BLOCK];
    private final double[] y1 = new double[BLOCK];

    SourceSum(double k) {
        this.k = k;
    }

    /** The sum at observer (px, py), r_j = p - c_j, in out[0] + i out[1]. */
    void at(double px, double py, PointSources s, double[] out) {
        double sumRe = 0;
        double sumIm = 0;
        for (int start = 0; start < s.count; start += BLOCK) {
            int n = Math.min(BLOCK, s.count - start);
            for (int i = 0; i < n; i++) {
                rx[i] = px - s.x[start + i];
                ry[i] = py - s.y[start + i];
            }
            block(start, n, s.nx, s.ny, s.aRe, s.aIm, s.bRe, s.bIm, out);
            sumRe += out[0];
            sumIm += out[1];
        }
        out[0] = sumRe;
        out[1] = sumIm;
    }

    /** The sum with the offsets r_j = (offX[j], offY[j]) given, j &lt; count, in out[0] + i out[1]. */
    void withOffsets(double[] offX, double[] offY, int count, double[] nx, double[] ny, double[] aRe, double[] aIm,
            double[] bRe, double[] bIm, double[] out) {
        double sumRe = 0;
        double sumIm = 0;
        for (int start = 0; start < count; start += BLOCK) {
            int n = Math.min(BLOCK, count - start);
            System.arraycopy(offX, start, rx, 0, n);
            System.arraycopy(offY, start, ry, 0, n);
            block(start, n, nx, ny, aRe, aIm, bRe, bIm, out);
            sumRe += out[0];
            sumIm += out[1];
        }
        out[0] = sumRe;
        out[1] = sumIm;
    }

    /** Sums sources start..start+n-1 with offsets already in rx, ry; the block's sum in out. */
    private void block(int start, int n, double[] nx, double[] ny, double[] aRe, double[] aIm, double[] bRe,
            double[] bIm, double[] out) {
        for (int i = 0; i < n; i++) {
            double r = Math.sqrt(rx[i] * rx[i] + ry[i] * ry[i]);
            kr[i] = k * r;
            q[i] = (nx[start + i] * rx[i] + ny[start + i] * ry[i]) / r;
        }
        Hankel.evaluate(kr, n, j0, y0, j1, y1);
        double sumRe = 0;
        double sumIm = 0;
        for (int i = 0; i < n; i++) {
            int s = start + i;
            double h1Re = j1[i] * q[i];
            double h1Im = y1[i] * q[i];
            sumRe += aRe[s] * j0[i] - aIm[s] * y0[i] + bRe[s] * h1Re - bIm[s] * h1Im;
            sumIm += aRe[s] * y0[i] + aIm[s] * j0[i] + bRe[s] * h1Im + bIm[s] * h1Re;
        }
        out[0] = sumRe;
        out[1] = sumIm;
    }
}
