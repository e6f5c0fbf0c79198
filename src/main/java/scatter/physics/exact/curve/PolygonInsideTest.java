package scatter.physics.exact.curve;

import scatter.geometry.InsideTest;

/**
 * Whether a point is inside a boundary with corners ({@link PolygonBoundary}) or on it, from its
 * sides, so the answer is the same whatever nc and the points per side: within
 * {@link SmoothInsideTest#ON_BOUNDARY} of the size counts as on the boundary, and on the boundary
 * counts as inside (as for smooth curves and the Kirchhoff model's contour test); elsewhere the
 * crossing number of a ray towards +x decides (each piece counted half-open in y, so a ray through a
 * vertex counts once).
 *
 * <p>A straight side is its segment. A curved side is the closed polyline through {@link #PIECES}
 * of its own points, equispaced in u, corrected exactly where the polyline and the side differ: the
 * region between a piece's chord and its arc (a thin lens, at most {@link #BAND} times the arc's
 * measured distance from the chord at mid-piece, about h^2 kappa/8 for a piece h long of curvature
 * kappa) is inside the side's boundary where the polyline says outside and the reverse. The true
 * inside is therefore the polyline's crossing number flipped once for a point in such a lens: a
 * point within the band of a chord, whose projection falls on the chord, is in its lens when it lies
 * on the other side of the arc than of the chord, the arc's side being that of the tangent at the
 * point of the arc nearest to it (golden-section search in u on the piece, to rounding). The
 * distance to a curved side is that nearest point's, searched on every piece whose chord is nearer
 * than the best distance found plus its band (the arc is within the band of its chord).
 *
 * <p>Immutable; thread-safe.
 */
public final class PolygonInsideTest implements InsideTest {
    /** Pieces of each curved side's polyline. */
    static final int PIECES = 512;
    /** Pieces per group, whose bounding box skips them together. */
    private static final int GROUP = 16;
    /** A piece's band: this many times its arc's distance from its chord at mid-piece. */
    static final double BAND = 2;
    /** Golden-section steps (the piece's u-interval shrinks by 0.618 each: below rounding after 80). */
    private static final int STEPS = 80;

    private final PolygonBoundary polygon;
    private final double tolerance;
    /** Per curved side (null for a straight one): its polyline, PIECES + 1 points. */
    private final double[][] lineX;
    private final double[][] lineY;
    /** Per curved side and piece: the band around the chord the arc keeps to. */
    private final double[][] band;
    /** Per curved side and group: minX, maxX, minY, maxY of its pieces with their bands. */
    private final double[][][] box;

    public PolygonInsideTest(PolygonBoundary polygon) {
        this.polygon = polygon;
        this.tolerance = SmoothInsideTest.ON_BOUNDARY * polygon.size();
        int m = polygon.sides();
        lineX = new double[m][];
        lineY = new double[m][];
        band = new double[m][];
        box = new double[m][][];
        double floor = 1e-15 * polygon.size();
        double[] z = new double[2];
        for (int c = 0; c < m; c++) {
            if (polygon.side(c).straight()) {
                continue;
            }
            lineX[c] = new double[PIECES + 1];
            lineY[c] = new double[PIECES + 1];
            for (int l = 0; l <= PIECES; l++) {
                point(c, (double) l / PIECES, (double) (PIECES - l) / PIECES, z);
                lineX[c][l] = z[0];
                lineY[c][l] = z[1];
            }
            band[c] = new double[PIECES];
            box[c] = new double[PIECES / GROUP][4];
            for (int l = 0; l < PIECES; l++) {
                point(c, (l + 0.5) / PIECES, (PIECES - l - 0.5) / PIECES, z);
                band[c][l] = BAND * chordDistance(c, l, z[0], z[1]) + floor;
            }
            for (int g = 0; g < PIECES / GROUP; g++) {
                double[] b = box[c][g];
                b[0] = Double.POSITIVE_INFINITY;
                b[1] = Double.NEGATIVE_INFINITY;
                b[2] = Double.POSITIVE_INFINITY;
                b[3] = Double.NEGATIVE_INFINITY;
                for (int l = g * GROUP; l < (g + 1) * GROUP; l++) {
                    for (int e = l; e <= l + 1; e++) {
                        b[0] = Math.min(b[0], lineX[c][e] - band[c][l]);
                        b[1] = Math.max(b[1], lineX[c][e] + band[c][l]);
                        b[2] = Math.min(b[2], lineY[c][e] - band[c][l]);
                        b[3] = Math.max(b[3], lineY[c][e] + band[c][l]);
                    }
                }
            }
        }
    }

