package scatter.physics.exact.system.rcip;

import java.util.Arrays;

/**
 * Straight panels along a boundary with corners, anticlockwise, each carrying the 16 Gauss-Legendre
 * nodes of {@link Gauss16}: panel p runs from its start to its end, its nodes at mid + half t_j e
 * (e the unit direction along the boundary, half its half length), their weights half w_j (arc
 * length), the outward normal nu = (e_y, -e_x). Node 16 p + j is node j of panel p.
 *
 * <p>Every panel keeps its position as an offset from a reference point (the vertex of its side
 * nearer to it): the panels of a dyadic refinement towards a corner, down to 1e-30 of a side and
 * beyond, keep their relative positions to rounding, as two nodes near one vertex differ by the
 * difference of their offsets. Panels on the same straight line carry the same line number (a
 * target on that line sees the double layer vanish and the single layer's principal logarithm).
 *
 * <p>A panel on a curved side ({@link #addCurved}) carries its nodes, normals and weights from the
 * side's own representation ({@link CurvedPanel}); its chord stands in for the straight panel's
 * geometry where only the panel's place matters (its Bernstein ellipse), and its line is its own.
 *
 * <p>Built by appending panels; not thread-safe while built, immutable in use.
 */
final class PanelMesh {
    private int count;
    private double[] refX = new double[8];
    private double[] refY = new double[8];
    private double[] midX = new double[8];
    private double[] midY = new double[8];
    private double[] ex = new double[8];
    private double[] ey = new double[8];
    private double[] half = new double[8];
    private int[] line = new int[8];
    /** Per panel its curved geometry ({@link CurvedPanel}), null for a straight panel. */
    private CurvedPanel[] shape = new CurvedPanel[8];

    /** Appends the panel from ref + start to ref + end on straight line {@code lineId}. */
    void add(double rx, double ry, double sx, double sy, double tx, double ty, int lineId) {
        if (count == refX.length) {
            int n = 2 * count;
            refX = Arrays.copyOf(refX, n);
            refY = Arrays.copyOf(refY, n);
            midX = Arrays.copyOf(midX, n);
            midY = Arrays.copyOf(midY, n);
            ex = Arrays.copyOf(ex, n);
            ey = Arrays.copyOf(ey, n);
            half = Arrays.copyOf(half, n);
            line = Arrays.copyOf(line, n);
            shape = Arrays.copyOf(shape, n);
        }
        double dx = tx - sx;
        double dy = ty - sy;
        double length = Math.hypot(dx, dy);
        refX[count] = rx;
        refY[count] = ry;
        midX[count] = 0.5 * (sx + tx);
        midY[count] = 0.5 * (sy + ty);
        ex[count] = dx / length;
        ey[count] = dy / length;
        half[count] = 0.5 * length;
        line[count] = lineId;
        count++;
    }

    /**
     * Appends a curved panel kept relative to (rx, ry), its offsets the panel's own; its chord
     * (endpoints, midpoint, direction, half length) serves {@link #ex}, {@link #ey}, {@link #half} and
     * the Bernstein ellipse's test. Its line is its own: no other panel shares it.
     */
    void addCurved(double rx, double ry, CurvedPanel panel, int lineId) {
        add(rx, ry, panel.startX, panel.startY, panel.endX, panel.endY, lineId);
        shape[count - 1] = panel;
    }

    /** Panel p's curved geometry, null if straight. */
    CurvedPanel curved(int p) {
        return shape[p];
    }

    /** True if panel p is straight and on the straight line {@code lineId}. */
    boolean sameLine(int p, int lineId) {
        return line[p] == lineId && shape[p] == null;
    }

    /** Node i's outward unit normal, x component. */
    double nx(int i) {
        int p = i / Gauss16.N;
        return shape[p] == null ? ey[p] : shape[p].nx[i % Gauss16.N];
    }

    /** Node i's outward unit normal, y component. */
    double ny(int i) {
        int p = i / Gauss16.N;
        return shape[p] == null ? -ex[p] : shape[p].ny[i % Gauss16.N];
    }

    /** Appends panel p of another mesh as it is (its reference point, offsets and line). */
    void copy(PanelMesh other, int p) {
        copy(other, p, 0);
    }

