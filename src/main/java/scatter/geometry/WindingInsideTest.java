package scatter.geometry;

/**
 * The winding-number inside test, exact for any simple polygon, convex or not: a point is inside
 * when the contour winds around it a non-zero number of times. The winding number is counted as
 * signed crossings of the horizontal ray from the point towards +x (D. Sunday, "Inclusion of a
 * point in a polygon", 2001; the crossing rule with upward edges including their start and
 * downward edges their end, so a vertex on the ray is counted once).
 *
 * <p>Fast because it runs for every grid node: a bounding-box check first, then only the edges in
 * the node's horizontal band ({@link YBands}), since only edges spanning the node's y can cross
 * the ray. For points exactly on the contour the answer is either; the field there is set by the
 * boundary rule of {@link Obstacle}.
 */
public final class WindingInsideTest implements InsideTest {
    private final YBands bands;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;

    public WindingInsideTest(Contour contour) {
        double[][] v = contour.vertices();
        bands = new YBands(v[0], v[1], 0);
        minX = contour.minX();
        maxX = contour.maxX();
        minY = contour.minY();
        maxY = contour.maxY();
    }

    @Override
    public boolean contains(double px, double py) {
        if (!(px >= minX && px <= maxX && py >= minY && py <= maxY)) {
            return false;
        }
        double[] x = bands.x;
        double[] y = bands.y;
        int winding = 0;
        int b = bands.band(py);
        for (int p = bands.from(b), to = bands.to(b); p < to; p++) {
            int e = bands.edge(p);
            int f = bands.end(e);
            // > 0 when the point is left of the edge's direction
            double left = (x[f] - x[e]) * (py - y[e]) - (px - x[e]) * (y[f] - y[e]);
            if (y[e] <= py) {
                if (y[f] > py && left > 0) {
                    winding++;      // an upward crossing with the point on its left
                }
            } else if (y[f] <= py && left < 0) {
                winding--;          // a downward crossing with the point on its right
            }
        }
        return winding != 0;
    }
}
