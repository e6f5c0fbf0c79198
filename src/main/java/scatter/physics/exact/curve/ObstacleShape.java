package scatter.physics.exact.curve;

import java.util.List;
import scatter.geometry.InsideTest;

/**
 * One obstacle of several as the exact model solves it: a smooth curve ({@link SmoothCurve}, Kress's
 * equispaced points) or a boundary with corners ({@link PolygonBoundary}, Kress's graded points), with
 * the corners located on its expressions (for the log). Immutable.
 */
public final class ObstacleShape {
    private final SmoothCurve curve;
    private final PolygonBoundary polygon;
    private final List<Corner> corners;

    private ObstacleShape(SmoothCurve curve, PolygonBoundary polygon, List<Corner> corners) {
        this.curve = curve;
        this.polygon = polygon;
        this.corners = List.copyOf(corners);
    }

    /** A smooth obstacle. */
    public static ObstacleShape smooth(SmoothCurve curve) {
        return new ObstacleShape(curve, null, List.of());
    }

    /** An obstacle with corners. */
    public static ObstacleShape withCorners(PolygonBoundary polygon, List<Corner> corners) {
        return new ObstacleShape(null, polygon, corners);
    }

    /** The smooth curve, or null for a boundary with corners. */
    public SmoothCurve curve() {
        return curve;
    }

    /** The boundary with corners, or null for a smooth curve. */
    public PolygonBoundary polygon() {
        return polygon;
    }

    /** The corners in order along the contour; empty for a smooth curve. */
    public List<Corner> corners() {
        return corners;
    }

    /** Length of the boundary. */
    public double perimeter() {
        return curve != null ? curve.perimeter() : polygon.perimeter();
    }

    /**
     * The radius R0 the coupling eta is chosen by: the smooth curve's {@link SmoothCurve#radius()}, or
     * for corners half the diagonal of the square of side {@link PolygonBoundary#size()}, as the one
     * polygon's solve takes it.
     */
    public double radius() {
        return curve != null ? curve.radius() : 0.5 * Math.sqrt(2) * polygon.size();
    }

    /** max(width, height). */
    public double size() {
        return curve != null ? curve.size() : polygon.size();
    }

    /** The bounding box {lowX, highX, lowY, highY}. */
    public double[] box() {
        return curve != null ? new double[] {curve.minX(), curve.maxX(), curve.minY(), curve.maxY()} : polygon.box();
    }

    /** Its inside test: {@link SmoothInsideTest} or {@link PolygonInsideTest}. */
    public InsideTest insideTest() {
        return curve != null ? new SmoothInsideTest(curve) : new PolygonInsideTest(polygon);
    }
}
