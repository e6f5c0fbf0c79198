package scatter.physics.exact.system.rcip;

import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.Side;

/**
 * The panels of a boundary's curved sides, in each side's own parameter u in [0, 1] (the side's
 * representation, {@link Side}): at each end the corner panels of {@link PolygonPanels}, ell_c long in
 * arc length at the corner, so ell_c/|Z_u| in u (at most 1/4), the two touching the corner halved
 * {@code levels} times towards it in the refined mesh; between them, panels cut where the side needs
 * them ({@link #cuts}): about H long, and shorter where the side bends, so that none turns by more than
 * about {@link #TURN}. Panels of the side's first half keep their positions as offsets from its
 * first vertex, the others from its last. A corner with a curved side has its compression's levels
 * built from the sides ({@link #corner}). Immutable.
 */
final class CurvedSides {
    /**
     * The most a curved panel turns, in radians (its length times the curvature): the product weights
     * interpolate the density's conjugate and the conjugate tangent as polynomials in the complex
     * position, which the centre of curvature limits; on an arc of 0.5 rad they err by about 1e-11,
     * of 0.25 rad 1e-13, of 0.125 rad 1e-15 (the density e^{1.3 i u}, a numpy check).
     */
    static final double TURN = 0.2;
    private final PolygonBoundary polygon;
    private final double[] ell;
    /** Per curved side the corner panels' length in u at its start and at its end. */
    private final double[] startU;
    private final double[] endU;

    CurvedSides(PolygonBoundary polygon, double[] ell) {
        this.polygon = polygon;
        this.ell = ell;
        int m = polygon.sides();
        startU = new double[m];
        endU = new double[m];
        double[] t = new double[2];
        for (int c = 0; c < m; c++) {
            Side side = polygon.side(c);
            if (side.straight()) {
                continue;
            }
            side.tangent(0, 1, t);
            startU[c] = Math.min(0.25, ell[c] / Math.hypot(t[0], t[1]));
            side.tangent(1, 0, t);
            endU[c] = Math.min(0.25, ell[(c + 1) % m] / Math.hypot(t[0], t[1]));
        }
    }

    /**
     * The ends of the middle's panels, from u = from over {@code middle}: the need per unit u,
     * max(|Z_u|/H, |Z_u x Z_uu|/(|Z_u|^2 TURN)) (arc length over H, turning over TURN), at 257 points,
     * its integral F by the trapezoid rule, q = ceil(F) panels cut where F reaches F j/q: each panel
     * about H long or TURN in turn at most, shorter where the side is fast or bends.
     */
    private static double[] cuts(Side side, double from, double middle, double panelLength) {
        return cuts(side, from, middle, panelLength, 256);
    }

    /** As {@link #cuts(Side, double, double, double)} with the need sampled at {@code samples} + 1 points. */
    private static double[] cuts(Side side, double from, double middle, double panelLength, int samples) {
        if (!(middle > 1e-12)) {
            return new double[] {from};
        }
        double[] need = new double[samples + 1];
        double[] t = new double[2];
        for (int l = 0; l <= samples; l++) {
            double u = from + middle * l / samples;
            side.tangent(u, 1 - u, t);
            double speed = Math.hypot(t[0], t[1]);
            need[l] = Math.max(speed / panelLength, Math.abs(side.cross(u, 1 - u)) / (speed * speed * TURN));
        }
        double[] total = new double[samples + 1];
        for (int l = 1; l <= samples; l++) {
            total[l] = total[l - 1] + 0.5 * (need[l - 1] + need[l]) * middle / samples;
        }
        int q = Math.max(1, (int) Math.ceil(total[samples] - 1e-9));
        double[] cut = new double[q + 1];
        cut[0] = from;
        int l = 0;
        for (int j = 1; j < q; j++) {
            double target = total[samples] * j / q;
            while (total[l + 1] < target) {
                l++;
            }
            double f = (target - total[l]) / (total[l + 1] - total[l]);
            cut[j] = from + middle * (l + f) / samples;
        }
        cut[q] = from + middle;
        return cut;
    }

    /**
     * Appends the panels of a smooth closed curve given as one side from its start round to it again
     * ({@link scatter.physics.exact.curve.ClosedSide}, its start at (rx, ry)): cut as a curved side's middle
     * ({@link #cuts}, the need sampled at {@code samples} + 1 points: a few per period of the curve's
     * finest detail), no corner panels; the panels of the first half of u kept as offsets from the start,
     * the others from the end, the same point.
     */
    static void closed(PanelMesh mesh, Side side, double rx, double ry, double panelLength, int samples, int lineId) {
        double[] cut = cuts(side, 0, 1, panelLength, samples);
        int q = cut.length - 1;
        for (int j = 0; j < q; j++) {
            double s0 = cut[j];
            double s1 = j + 1 == q ? 1 : cut[j + 1];
            if (s0 + s1 <= 1) {
                mesh.addCurved(rx, ry, new CurvedPanel(side, false, s0, s1), lineId);
            } else {
                mesh.addCurved(rx, ry, new CurvedPanel(side, true, 1 - s0, 1 - s1), lineId);
            }
        }
    }

    /** The largest curvature of a side, at 129 points equispaced in u. */
    static double curvature(Side side) {
        double most = 0;
        double[] t = new double[2];
        for (int l = 0; l <= 128; l++) {
            double u = l / 128.0;
            side.tangent(u, 1 - u, t);
            double speed = Math.hypot(t[0], t[1]);
            most = Math.max(most, Math.abs(side.cross(u, 1 - u)) / (speed * speed * speed));
        }
        return most;
    }

