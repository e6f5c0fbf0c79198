package scatter.geometry;

/**
 * The teaching code's inside test: a point p is inside when, for every segment, the cross product
 * (c_s - p) x (c_{s+1} - p) exceeds 1e-10, i.e. p sees every segment turning anticlockwise.
 *
 * <p>This is exact only for contours that are convex as seen from p; for non-convex obstacles it
 * misses interior points. A point outside the contour's bounding box is never inside (the
 * segments of a closed contour cannot all turn the same way around it), so that check runs first.
 */
public final class ConvexInsideTest implements InsideTest {
    /** Threshold on the cross product used by the teaching code. */
    private static final double CROSS_EPS = 1e-10;

    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;

    public ConvexInsideTest(Contour contour) {
        int n = contour.segments() + 1;
        x = new double[n];
        y = new double[n];
        for (int s = 0; s < n; s++) {
            x[s] = contour.x(s);
            y[s] = contour.y(s);
        }
        minX = contour.minX();
        maxX = contour.maxX();
        minY = contour.minY();
        maxY = contour.maxY();
    }

    @Override
    public boolean contains(double px, double py) {
        if (px < minX || px > maxX || py < minY || py > maxY) {
            return false;
        }
        for (int s = 0; s + 1 < x.length; s++) {
            double ax = x[s] - px;
            double ay = y[s] - py;
            double bx = x[s + 1] - px;
            double by = y[s + 1] - py;
            if (!(ax * by - ay * bx > CROSS_EPS)) {
                return false;
            }
        }
        return true;
    }
}