    /**
     * Appends panel p of another mesh, its line number raised by {@code lineOffset}: several boundaries in
     * one mesh keep their straight lines apart.
     */
    void copy(PanelMesh other, int p, int lineOffset) {
        int before = count;
        add(0, 0, 0, 0, 1, 0, 0);
        refX[before] = other.refX[p];
        refY[before] = other.refY[p];
        midX[before] = other.midX[p];
        midY[before] = other.midY[p];
        ex[before] = other.ex[p];
        ey[before] = other.ey[p];
        half[before] = other.half[p];
        line[before] = other.line[p] + lineOffset;
        shape[before] = other.shape[p];
    }

    int panels() {
        return count;
    }

    int nodes() {
        return Gauss16.N * count;
    }

    double half(int p) {
        return half[p];
    }

    int line(int p) {
        return line[p];
    }

    double ex(int p) {
        return ex[p];
    }

    double ey(int p) {
        return ey[p];
    }

    /** Node i's offset from its panel's reference point into out. */
    void offset(int i, double[] out) {
        int p = i / Gauss16.N;
        if (shape[p] != null) {
            out[0] = shape[p].offX[i % Gauss16.N];
            out[1] = shape[p].offY[i % Gauss16.N];
            return;
        }
        double t = Gauss16.node(i % Gauss16.N) * half[p];
        out[0] = midX[p] + t * ex[p];
        out[1] = midY[p] + t * ey[p];
    }

    double x(int i) {
        int p = i / Gauss16.N;
        if (shape[p] != null) {
            return refX[p] + shape[p].offX[i % Gauss16.N];
        }
        return refX[p] + midX[p] + Gauss16.node(i % Gauss16.N) * half[p] * ex[p];
    }

    double y(int i) {
        int p = i / Gauss16.N;
        if (shape[p] != null) {
            return refY[p] + shape[p].offY[i % Gauss16.N];
        }
        return refY[p] + midY[p] + Gauss16.node(i % Gauss16.N) * half[p] * ey[p];
    }

    /** Node i's arc-length weight. */
    double weight(int i) {
        CurvedPanel c = shape[i / Gauss16.N];
        if (c != null) {
            return c.weight[i % Gauss16.N];
        }
        return half[i / Gauss16.N] * Gauss16.weight(i % Gauss16.N);
    }

    /**
     * (px, py) - (node i) into out, for a point given as an offset (ox, oy) from (rx, ry): through the
     * offsets alone when both share the reference point.
     */
    void difference(double rx, double ry, double ox, double oy, int i, double[] out) {
        int p = i / Gauss16.N;
        double nx;
        double ny;
        if (shape[p] != null) {
            nx = shape[p].offX[i % Gauss16.N];
            ny = shape[p].offY[i % Gauss16.N];
        } else {
            double t = Gauss16.node(i % Gauss16.N) * half[p];
            nx = midX[p] + t * ex[p];
            ny = midY[p] + t * ey[p];
        }
        if (rx == refX[p] && ry == refY[p]) {
            out[0] = ox - nx;
            out[1] = oy - ny;
        } else {
            out[0] = (rx - refX[p]) + (ox - nx);
            out[1] = (ry - refY[p]) + (oy - ny);
        }
    }

    /**
     * The panel p's own coordinate of a point given as an offset (ox, oy) from (rx, ry): z = conj(e)
     * (x - mid)/half; on a curved panel the same map of its chord, (x - m)/d (complex, m the chord's
     * midpoint, d its half).
     */
    void local(double rx, double ry, double ox, double oy, int p, double[] out) {
        double dx;
        double dy;
        if (rx == refX[p] && ry == refY[p]) {
            dx = ox - midX[p];
            dy = oy - midY[p];
        } else {
            dx = (rx - refX[p]) + (ox - midX[p]);
            dy = (ry - refY[p]) + (oy - midY[p]);
        }
        CurvedPanel c = shape[p];
        if (c != null) {
            // (x - m)/d, d the half chord as a complex number
            double dd = c.dRe * c.dRe + c.dIm * c.dIm;
            out[0] = (dx * c.dRe + dy * c.dIm) / dd;
            out[1] = (dy * c.dRe - dx * c.dIm) / dd;
            return;
        }
        out[0] = (dx * ex[p] + dy * ey[p]) / half[p];
        out[1] = (dy * ex[p] - dx * ey[p]) / half[p];
    }

    double refX(int i) {
        return refX[i / Gauss16.N];
    }

    double refY(int i) {
        return refY[i / Gauss16.N];
    }
}
