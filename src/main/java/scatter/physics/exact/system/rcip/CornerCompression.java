package scatter.physics.exact.system.rcip;

import scatter.linalg.ParallelRows;

/**
 * RCIP's compressed block of one corner: R = P_W^T (I + M_fine)^{-1} P on the four coarse panels
 * that meet at it (two on each side, each of length ell), as if each of the two panels touching the
 * corner were halved towards it {@code levels} times, without ever forming that fine mesh
 * (J. Helsing, Solving integral equations on piecewise smooth boundaries using the RCIP method: a
 * tutorial, arXiv:1207.6737, sections 7-8: the forward recursion, its eq. (31); chunkIE's
 * {@code chnk.rcip.Rcomp}).
 *
 * <p>Level i has the "type b" mesh of six panels, per side of lengths h, h, 2h going out from the
 * corner (h = ell 2^(i - 1 - levels)), whose four inner panels (two of h per side) are the previous
 * level's "type c" mesh, and the "type c" mesh of four panels of 2h. With P the prolongation from
 * type c to type b (the inner 2h panels' polynomials evaluated on their halves, the identity on the
 * outer ones) and P_W^T = W_c^{-1} P^T W_b its weighted transpose:
 * <pre>
 *   R_1 = P_W^T (I_b + M_1)^{-1} P,
 *   R_i = P_W^T ( F{R_(i-1)^{-1}} + I_b^o + M_i^o )^{-1} P,    i = 2 .. levels,
 * </pre>
 * F placing R_(i-1)^{-1} on the inner 64 unknowns, I_b^o the identity on the outer 32, M_i^o the
 * level's operator with its inner-inner block removed. The inverse is taken by the
 * Schur-Banachiewicz formula, so that R_(i-1) is never inverted: with a the inner and b the outer
 * unknowns, U = R M_ab, V = M_ba R and S = I + M_bb - M_ba U,
 * <pre>
 *   [[R^{-1}, M_ab], [M_ba, I + M_bb]]^{-1} = [[R + U S^{-1} V, -U S^{-1}], [-S^{-1} V, S^{-1}]].
 * </pre>
 * Helmholtz is not scale invariant: each level's M is assembled afresh on its own geometry (the
 * corner at the origin, positions as offsets from it, so that h = 1e-30 ell keeps its digits).
 */
final class CornerCompression {
    /** Nodes of the four coarse panels (type c) and of the six panels of a level (type b). */
    static final int COARSE = 4 * Gauss16.N;
    static final int FINE = 6 * Gauss16.N;

    private CornerCompression() {
    }

    /**
     * R (64 c x 64 c, interleaved; c the operator's components, unknown c node + comp) for the corner
     * where the boundary arrives along the unit direction (inX, inY) and leaves along (outX, outY).
     */
    static double[] compress(double inX, double inY, double outX, double outY, double ell, int levels, PanelOperator op) {
        return compress(inX, inY, outX, outY, ell, levels, op, null);
    }

