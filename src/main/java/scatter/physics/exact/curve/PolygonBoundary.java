package scatter.physics.exact.curve;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * An obstacle whose boundary has corners: sides between corners, straight or curved ({@link Side}),
 * anticlockwise, and its graded discretisation. A polygon is given by its vertices; a curve x(t),
 * y(t) by its expressions and its corners ({@link CornerFinder}), each piece between consecutive
 * corners becoming a side (straight if it keeps to its chord, else a {@link CurvedSide}, spectrally
 * accurate from the expressions' samples). A curve with one corner (a teardrop) has one side,
 * from the corner round to itself.
 *
 * <p>Points per side in proportion to the sides' lengths: side c gets P_c = P 2^r_c points, r_c the
 * rounded log2 of its length over the shortest side's (at most {@link #MOST_SHARE} times P), so that
 * the doubling of P doubles every side's. Side c takes the share 2 pi P_c/(2n) of the parameter s in
 * [0, 2 pi), 2n = sum P_c, and on it the local tau = (s - s_c) 2n/(2 pi P_c) is graded by
 * {@link Grading}: u = g(tau) along the side, with the P_c points at tau = j/P_c, the corners the
 * points j = 0, where |z'| = 0. A corner point carries no weight in any quadrature here and is left
 * out (Kress 1990): the discretisation has 2n - m points (m sides), numbered within the full 2n for
 * Kress's weights. z' = dz/ds = Z_u g'(tau) 2n/(2 pi P_c) and z' x z'' = (Z_u x Z_uu) (g' 2n/(2 pi P_c))^3
 * (the g'' part of z'' is parallel to z').
 *
 * <p>A point is kept as its offset from the nearer end of its side (on a straight side g(tau) E from
 * the start, -(1 - g(tau)) E from the end, E the side): points 1e-30 from a corner keep their offsets
 * to rounding, and two points near the same corner differ by the difference of their offsets.
 *
 * <p>Immutable.
 */
public final class PolygonBoundary {
    /** Straight sides: the expressions may leave a side's chord by at most this fraction of the size. */
    static final double STRAIGHT = 1e-12;
    /**
     * Straight sides also: the expressions may leave a side's chord by this many units in the last place
     * of the largest coordinate (a polygon far from the origin, 3e6 away, rounds its points to 5e-10
     * each, more than {@link #STRAIGHT} of a small size: that is rounding, not curvature).
     */
    static final double STRAIGHT_ULPS = 64;
    /** Points of each side at which the expressions are checked against its chord. */
    private static final int STRAIGHT_CHECKS = 16;
    /** The most points a side gets, as a multiple of the shortest side's. */
    static final int MOST_SHARE = 16;

    private final double[] vx;
    private final double[] vy;
    /** Side c runs from vertex c to vertex c + 1 (mod m). */
    private final Side[] sides;
    /** Each side's points as a multiple of the shortest side's, a power of two. */
    private final int[] share;
    private final double size;

    /** A polygon from its vertices (straight sides), either orientation. */
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
        sides = new Side[m];
        for (int c = 0; c < m; c++) {
            sides[c] = new StraightSide(vx[(c + 1) % m] - vx[c], vy[(c + 1) % m] - vy[c]);
        }
        share = shares(sides);
        size = size(vx, vy, sides);
    }

    /** A boundary from its corners and sides (side c from vertex c to c + 1), either orientation. */
    private PolygonBoundary(double[] vx, double[] vy, Side[] sides) {
        int m = vx.length;
        if (signedArea(vx, vy, sides) < 0) {
            double[] rx = reversed(vx);
            double[] ry = reversed(vy);
            Side[] rs = new Side[m];
            for (int c = 0; c < m; c++) {
                // new side c runs from old vertex m-1-c to old vertex m-2-c: old side m-2-c backwards
                rs[c] = sides[Math.floorMod(m - 2 - c, m)].reversed();
            }
            vx = rx;
            vy = ry;
            sides = rs;
        }
        this.vx = vx;
        this.vy = vy;
        this.sides = sides;
        share = shares(sides);
        size = size(vx, vy, sides);
    }

    /** Twice the signed area, by Simpson's rule on 1024 intervals per side of x y_u - y x_u. */
    private static double signedArea(double[] vx, double[] vy, Side[] sides) {
        double sum = 0;
        double[] o = new double[2];
        double[] t = new double[2];
        int intervals = 1024;
        for (int c = 0; c < sides.length; c++) {
            for (int l = 0; l <= intervals; l++) {
                double u = (double) l / intervals;
                sides[c].offset(u, 1 - u, false, o);
                sides[c].tangent(u, 1 - u, t);
                double px = vx[c] + o[0];
                double py = vy[c] + o[1];
                double w = l == 0 || l == intervals ? 1 : l % 2 == 1 ? 4 : 2;
                sum += w * (px * t[1] - py * t[0]) / (3.0 * intervals);
            }
        }
        return sum;
    }

    /** max(width, height) of the {@link #box} of the vertices and of 256 points along each curved side. */
    private static double size(double[] vx, double[] vy, Side[] sides) {
        double[] b = box(vx, vy, sides);
        return Math.max(b[1] - b[0], b[3] - b[2]);
    }

    /** {lowX, highX, lowY, highY} of the vertices and of 256 points along each curved side. */
    private static double[] box(double[] vx, double[] vy, Side[] sides) {
        double lowX = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        double[] o = new double[2];
        for (int c = 0; c < vx.length; c++) {
            lowX = Math.min(lowX, vx[c]);
            highX = Math.max(highX, vx[c]);
            lowY = Math.min(lowY, vy[c]);
            highY = Math.max(highY, vy[c]);
            for (int l = 1; l < 256 && !sides[c].straight(); l++) {
                sides[c].offset(l / 256.0, 1 - l / 256.0, false, o);
                lowX = Math.min(lowX, vx[c] + o[0]);
                highX = Math.max(highX, vx[c] + o[0]);
                lowY = Math.min(lowY, vy[c] + o[1]);
                highY = Math.max(highY, vy[c] + o[1]);
            }
        }
        return new double[] {lowX, highX, lowY, highY};
    }

    private static double shortest(Side[] sides) {
        double shortest = Double.POSITIVE_INFINITY;
        for (Side s : sides) {
            shortest = Math.min(shortest, s.length());
        }
        return shortest;
    }

    /** 2^round(log2(length/shortest)), at most MOST_SHARE. */
    private static int[] shares(Side[] sides) {
        double shortest = shortest(sides);
        int[] share = new int[sides.length];
        for (int c = 0; c < sides.length; c++) {
            int r = 1;
            while (r < MOST_SHARE && sides[c].length() > Math.sqrt(2) * r * shortest) {
                r *= 2;
            }
            share[c] = r;
        }
        return share;
    }

    /** The polygon through the vertices (either orientation), at least three. */
    public static PolygonBoundary of(double[] x, double[] y) {
        if (x.length < 3 || x.length != y.length) {
            throw new IllegalArgumentException("a polygon needs three vertices or more: " + x.length);
        }
        return new PolygonBoundary(x.clone(), y.clone());
    }

    /**
     * The boundary of the curve x(t), y(t) with these corners (in increasing t): each piece between
     * consecutive corners a side, straight if it keeps to its chord (checked at {@link #STRAIGHT_CHECKS}
     * points, to {@link #STRAIGHT} of the size or {@link #STRAIGHT_ULPS} units in the last place of the
     * largest coordinate, whichever is more), else curved ({@link CurvedSide}). Null if there is no
     * corner, if a corner is a cusp, if a curved piece is not resolved by its Chebyshev series or stands
     * still, or if the sides are all straight and fewer than three.
     */
    public static PolygonBoundary of(DoubleUnaryOperator x, DoubleUnaryOperator y, List<Corner> corners) {
        int m = corners.size();
        if (m < 1) {
            return null;
        }
        double[] px = new double[m];
        double[] py = new double[m];
        for (int c = 0; c < m; c++) {
            if (corners.get(c).cusp()) {
                return null;
            }
            px[c] = x.applyAsDouble(corners.get(c).t());
            py[c] = y.applyAsDouble(corners.get(c).t());
        }
        double lowX = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < 1024; l++) {
            double xv = x.applyAsDouble(l / 1024.0);
            double yv = y.applyAsDouble(l / 1024.0);
            lowX = Math.min(lowX, xv);
            highX = Math.max(highX, xv);
            lowY = Math.min(lowY, yv);
            highY = Math.max(highY, yv);
        }
        double extent = Math.max(highX - lowX, highY - lowY);
        double magnitude = Math.max(Math.max(Math.abs(lowX), Math.abs(highX)), Math.max(Math.abs(lowY), Math.abs(highY)));
        double offChord = Math.max(STRAIGHT * extent, STRAIGHT_ULPS * Math.ulp(magnitude));
        Side[] sides = new Side[m];
        boolean allStraight = true;
        for (int c = 0; c < m; c++) {
            double from = corners.get(c).t();
            double span = c + 1 < m ? corners.get(c + 1).t() - from : 1 - from + corners.get(0).t();
            int next = (c + 1) % m;
            double ex = px[next] - px[c];
            double ey = py[next] - py[c];
            double length = Math.hypot(ex, ey);
            boolean straight = length > 0;
            for (int q = 1; q < STRAIGHT_CHECKS && straight; q++) {
                double t = from + span * q / STRAIGHT_CHECKS;
                t -= Math.floor(t);
                double off = ((x.applyAsDouble(t) - px[c]) * ey - (y.applyAsDouble(t) - py[c]) * ex) / length;
                straight = Math.abs(off) <= offChord;
            }
            if (straight) {
                sides[c] = new StraightSide(ex, ey);
            } else {
                allStraight = false;
                sides[c] = CurvedSide.sample(x, y, from, span, px[c], py[c], px[next], py[next]);
                if (sides[c] == null) {
                    return null;
                }
            }
        }
        if (allStraight) {
            return m < 3 ? null : new PolygonBoundary(px, py);
        }
        return new PolygonBoundary(px, py, sides);
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

    /** The length of the shortest side. */
    public double shortestSide() {
        return shortest(sides);
    }

    /**
     * The bounding box {lowX, highX, lowY, highY}: of the vertices, and on a curved side of 255 points
     * equispaced in u between them (within h^2 kappa/8 of the box of the curve, h = 1/256 of the side).
     */
    public double[] box() {
        return box(vx, vy, sides);
    }

    /** Side c, from vertex c to vertex c + 1. */
    public Side side(int c) {
        return sides[c];
    }

    /** Side c's points as a multiple of the shortest side's (a power of two). */
    public int share(int c) {
        return share[c];
    }

    /** True if every side is straight. */
    public boolean straight() {
        for (Side s : sides) {
            if (!s.straight()) {
                return false;
            }
        }
        return true;
    }

    /** Length of the boundary. */
    public double perimeter() {
        double sum = 0;
        for (Side s : sides) {
            sum += s.length();
        }
        return sum;
    }

    /**
     * The graded points, perSide (a power of two, at least 4) times its {@link #share(int)} on each
     * side, of which the corners are left out.
     */
    public Points points(int perSide) {
        return new Points(this, perSide, new Grading(Grading.ORDER));
    }

    /** The discretisation on 2n - m points. */
    public static final class Points {
        /** Half the full number of points: 2n = sum of the sides' P_c, Kress's n. */
        public final int n;
        /** Number of points kept, 2n - m. */
        public final int count;
        /** P of the shortest side; side c has P_c = perSide times its share. */
        public final int perSide;
        /** Per side: its points P_c (the corner at its start included). */
        public final int[] sidePoints;
        /** Per side: the index of its first kept point; the side's kept points are P_c - 1 from there. */
        public final int[] firstPoint;
        /** Per side: its share of s, 2 pi P_c/(2n). */
        public final double[] sideShare;
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
        /** z' x z'' (zero on straight sides). */
        public final double[] cross;

        private Points(PolygonBoundary boundary, int perSide, Grading grading) {
            if (perSide < 4 || Integer.bitCount(perSide) != 1) {
                throw new IllegalArgumentException("points per side must be a power of two, at least 4: " + perSide);
            }
            int m = boundary.sides();
            this.perSide = perSide;
            sidePoints = new int[m];
            firstPoint = new int[m];
            sideShare = new double[m];
            int total = 0;
            int shares = 0;
            for (int c = 0; c < m; c++) {
                sidePoints[c] = perSide * boundary.share[c];
                firstPoint[c] = total - c;
                total += sidePoints[c];
                shares += boundary.share[c];
            }
            this.n = total / 2;
            this.count = total - m;
            full = new int[count];
            vertex = new int[count];
            offX = new double[count];
            offY = new double[count];
            x = new double[count];
            y = new double[count];
            dx = new double[count];
            dy = new double[count];
            speed = new double[count];
            cross = new double[count];
            double[] off = new double[2];
            double[] tangent = new double[2];
            int i = 0;
            for (int c = 0; c < m; c++) {
                int next = (c + 1) % m;
                int per = sidePoints[c];
                double ds = 2 * Math.PI * boundary.share[c] / shares;   // the side's share of s
                sideShare[c] = ds;
                Side side = boundary.sides[c];
                for (int j = 1; j < per; j++) {
                    double[] g = grading.at((double) j / per);
                    full[i] = firstPoint[c] + c + j;
                    boolean fromEnd = 2 * j >= per;
                    vertex[i] = fromEnd ? next : c;
                    side.offset(g[0], g[1], fromEnd, off);
                    offX[i] = off[0];
                    offY[i] = off[1];
                    x[i] = boundary.vx[vertex[i]] + offX[i];
                    y[i] = boundary.vy[vertex[i]] + offY[i];
                    side.tangent(g[0], g[1], tangent);
                    dx[i] = g[2] * tangent[0] / ds;
                    dy[i] = g[2] * tangent[1] / ds;
                    speed[i] = Math.hypot(dx[i], dy[i]);
                    double rate = g[2] / ds;
                    cross[i] = side.straight() ? 0 : rate * rate * rate * side.cross(g[0], g[1]);
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
