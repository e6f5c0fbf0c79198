package scatter.physics.exact.system.rcip;

import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.Side;

/**
 * The coarse panels of a boundary with corners (straight or curved sides), and the same refined dyadically towards every
 * corner. Side c runs from vertex c to vertex c + 1, of length L_c. Every corner c gets a corner
 * length ell_c = min(H, L_(c-1)/4, L_c/4) (H the panel length asked for): the two panels on either
 * side next to it are ell_c long (RCIP's four equal panels at a corner, Helsing's tutorial, section
 * 5), and the rest of each side, between its corners' 2 ell, is cut into equal panels no longer than
 * H. Panels of the first half of a side keep their positions as offsets from its first vertex, the
 * others from its last ({@link PanelMesh}).
 *
 * <p>A curved side takes the same layout in its own parameter u ({@link CurvedSides}): its corner
 * panels ell_c/|Z_u| long in u at each end (at most 1/4), the rest cut into equal intervals of u
 * whose panels are at most about H long, each a {@link CurvedPanel}.
 *
 * <p>The refined mesh halves the panel touching each corner {@code levels} times towards it, so
 * that the smallest panel is ell 2^-levels: the mesh RCIP compresses, solved as it is (a check of the
 * compression, and the method without it).
 */
final class PolygonPanels {
    private final PolygonBoundary polygon;
    private final double[] ell;
    /** The curved sides' panels, null if every side is straight. */
    private final CurvedSides curved;
    /** Per corner c, the indices of its four coarse panels in boundary order. */
    final int[][] cornerPanels;
    final PanelMesh coarse;

    PolygonPanels(PolygonBoundary polygon, double panelLength) {
        this(polygon, panelLength, null);
    }

    /**
     * As {@link #PolygonPanels(PolygonBoundary, double)}, each corner's length ell_c at most
     * {@code cornerCap[c]} (null for no cap): a corner near another obstacle keeps its four panels, which
     * its compression resolves alone, away from that obstacle ({@link RcipObstacles}).
     */
    PolygonPanels(PolygonBoundary polygon, double panelLength, double[] cornerCap) {
        this.polygon = polygon;
        int m = polygon.sides();
        ell = new double[m];
        for (int c = 0; c < m; c++) {
            double in = polygon.side((c + m - 1) % m).length();
            double out = polygon.side(c).length();
            ell[c] = Math.min(panelLength, 0.25 * Math.min(in, out));
            if (cornerCap != null) {
                ell[c] = Math.min(ell[c], cornerCap[c]);
            }
        }
        if (!polygon.straight()) {
            // a corner panel on a curved side turns by at most CurvedSides.TURN
            double[] bend = new double[m];
            for (int c = 0; c < m; c++) {
                bend[c] = polygon.side(c).straight() ? 0 : CurvedSides.curvature(polygon.side(c));
            }
            for (int c = 0; c < m; c++) {
                double most = Math.max(bend[c], bend[(c + m - 1) % m]);
                if (most > 0) {
                    ell[c] = Math.min(ell[c], CurvedSides.TURN / most);
                }
            }
        }
        curved = polygon.straight() ? null : new CurvedSides(polygon, ell);
        cornerPanels = new int[m][4];
        coarse = build(panelLength, 0);
    }

    /** True if both sides at corner c are straight (its compression the straight corner's). */
    boolean straightCorner(int c) {
        int m = polygon.sides();
        return polygon.side(c).straight() && polygon.side((c + m - 1) % m).straight();
    }

    /** The unit direction in which the boundary arrives at corner c (side c - 1's at its end) into out. */
    void incoming(int c, double[] out) {
        int m = polygon.sides();
        int before = (c + m - 1) % m;
        if (polygon.side(before).straight()) {
            direction(before, out);
        } else {
            curved.tangent(before, true, out);
        }
    }

    /** The unit direction in which the boundary leaves corner c (side c's at its start) into out. */
    void outgoing(int c, double[] out) {
        if (polygon.side(c).straight()) {
            direction(c, out);
        } else {
            curved.tangent(c, false, out);
        }
    }