    /**
     * As {@link #compress(double, double, double, double, double, int, PanelOperator)}, and, if
     * {@code store} is not null, what the backward recursion ({@link CornerDensity}) needs, level
     * 1 first: per level i, X_i P (X_i the inverse of the level's type b matrix: at level 1 all of it,
     * (96 c) x (64 c); above, the rows of its two outer panels, (32 c) x (64 c), the only ones the backward
     * recursion reads) and the level's M_ab ((64 c) x (32 c), the inner rows' outer columns; null at
     * level 1). About 2 (32 c)(64 c) complex values a level: 0.07 MB soft, 0.6 MB hard.
     */
    static double[] compress(double inX, double inY, double outX, double outY, double ell, int levels, PanelOperator op,
            java.util.List<double[][]> store) {
        try {
            return compressEach(inX, inY, outX, outY, ell, levels, op, store, levels, ParallelRows.serial())[0];
        } catch (InterruptedException e) {
            // the serial runner does not wait on anything
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * As {@link #compress(double, double, double, double, double, int, PanelOperator, java.util.List)},
     * keeping R after each level from {@code from} on ({@code levels - from + 1} of them, level {@code from}
     * first). The recursion's levels are absolute scales (level i of ell over L levels has h = ell 2^(i - 1 - L)),
     * so R after level L - j of ell over L levels is R of ell 2^-j over L - j levels, the same bit for bit:
     * one recursion serves a corner whose panels are halved ({@link CornerCache}). Each level's
     * assembly and the Schur complement's products run their rows on {@code rows}: the same bit for
     * bit on any threads.
     */
    static double[][] compressEach(double inX, double inY, double outX, double outY, double ell, int levels,
            PanelOperator op, java.util.List<double[][]> store, int from, ParallelRows rows)
            throws InterruptedException {
        double[][] kept = new double[levels - from + 1][];
        int c = op.components();
        int coarse = c * COARSE;
        int fine = c * FINE;
        int[] inner = new int[coarse];
        int[] outer = new int[fine - coarse];
        for (int a = 0; a < coarse; a++) {
            inner[a] = c * Gauss16.N + a;
        }
        for (int b = 0; b < c * Gauss16.N; b++) {
            outer[b] = b;
            outer[c * Gauss16.N + b] = 5 * c * Gauss16.N + b;
        }
        double[] r = null;
        for (int level = 1; level <= levels; level++) {
            double h = ell * Math.scalb(1.0, level - 1 - levels);
            PanelMesh mesh = typeB(0, 0, inX, inY, outX, outY, h);
            double[] m = new double[2 * fine * fine];
            rows.forRows(FINE, (a, b) -> op.rows(mesh, a, b, m));
            double[] inv;
            double[] mab = null;
            if (r == null) {
                for (int i = 0; i < fine; i++) {
                    m[2 * (i * fine + i)] += 1;
                }
                inv = Dense.inverse(m, fine);
            } else {
                mab = Dense.block(m, fine, inner, outer);
                inv = schur(m, mab, r, inner, outer, fine, rows);
            }
            double[] xp = prolong(inv, c);
            if (store != null) {
                // the backward recursion reads X_i P's outer rows only, but at level 1
                store.add(new double[][] {mab == null ? xp : outerRows(xp, c), mab});
            }
            r = restrict(xp, c);
            if (level >= from) {
                kept[level - from] = r;
            }
        }
        return kept;
    }

    /** Rows of the two outer panels (0 and 5) of a (96 c) x (64 c) matrix in the type b order, (32 c) x (64 c). */
    private static double[] outerRows(double[] xp, int c) {
        int panel = 2 * c * Gauss16.N * c * COARSE;
        double[] out = new double[2 * panel];
        System.arraycopy(xp, 0, out, 0, panel);
        System.arraycopy(xp, 5 * panel, out, panel, panel);
        return out;
    }

    /** The inverse of [[R^{-1}, M_ab], [M_ba, I + M_bb]] in the type b order, by Schur-Banachiewicz. */
    private static double[] schur(double[] m, double[] mab, double[] r, int[] inner, int[] outer, int fine,
            ParallelRows rows) throws InterruptedException {
        int na = inner.length;
        int nb = outer.length;
        double[] mba = Dense.block(m, fine, outer, inner);
        double[] s = Dense.block(m, fine, outer, outer);
        double[] u = Dense.times(r, mab, na, na, nb, rows);
        double[] v = Dense.times(mba, r, nb, na, na, rows);
        double[] mbaU = Dense.times(mba, u, nb, na, nb, rows);
        for (int i = 0; i < s.length; i++) {
            s[i] -= mbaU[i];
        }
        for (int i = 0; i < nb; i++) {
            s[2 * (i * nb + i)] += 1;
        }
        double[] sInv = Dense.inverse(s, nb);
        double[] uS = Dense.times(u, sInv, na, nb, nb, rows);
        double[] sV = Dense.times(sInv, v, nb, nb, na, rows);
        double[] uSV = Dense.times(uS, v, na, nb, na, rows);
        double[] inv = new double[2 * fine * fine];
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < na; j++) {
                int to = 2 * (inner[i] * fine + inner[j]);
                int from = 2 * (i * na + j);
                inv[to] = r[from] + uSV[from];
                inv[to + 1] = r[from + 1] + uSV[from + 1];
            }
            for (int j = 0; j < nb; j++) {
                int to = 2 * (inner[i] * fine + outer[j]);
                int from = 2 * (i * nb + j);
                inv[to] = -uS[from];
                inv[to + 1] = -uS[from + 1];
            }
        }
        for (int i = 0; i < nb; i++) {
            for (int j = 0; j < na; j++) {
                int to = 2 * (outer[i] * fine + inner[j]);
                int from = 2 * (i * na + j);
                inv[to] = -sV[from];
                inv[to + 1] = -sV[from + 1];
            }
            for (int j = 0; j < nb; j++) {
                int to = 2 * (outer[i] * fine + outer[j]);
                int from = 2 * (i * nb + j);
                inv[to] = sInv[from];
                inv[to + 1] = sInv[from + 1];
            }
        }
        return inv;
    }

    /** The six panels of level h about the vertex (vx, vy), their reference point: in along -(in) at distances 4h..2h, 2h..h, h..0, then out 0..h, h..2h, 2h..4h. */
    static PanelMesh typeB(double vx, double vy, double inX, double inY, double outX, double outY, double h) {
        PanelMesh mesh = new PanelMesh();
        mesh.add(vx, vy, -4 * h * inX, -4 * h * inY, -2 * h * inX, -2 * h * inY, 0);
        mesh.add(vx, vy, -2 * h * inX, -2 * h * inY, -h * inX, -h * inY, 0);
        mesh.add(vx, vy, -h * inX, -h * inY, 0, 0, 0);
        mesh.add(vx, vy, 0, 0, h * outX, h * outY, 1);
        mesh.add(vx, vy, h * outX, h * outY, 2 * h * outX, 2 * h * outY, 1);
        mesh.add(vx, vy, 2 * h * outX, 2 * h * outY, 4 * h * outX, 4 * h * outY, 1);
        return mesh;
    }

    /**
     * P_W^T X P for a (96 c) x (96 c) matrix X in the type b order: P takes type c (outer 2h, inner
     * 2h, inner 2h, outer 2h) to type b, the inner panels' polynomials evaluated on their halves and
     * the identity on the outer ones, each of the c components alike; P_W^T = W_c^{-1} P^T W_b, a half
     * panel's weights half the whole's. Applied by its blocks: about 100 times fewer operations than
     * the dense products.
     */
    static double[] restrictProlong(double[] x, int c) {
        return restrict(prolong(x, c), c);
    }

    /** X P, (96 c) x (64 c), for X (96 c) x (96 c); see {@link #restrictProlong}. */
    static double[] prolong(double[] x, int c) {
        int n = Gauss16.N;
        int fine = c * FINE;
        int coarse = c * COARSE;
        // X P: (96 c) x (64 c)
        double[] xp = new double[2 * fine * coarse];
        for (int row = 0; row < fine; row++) {
            int in = 2 * row * fine;
            int out = 2 * row * coarse;
            for (int q = 0; q < c; q++) {
                for (int l = 0; l < n; l++) {
                    int a = c * l + q;
                    int b = c * l + q;
                    xp[out + 2 * a] = x[in + 2 * b];
                    xp[out + 2 * a + 1] = x[in + 2 * b + 1];
                    a = c * (3 * n + l) + q;
                    b = c * (5 * n + l) + q;
                    xp[out + 2 * a] = x[in + 2 * b];
                    xp[out + 2 * a + 1] = x[in + 2 * b + 1];
                }
                for (int side = 0; side < 2; side++) {
                    int firstA = (1 + side) * n;
                    int firstB = (1 + 2 * side) * n;
                    for (int j = 0; j < n; j++) {
                        double re = 0;
                        double im = 0;
                        for (int h = 0; h < 2 * n; h++) {
                            double v = Gauss16.halves(h, j);
                            int b = c * (firstB + h) + q;
                            re += v * x[in + 2 * b];
                            im += v * x[in + 2 * b + 1];
                        }
                        int a = c * (firstA + j) + q;
                        xp[out + 2 * a] = re;
                        xp[out + 2 * a + 1] = im;
                    }
                }
            }
        }
        return xp;
    }

    /** P_W^T Y, (64 c) x (64 c), for Y = X P (96 c) x (64 c); see {@link #restrictProlong}. */
    static double[] restrict(double[] xp, int c) {
        int n = Gauss16.N;
        int coarse = c * COARSE;
        // P_W^T (X P): (64 c) x (64 c)
        double[] r = new double[2 * coarse * coarse];
        for (int q = 0; q < c; q++) {
            for (int l = 0; l < n; l++) {
                System.arraycopy(xp, 2 * (c * l + q) * coarse, r, 2 * (c * l + q) * coarse, 2 * coarse);
                System.arraycopy(xp, 2 * (c * (5 * n + l) + q) * coarse, r, 2 * (c * (3 * n + l) + q) * coarse, 2 * coarse);
            }
            for (int side = 0; side < 2; side++) {
                int firstA = (1 + side) * n;
                int firstB = (1 + 2 * side) * n;
                for (int j = 0; j < n; j++) {
                    int to = 2 * (c * (firstA + j) + q) * coarse;
                    for (int h = 0; h < 2 * n; h++) {
                        double v = Gauss16.halves(h, j) * Gauss16.weight(h % n) / (2 * Gauss16.weight(j));
                        int from = 2 * (c * (firstB + h) + q) * coarse;
                        for (int col = 0; col < 2 * coarse; col++) {
                            r[to + col] += v * xp[from + col];
                        }
                    }
                }
            }
        }
        return r;
    }
}
