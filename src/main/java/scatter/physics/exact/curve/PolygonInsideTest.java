package scatter.physics.exact.curve;

import scatter.geometry.InsideTest;

/**
 * Whether a point is inside a polygon ({@link PolygonBoundary}) or on it, from its vertices, so the
 * answer is the same whatever nc and the points per side: within {@link SmoothInsideTest#ON_BOUNDARY}
 * of the size of a side counts as on the boundary, and on the boundary counts as inside (as for
 * smooth curves and the Kirchhoff model's contour test); elsewhere the crossing number of a ray
 * towards +x decides (each side counted half-open in y, so a ray through a vertex counts once).
 *
 * <p>Immutable; thread-safe.
 */
public final class PolygonInsideTest implements InsideTest {
    private final PolygonBoundary polygon;
    private final double tolerance;

    public PolygonInsideTest(PolygonBoundary polygon) {
        this.polygon = polygon;
        this.tolerance = SmoothInsideTest.ON_BOUNDARY * polygon.size();
    }

    @Override
    public boolean contains(double x, double y) {
        if (onBoundary(x, y)) {
            return true;
        }
        int m = polygon.sides();
        boolean inside = false;
        for (int c = 0; c < m; c++) {
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
        }
        return inside;
    }

    /** Whether (x, y) is within {@link SmoothInsideTest#ON_BOUNDARY} of the size of a side. */
    public boolean onBoundary(double x, double y) {
        return distance(x, y) < tolerance;
    }

    /** The distance from (x, y) to the nearest side. */
    public double distance(double x, double y) {
        int m = polygon.sides();
        double nearest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < m; c++) {
            double ax = polygon.vertexX(c);
            double ay = polygon.vertexY(c);
            double ex = polygon.vertexX((c + 1) % m) - ax;
            double ey = polygon.vertexY((c + 1) % m) - ay;
            double u = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey)));
            nearest = Math.min(nearest, Math.hypot(x - ax - u * ex, y - ay - u * ey));
        }
        return nearest;
    }
}