    /** Corner c's six panels of each level of its compression, for a corner with a curved side. */
    CornerGeometry levels(int c) {
        return curved.corner(c);
    }

    /** What corner c's levels scale with, for a corner with a curved side ({@link CurvedSides#cornerScales}). */
    double[] cornerScales(int c) {
        return curved.cornerScales(c);
    }

    /** The mesh with the panels touching each corner halved {@code levels} times towards it. */
    PanelMesh refined(double panelLength, int levels) {
        return build(panelLength, levels);
    }

    double cornerLength(int c) {
        return ell[c];
    }

    PolygonBoundary polygon() {
        return polygon;
    }

    /** Unit direction of side c into out. */
    void direction(int c, double[] out) {
        Side side = polygon.side(c);
        side.tangent(0.5, 0.5, out);
        double length = Math.hypot(out[0], out[1]);
        out[0] /= length;
        out[1] /= length;
    }

    private PanelMesh build(double panelLength, int levels) {
        int m = polygon.sides();
        PanelMesh mesh = new PanelMesh();
        double[] e = new double[2];
        int[] first = new int[m];
        int[] last = new int[m];
        for (int c = 0; c < m; c++) {
            if (!polygon.side(c).straight()) {
                int[] ends = curved.side(mesh, c, panelLength, levels);
                first[c] = ends[0];
                last[c] = ends[1];
                continue;
            }
            int next = (c + 1) % m;
            double ax = polygon.vertexX(c);
            double ay = polygon.vertexY(c);
            double bx = polygon.vertexX(next);
            double by = polygon.vertexY(next);
            double length = polygon.side(c).length();
            direction(c, e);
            double la = ell[c];
            double lb = ell[next];
            // from A: [0, la] refined, [la, 2 la]
            for (int level = levels; level >= 0; level--) {
                double s0 = level == levels ? 0 : la * Math.scalb(1.0, -level - 1);
                double s1 = la * Math.scalb(1.0, -level);
                if (levels == 0) {
                    s0 = 0;
                    s1 = la;
                }
                mesh.add(ax, ay, s0 * e[0], s0 * e[1], s1 * e[0], s1 * e[1], c);
                if (levels == 0) {
                    break;
                }
            }
            first[c] = mesh.panels() - 1;
            mesh.add(ax, ay, la * e[0], la * e[1], 2 * la * e[0], 2 * la * e[1], c);
            double middle = length - 2 * la - 2 * lb;
            int q = middle > 1e-12 * length ? (int) Math.ceil(middle / panelLength - 1e-9) : 0;
            for (int j = 0; j < q; j++) {
                double s0 = 2 * la + middle * j / q;
                double s1 = j + 1 == q ? length - 2 * lb : 2 * la + middle * (j + 1) / q;
                if (s0 + s1 <= length) {
                    mesh.add(ax, ay, s0 * e[0], s0 * e[1], s1 * e[0], s1 * e[1], c);
                } else {
                    mesh.add(bx, by, (s0 - length) * e[0], (s0 - length) * e[1], (s1 - length) * e[0],
                            (s1 - length) * e[1], c);
                }
            }
            mesh.add(bx, by, -2 * lb * e[0], -2 * lb * e[1], -lb * e[0], -lb * e[1], c);
            last[c] = mesh.panels();
            for (int level = 0; level <= levels; level++) {
                double s0 = -lb * Math.scalb(1.0, -level);
                double s1 = level == levels ? 0 : -lb * Math.scalb(1.0, -level - 1);
                if (levels == 0) {
                    s0 = -lb;
                    s1 = 0;
                }
                mesh.add(bx, by, s0 * e[0], s0 * e[1], s1 * e[0], s1 * e[1], c);
                if (levels == 0) {
                    break;
                }
            }
        }
        if (levels == 0) {
            for (int c = 0; c < m; c++) {
                int before = (c + m - 1) % m;
                cornerPanels[c][0] = last[before] - 1;
                cornerPanels[c][1] = last[before];
                cornerPanels[c][2] = first[c];
                cornerPanels[c][3] = first[c] + 1;
            }
        }
        return mesh;
    }
}