    @Override
    public boolean contains(double x, double y) {
        if (onBoundary(x, y)) {
            return true;
        }
        int m = polygon.sides();
        boolean inside = false;
        for (int c = 0; c < m; c++) {
            if (lineX[c] == null) {
                double ax = polygon.vertexX(c);
                double ay = polygon.vertexY(c);
                double bx = polygon.vertexX((c + 1) % m);
                double by = polygon.vertexY((c + 1) % m);
                if ((ay > y) != (by > y)) {
                    double cross = ax + (y - ay) * (bx - ax) / (by - ay);
                    if (x < cross) {
                        inside = !inside;
                    }
                }
                continue;
            }
            double[] lx = lineX[c];
            double[] ly = lineY[c];
            for (int g = 0; g < PIECES / GROUP; g++) {
                double[] b = box[c][g];
                boolean crossable = y >= b[2] && y <= b[3] && x <= b[1];
                boolean near = crossable && x >= b[0];
                if (!crossable) {
                    continue;
                }
                for (int l = g * GROUP; l < (g + 1) * GROUP; l++) {
                    if ((ly[l] > y) != (ly[l + 1] > y)) {
                        double cross = lx[l] + (y - ly[l]) * (lx[l + 1] - lx[l]) / (ly[l + 1] - ly[l]);
                        if (x < cross) {
                            inside = !inside;
                        }
                    }
                    if (near && inLens(c, l, x, y)) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }

    /**
     * Whether (x, y) is between piece l's chord and its arc: within the band of the chord, projected
     * onto it, and on the other side of the arc than of the chord.
     */
    private boolean inLens(int c, int l, double x, double y) {
        double ax = lineX[c][l];
        double ay = lineY[c][l];
        double ex = lineX[c][l + 1] - ax;
        double ey = lineY[c][l + 1] - ay;
        double s = ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey);
        if (!(s >= 0 && s <= 1) || chordDistance(c, l, x, y) >= band[c][l]) {
            return false;
        }
        double chordSide = ex * (y - ay) - ey * (x - ax);
        double[] near = nearestOnPiece(c, l, x, y);
        double arcSide = near[2] * (y - near[1]) - near[3] * (x - near[0]);
        return (chordSide > 0) != (arcSide > 0);
    }

    /** Whether (x, y) is within {@link SmoothInsideTest#ON_BOUNDARY} of the size of the boundary. */
    public boolean onBoundary(double x, double y) {
        return distance(x, y, tolerance) < tolerance;
    }

    /** The distance from (x, y) to the nearest side. */
    public double distance(double x, double y) {
        return distance(x, y, Double.POSITIVE_INFINITY);
    }

    /**
     * The distance from (x, y) to the nearest side if it is below cap, else some distance at least
     * cap (the curved sides' pieces farther than cap are not searched).
     */
    private double distance(double x, double y, double cap) {
        int m = polygon.sides();
        double nearest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < m; c++) {
            if (lineX[c] != null) {
                continue;
            }
            double ax = polygon.vertexX(c);
            double ay = polygon.vertexY(c);
            double ex = polygon.vertexX((c + 1) % m) - ax;
            double ey = polygon.vertexY((c + 1) % m) - ay;
            double u = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey)));
            nearest = Math.min(nearest, Math.hypot(x - ax - u * ex, y - ay - u * ey));
        }
        for (int c = 0; c < m; c++) {
            if (lineX[c] == null) {
                continue;
            }
            for (int g = 0; g < PIECES / GROUP; g++) {
                double[] b = box[c][g];
                double bound = Math.min(nearest, cap);
                double gx = Math.max(0, Math.max(b[0] - x, x - b[1]));
                double gy = Math.max(0, Math.max(b[2] - y, y - b[3]));
                if (Math.hypot(gx, gy) >= bound) {
                    continue;
                }
                for (int l = g * GROUP; l < (g + 1) * GROUP; l++) {
                    if (chordDistance(c, l, x, y) - band[c][l] < Math.min(nearest, cap)) {
                        double[] near = nearestOnPiece(c, l, x, y);
                        nearest = Math.min(nearest, Math.hypot(x - near[0], y - near[1]));
                    }
                }
            }
        }
        return nearest;
    }

    /** The distance from (x, y) to the chord of piece l of curved side c. */
    private double chordDistance(int c, int l, double x, double y) {
        double ax = lineX[c][l];
        double ay = lineY[c][l];
        double ex = lineX[c][l + 1] - ax;
        double ey = lineY[c][l + 1] - ay;
        double u = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey)));
        return Math.hypot(x - ax - u * ex, y - ay - u * ey);
    }

    /**
     * The point of piece l of curved side c nearest to (x, y), by golden-section search in u on the
     * piece: {x, y, Z_u x, Z_u y} there.
     */
    private double[] nearestOnPiece(int c, int l, double x, double y) {
        double lo = (double) l / PIECES;
        double hi = (double) (l + 1) / PIECES;
        double ratio = (Math.sqrt(5) - 1) / 2;
        double[] z = new double[2];
        double a = hi - ratio * (hi - lo);
        double b = lo + ratio * (hi - lo);
        double fa = squared(c, a, x, y, z);
        double fb = squared(c, b, x, y, z);
        for (int step = 0; step < STEPS && hi - lo > 1e-17; step++) {
            if (fa < fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - ratio * (hi - lo);
                fa = squared(c, a, x, y, z);
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + ratio * (hi - lo);
                fb = squared(c, b, x, y, z);
            }
        }
        double u = (double) l / PIECES;
        double best = squared(c, u, x, y, z);
        for (double v : new double[] {(double) (l + 1) / PIECES, 0.5 * (lo + hi)}) {
            double f = squared(c, v, x, y, z);
            if (f < best) {
                best = f;
                u = v;
            }
        }
        double[] out = new double[4];
        point(c, u, 1 - u, z);
        out[0] = z[0];
        out[1] = z[1];
        polygon.side(c).tangent(u, 1 - u, z);
        out[2] = z[0];
        out[3] = z[1];
        return out;
    }

    private double squared(int c, double u, double x, double y, double[] z) {
        point(c, u, 1 - u, z);
        double dx = x - z[0];
        double dy = y - z[1];
        return dx * dx + dy * dy;
    }

    /** Side c's point at u (1 - u given as complement), from its nearer corner. */
    private void point(int c, double u, double complement, double[] z) {
        boolean fromEnd = u >= 0.5;
        polygon.side(c).offset(u, complement, fromEnd, z);
        int v = fromEnd ? (c + 1) % polygon.sides() : c;
        z[0] += polygon.vertexX(v);
        z[1] += polygon.vertexY(v);
    }
}
