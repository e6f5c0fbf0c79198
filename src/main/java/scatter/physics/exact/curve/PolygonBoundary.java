package scatter.physics.exact.curve;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * An obstacle whose boundary is a polygon: straight sides between corners, anticlockwise, and its
 * graded discretisation. Each side gets an equal share 2 pi/m of the parameter s in [0, 2 pi) (m
 * sides) and, on it, the local tau = (s - s_side) m/(2 pi) is graded by {@link Grading}: with P
 * points per side at tau = j/P, the corners are the points j = 0, where |z'| = 0. A corner point
 * carries no weight in any quadrature here and is left out (Kress 1990): the discretisation has
 * m (P - 1) points, numbered within the full 2n = m P for Kress's weights.
 *
 * <p>A point is kept as its offset from the nearer end of its side (g(tau) E from the start,
 * -(1 - g(tau)) E from the end, E the side): points 1e-30 from a corner keep their offsets to
 * rounding, and two points near the same corner differ by the difference of their offsets.
 *
 * <p>Immutable.
 */
public final class PolygonBoundary {
    /** Straight sides: the expressions may leave a side's chord by at most this fraction of the size. */
    static final double STRAIGHT = 1e-12;
    /** Points of each side at which the expressions are checked against its chord. */
    private static final int STRAIGHT_CHECKS = 16;

    private final double[] vx;
    private final double[] vy;
    private final double size;

