package scatter.geometry;

/**
 * Whether a point lies on the contour, up to a small distance. Used for the boundary rule: the
 * Green's function of a segment is singular at its midpoint (H0 and H1 of kR blow up as R -> 0),
 * so nodes on the contour are treated as part of the obstacle instead of being computed.
 *
 * <p>A bounding-box check, then the point-to-segment distance for the edges in the point's
 * horizontal band ({@link YBands}, edges widened by the distance).
 */
public final class NearContour {
    private final YBands bands;
    private final double distance;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;

    /** Points within {@code distance} of some segment of {@code contour} are near it. */
    public NearContour(Contour contour, double distance) {
        double[][] v = contour.vertices();
        this.bands = new YBands(v[0], v[1], distance);
        this.distance = distance;
        minX = contour.minX() - distance;
        maxX = contour.maxX() + distance;
        minY = contour.minY() - distance;
        maxY = contour.maxY() + distance;
    }

    /** Whether (px, py) is within the distance of the contour. */
    public boolean contains(double px, double py) {
        if (!(px >= minX && px <= maxX && py >= minY && py <= maxY)) {
            return false;
        }
        double[] x = bands.x;
        double[] y = bands.y;
        double limit = distance * distance;
        int b = bands.band(py);
        for (int p = bands.from(b), to = bands.to(b); p < to; p++) {
            int e = bands.edge(p);
            int f = bands.end(e);
            double dx = x[f] - x[e];
            double dy = y[f] - y[e];
            double rx = px - x[e];
            double ry = py - y[e];
            double along = dx * rx + dy * ry;
            double length2 = dx * dx + dy * dy;
            // the nearest point of the segment: start, end or the foot of the perpendicular
            double u = length2 > 0 ? Math.max(0, Math.min(1, along / length2)) : 0;
            double ex = rx - u * dx;
            double ey = ry - u * dy;
            if (ex * ex + ey * ey <= limit) {
                return true;
            }
        }
        return false;
    }
}
