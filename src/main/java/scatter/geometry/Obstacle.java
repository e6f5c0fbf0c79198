package scatter.geometry;

/**
 * Which grid nodes belong to the obstacle, where both fields are zero: those inside the contour by
 * the chosen test, and those on the contour.
 *
 * <p><b>Boundary rule.</b> A node within {@link #BOUNDARY_DISTANCE} times the contour's size of
 * any contour segment is on the obstacle. There the segment terms are singular (R = 0 at a
 * segment's midpoint makes H0 and H1 infinite, and nodes a rounding error away give values of
 * 10^15 and more), and a point of the boundary is not in the field region anyway. The distance
 * is far below any grid spacing or segment length anyone uses, so no node off the contour is
 * affected: the default case has no node on the contour.
 */
public final class Obstacle implements InsideTest {
    /** Nodes this close to the contour, relative to its size, are on the obstacle. */
    public static final double BOUNDARY_DISTANCE = 1e-9;

    private final InsideTest inside;
    private final NearContour onContour;

    public Obstacle(Contour contour, InsideTest.Kind kind) {
        this.inside = kind.of(contour);
        this.onContour = new NearContour(contour, BOUNDARY_DISTANCE * contour.size());
    }

    @Override
    public boolean contains(double x, double y) {
        return inside.contains(x, y) || onContour.contains(x, y);
    }
}