    /** Side c's unit tangent at its end (atEnd) or its start into out. */
    void tangent(int c, boolean atEnd, double[] out) {
        polygon.side(c).tangent(atEnd ? 1 : 0, atEnd ? 0 : 1, out);
        double s = Math.hypot(out[0], out[1]);
        out[0] /= s;
        out[1] /= s;
    }

    /**
     * Appends curved side c's panels to the mesh, the corner panels touching each end halved
     * {@code levels} times towards it; returns {the index of the panel touching the start, the index
     * of the panel touching the end}, as {@link PolygonPanels} records them.
     */
    int[] side(PanelMesh mesh, int c, double panelLength, int levels) {
        int m = polygon.sides();
        int next = (c + 1) % m;
        Side side = polygon.side(c);
        double ax = polygon.vertexX(c);
        double ay = polygon.vertexY(c);
        double bx = polygon.vertexX(next);
        double by = polygon.vertexY(next);
        double la = startU[c];
        double lb = endU[c];
        for (int level = levels; level >= 0; level--) {
            double s0 = level == levels ? 0 : la * Math.scalb(1.0, -level - 1);
            double s1 = la * Math.scalb(1.0, -level);
            mesh.addCurved(ax, ay, new CurvedPanel(side, false, s0, s1), c);
        }
        int first = mesh.panels() - 1;
        mesh.addCurved(ax, ay, new CurvedPanel(side, false, la, 2 * la), c);
        double middle = 1 - 2 * la - 2 * lb;
        double[] cut = cuts(side, 2 * la, middle, panelLength);
        int q = cut.length - 1;
        for (int j = 0; j < q; j++) {
            double s0 = cut[j];
            double s1 = j + 1 == q ? 1 - 2 * lb : cut[j + 1];
            if (s0 + s1 <= 1) {
                mesh.addCurved(ax, ay, new CurvedPanel(side, false, s0, s1), c);
            } else {
                mesh.addCurved(bx, by, new CurvedPanel(side, true, 1 - s0, j + 1 == q ? 2 * lb : 1 - s1), c);
            }
        }
        mesh.addCurved(bx, by, new CurvedPanel(side, true, 2 * lb, lb), c);
        int last = mesh.panels();
        for (int level = 0; level <= levels; level++) {
            double s0 = lb * Math.scalb(1.0, -level);
            double s1 = level == levels ? 0 : lb * Math.scalb(1.0, -level - 1);
            mesh.addCurved(bx, by, new CurvedPanel(side, true, s0, s1), c);
        }
        return new int[] {first, last};
    }

    /**
     * What corner c's levels ({@link #corner}) scale with: the corner panels' lengths in u on the side in
     * and the side out, and ell_c; when all three halve exactly, level i + 1 of the longer corner is
     * level i of the shorter one, bit for bit ({@link CornerCache}).
     */
    double[] cornerScales(int c) {
        int m = polygon.sides();
        return new double[] {endU[(c + m - 1) % m], startU[c], ell[c]};
    }

    /** Corner c's levels: on each side three panels out from the vertex, from the side (curved) or along it (straight). */
    CornerGeometry corner(int c) {
        int m = polygon.sides();
        int before = (c + m - 1) % m;
        Side in = polygon.side(before);
        Side out = polygon.side(c);
        double[] e = new double[2];
        double[] f = new double[2];
        if (in.straight()) {
            in.tangent(0.5, 0.5, e);
            double s = Math.hypot(e[0], e[1]);
            e[0] /= s;
            e[1] /= s;
        }
        if (out.straight()) {
            out.tangent(0.5, 0.5, f);
            double s = Math.hypot(f[0], f[1]);
            f[0] /= s;
            f[1] /= s;
        }
        double inU = endU[before];
        double outU = startU[c];
        double length = ell[c];
        return (vx, vy, scale) -> {
            PanelMesh mesh = new PanelMesh();
            if (in.straight()) {
                double h = length * scale;
                mesh.add(vx, vy, -4 * h * e[0], -4 * h * e[1], -2 * h * e[0], -2 * h * e[1], 0);
                mesh.add(vx, vy, -2 * h * e[0], -2 * h * e[1], -h * e[0], -h * e[1], 0);
                mesh.add(vx, vy, -h * e[0], -h * e[1], 0, 0, 0);
            } else {
                double h = inU * scale;
                mesh.addCurved(vx, vy, new CurvedPanel(in, true, 4 * h, 2 * h), 0);
                mesh.addCurved(vx, vy, new CurvedPanel(in, true, 2 * h, h), 0);
                mesh.addCurved(vx, vy, new CurvedPanel(in, true, h, 0), 0);
            }
            if (out.straight()) {
                double h = length * scale;
                mesh.add(vx, vy, 0, 0, h * f[0], h * f[1], 1);
                mesh.add(vx, vy, h * f[0], h * f[1], 2 * h * f[0], 2 * h * f[1], 1);
                mesh.add(vx, vy, 2 * h * f[0], 2 * h * f[1], 4 * h * f[0], 4 * h * f[1], 1);
            } else {
                double h = outU * scale;
                mesh.addCurved(vx, vy, new CurvedPanel(out, false, 0, h), 1);
                mesh.addCurved(vx, vy, new CurvedPanel(out, false, h, 2 * h), 1);
                mesh.addCurved(vx, vy, new CurvedPanel(out, false, 2 * h, 4 * h), 1);
            }
            return mesh;
        };
    }
}