    private PolygonBoundary(double[] vx, double[] vy) {
        double area = 0;
        int m = vx.length;
        for (int c = 0; c < m; c++) {
            area += vx[c] * vy[(c + 1) % m] - vx[(c + 1) % m] * vy[c];
        }
        if (area < 0) {
            vx = reversed(vx);
            vy = reversed(vy);
        }
        this.vx = vx;
        this.vy = vy;
        double lowX = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < m; c++) {
            lowX = Math.min(lowX, vx[c]);
            highX = Math.max(highX, vx[c]);
            lowY = Math.min(lowY, vy[c]);
            highY = Math.max(highY, vy[c]);
        }
        size = Math.max(highX - lowX, highY - lowY);
    }

    /** The polygon through the vertices (either orientation), at least three. */
    public static PolygonBoundary of(double[] x, double[] y) {
        if (x.length < 3 || x.length != y.length) {
            throw new IllegalArgumentException("a polygon needs three vertices or more: " + x.length);
        }
        return new PolygonBoundary(x.clone(), y.clone());
    }

    /**
     * The polygon of the curve x(t), y(t) with these corners, if its pieces between them are
     * straight (each checked at {@link #STRAIGHT_CHECKS} points against its chord); null if one is not.
     */
    public static PolygonBoundary of(DoubleUnaryOperator x, DoubleUnaryOperator y, List<Corner> corners) {
        int m = corners.size();
        if (m < 3) {
            return null;
        }
        double[] px = new double[m];
        double[] py = new double[m];
        for (int c = 0; c < m; c++) {
            px[c] = x.applyAsDouble(corners.get(c).t());
            py[c] = y.applyAsDouble(corners.get(c).t());
        }
        PolygonBoundary polygon = new PolygonBoundary(px.clone(), py.clone());
        for (int c = 0; c < m; c++) {
            double from = corners.get(c).t();
            double span = c + 1 < m ? corners.get(c + 1).t() - from : 1 - from + corners.get(0).t();
            double ex = px[(c + 1) % m] - px[c];
            double ey = py[(c + 1) % m] - py[c];
            double length = Math.hypot(ex, ey);
            for (int q = 1; q < STRAIGHT_CHECKS; q++) {
                double t = from + span * q / STRAIGHT_CHECKS;
                t -= Math.floor(t);
                double off = ((x.applyAsDouble(t) - px[c]) * ey - (y.applyAsDouble(t) - py[c]) * ex) / length;
                if (!(Math.abs(off) <= STRAIGHT * polygon.size)) {
                    return null;
                }
            }
        }
        return polygon;
    }

    private static double[] reversed(double[] v) {
        double[] r = new double[v.length];
        for (int c = 0; c < v.length; c++) {
            r[c] = v[v.length - 1 - c];
        }
        return r;
    }

    /** Number of sides (and corners). */
    public int sides() {
        return vx.length;
    }

    /** Vertex c's x, anticlockwise. */
    public double vertexX(int c) {
        return vx[c];
    }

    /** Vertex c's y. */
    public double vertexY(int c) {
        return vy[c];
    }

    /** max(width, height). */
    public double size() {
        return size;
    }

    /** Length of the boundary. */
    public double perimeter() {
        double sum = 0;
        for (int c = 0; c < vx.length; c++) {
            sum += Math.hypot(vx[(c + 1) % vx.length] - vx[c], vy[(c + 1) % vx.length] - vy[c]);
        }
        return sum;
    }

    /** The graded points, perSide per side (a power of two, at least 4) of which the corners are left out. */
    public Points points(int perSide) {
        return new Points(this, perSide, new Grading(Grading.ORDER));
    }

    /** The discretisation on m (P - 1) points. */
    public static final class Points {
        /** Half the full number of points: 2n = m P, Kress's n. */
        public final int n;
        /** Number of points kept, m (P - 1). */
        public final int count;
        public final int perSide;
        /** Index of each point among the 2n, for Kress's weights (which depend on i - j mod 2n). */
        public final int[] full;
        /** The vertex each point is kept relative to, and its offset from it. */
        final int[] vertex;
        final double[] offX;
        final double[] offY;
        public final double[] x;
        public final double[] y;
        /** z' = dz/ds. */
        public final double[] dx;
        public final double[] dy;
        /** |z'|. */
        public final double[] speed;

        private Points(PolygonBoundary polygon, int perSide, Grading grading) {
            if (perSide < 4 || Integer.bitCount(perSide) != 1) {
                throw new IllegalArgumentException("points per side must be a power of two, at least 4: " + perSide);
            }
            int m = polygon.sides();
            this.perSide = perSide;
            this.n = m * perSide / 2;
            this.count = m * (perSide - 1);
            full = new int[count];
            vertex = new int[count];
            offX = new double[count];
            offY = new double[count];
            x = new double[count];
            y = new double[count];
            dx = new double[count];
            dy = new double[count];
            speed = new double[count];
            double ds = 2 * Math.PI / m;   // the side's share of s
            int i = 0;
            for (int c = 0; c < m; c++) {
                int next = (c + 1) % m;
                double ex = polygon.vx[next] - polygon.vx[c];
                double ey = polygon.vy[next] - polygon.vy[c];
                for (int j = 1; j < perSide; j++) {
                    double[] g = grading.at((double) j / perSide);
                    full[i] = c * perSide + j;
                    if (2 * j < perSide) {
                        vertex[i] = c;
                        offX[i] = g[0] * ex;
                        offY[i] = g[0] * ey;
                    } else {
                        vertex[i] = next;
                        offX[i] = -g[1] * ex;
                        offY[i] = -g[1] * ey;
                    }
                    x[i] = polygon.vx[vertex[i]] + offX[i];
                    y[i] = polygon.vy[vertex[i]] + offY[i];
                    dx[i] = g[2] * ex / ds;
                    dy[i] = g[2] * ey / ds;
                    speed[i] = Math.hypot(dx[i], dy[i]);
                    i++;
                }
            }
        }

        /** z_i - z_j into d[0], d[1]: from the offsets where both points are kept relative to one vertex. */
        public void difference(int i, int j, double[] d) {
            if (vertex[i] == vertex[j]) {
                d[0] = offX[i] - offX[j];
                d[1] = offY[i] - offY[j];
            } else {
                d[0] = x[i] - x[j];
                d[1] = y[i] - y[j];
            }
        }
    }
}
