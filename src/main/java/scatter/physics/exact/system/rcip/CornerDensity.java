package scatter.physics.exact.system.rcip;

import java.util.List;

/**
 * The density on one corner's dyadically refined panels, recovered from the compressed solution's
 * rho~ on its four coarse panels by the backward recursion (J. Helsing, Solving integral equations
 * on piecewise smooth boundaries using the RCIP method: a tutorial, arXiv:1207.6737, section 10).
 * With X_i the inverse of level i's type b matrix [[R_(i-1)^{-1}, M_ab], [M_ba, I + M_bb]] and P the
 * prolongation ({@link CornerCompression}), starting from rho~_L = rho~ on the coarse panels:
 * <pre>
 *   z_i = X_i P rho~_i,       rho~_(i-1) = (P rho~_i)_inner - M_ab (z_i)_outer,     i = L .. 1,
 * </pre>
 * z_i on the two outer panels (2h) of level i being the density there, and at level 1, where
 * R_0 = I, z_1 the density on all six panels. (Of the fine equation (I + K* + K°) rho = P rho~, the
 * part inside the inner panels is rho~_(i-1) = P rho~_i - K° rho there, which K° sees only through
 * the outer panels: K° has no inner-inner block.) The panels keep their positions as offsets from
 * the vertex. Immutable.
 */
final class CornerDensity {
    /** The refined panels that replace the corner's four coarse panels, from the outermost level in. */
    final PanelMesh mesh;
    /** Per node of {@link #mesh}, c components, interleaved as the solution's. */
    final double[] density;

    /**
     * @param store   what {@link CornerCompression#compress} stored, level 1 first
     * @param rhoTilde rho~ on the corner's four coarse panels (64 c, type c order)
     * @param c        components per node
     */
    CornerDensity(double vx, double vy, double inX, double inY, double outX, double outY, double ell,
            List<double[][]> store, double[] rhoTilde, int c) {
        this(vx, vy, (x, y, scale) -> CornerCompression.typeB(x, y, inX, inY, outX, outY, ell * scale), store, rhoTilde, c);
    }

    /** As above for any corner, each level's six panels from {@code geometry} (kept relative to (vx, vy)). */
    CornerDensity(double vx, double vy, CornerGeometry geometry, List<double[][]> store, double[] rhoTilde, int c) {
        int levels = store.size();
        int n = Gauss16.N;
        int fine = c * CornerCompression.FINE;
        int coarse = c * CornerCompression.COARSE;
        int outer = c * 2 * n;
        mesh = new PanelMesh();
        // outer panels of levels L .. 2 (two each), then the six of level 1
        density = new double[2 * c * n * (2 * levels + 4)];
        int filled = 0;
        double[] t = rhoTilde;
        for (int level = levels; level >= 1; level--) {
            PanelMesh b = geometry.typeB(vx, vy, Math.scalb(1.0, level - 1 - levels));
            double[][] s = store.get(level - 1);
            // level 1 keeps all six panels' rows of X P, the others only the two outer panels' (0 and 5)
            double[] z = Dense.times(s[0], t, level == 1 ? fine : outer, coarse, 1);
            int[] panels = level == 1 ? new int[] {0, 1, 2, 3, 4, 5} : new int[] {0, 5};
            for (int p : panels) {
                mesh.copy(b, p);
                int at = level == 1 ? p : p == 0 ? 0 : 1;
                System.arraycopy(z, 2 * c * n * at, density, filled, 2 * c * n);
                filled += 2 * c * n;
            }
            if (level == 1) {
                break;
            }
            // (P t) on the inner panels, less M_ab z_outer
            double[] zOuter = z;
            double[] mz = Dense.times(s[1], zOuter, coarse, outer, 1);
            double[] next = new double[2 * coarse];
            for (int q = 0; q < c; q++) {
                for (int side = 0; side < 2; side++) {
                    int firstA = (1 + side) * n;
                    for (int hh = 0; hh < 2 * n; hh++) {
                        double re = 0;
                        double im = 0;
                        for (int j = 0; j < n; j++) {
                            double v = Gauss16.halves(hh, j);
                            int a = c * (firstA + j) + q;
                            re += v * t[2 * a];
                            im += v * t[2 * a + 1];
                        }
                        // inner node (2 side n + hh) of level i - 1's type c
                        int a = c * (2 * side * n + hh) + q;
                        next[2 * a] = re - mz[2 * a];
                        next[2 * a + 1] = im - mz[2 * a + 1];
                    }
                }
            }
            t = next;
        }
    }
}
