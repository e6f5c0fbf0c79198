package scatter.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Several obstacles, each bounded by its own checked contour, numbered from 1 in the order given:
 * the check that they are apart ({@link #apart}) and which one a grid node is in
 * ({@link #obstacle}).
 *
 * <p><b>Apart.</b> No two obstacles may overlap, touch, or lie one inside the other: each must be a
 * region of its own, bounded by its own contour, for the fields outside them all to be defined.
 * On the contours' polygons (their nc segments), two obstacles meet if a segment of one comes
 * within {@link #TOUCH_DISTANCE} times the smaller obstacle's size of a segment of the other (they
 * cross or touch), or if a vertex of one is inside the other (all of it is then inside, since the
 * contours do not cross). Only pairs whose bounding boxes come that close are compared segment
 * by segment, and only the segments inside the other's box.
 */
public final class Obstacles implements InsideTest {
    /** Contours closer than this, relative to the smaller obstacle's size, touch. */
    public static final double TOUCH_DISTANCE = 1e-9;

    private final List<InsideTest> tests;

    /** The obstacles of these contours, each with the inside test {@code kind} and the boundary rule of {@link Obstacle}. */
    public Obstacles(List<Contour> contours, InsideTest.Kind kind) {
        List<InsideTest> all = new ArrayList<>();
        for (Contour c : contours) {
            all.add(new Obstacle(c, kind));
        }
        this.tests = List.copyOf(all);
    }

    @Override
    public boolean contains(double x, double y) {
        return obstacle(x, y) != 0;
    }

    /** The first obstacle (from 1) whose test holds at (x, y), or 0; they are apart, so at most one does. */
    @Override
    public int obstacle(double x, double y) {
        for (int i = 0; i < tests.size(); i++) {
            if (tests.get(i).contains(x, y)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Checks that no two of the contours' obstacles overlap, touch, or lie one inside the other.
     *
     * @throws ContourException ({@link ContourException.Reason#OBSTACLES_MEET}) naming the first
     *     two that do, numbered from 1, and where
     */
    public static void apart(List<Contour> contours) {
        for (int a = 0; a < contours.size(); a++) {
            for (int b = a + 1; b < contours.size(); b++) {
                apart(contours.get(a), a + 1, contours.get(b), b + 1);
            }
        }
    }

    private static void apart(Contour a, int na, Contour b, int nb) {
        double tol = TOUCH_DISTANCE * Math.min(a.size(), b.size());
        if (a.minX() > b.maxX() + tol || b.minX() > a.maxX() + tol
                || a.minY() > b.maxY() + tol || b.minY() > a.maxY() + tol) {
            return;
        }
        List<Integer> ea = segmentsNear(a, b, tol);
        List<Integer> eb = segmentsNear(b, a, tol);
        for (int s : ea) {
            for (int t : eb) {
                double d = distance(a.x(s), a.y(s), a.x(s + 1), a.y(s + 1), b.x(t), b.y(t), b.x(t + 1), b.y(t + 1));
                if (d <= tol) {
                    throw new ContourException(ContourException.Reason.OBSTACLES_MEET, String.format(Locale.ROOT,
                            "obstacles %d and %d %s near (%s, %s); each obstacle must be apart from the others",
                            na, nb, d == 0 ? "overlap: their contours cross" : "touch", Contour.num(a.x(s)),
                            Contour.num(a.y(s))));
                }
            }
        }
        if (new WindingInsideTest(b).contains(a.x(0), a.y(0))) {
            throw inside(na, nb);
        }
        if (new WindingInsideTest(a).contains(b.x(0), b.y(0))) {
            throw inside(nb, na);
        }
    }

    private static ContourException inside(int inner, int outer) {
        return new ContourException(ContourException.Reason.OBSTACLES_MEET, String.format(Locale.ROOT,
                "obstacle %d lies inside obstacle %d; each obstacle must be apart from the others", inner, outer));
    }

    /** The segments of {@code c} whose bounding boxes come within {@code tol} of {@code other}'s box. */
    private static List<Integer> segmentsNear(Contour c, Contour other, double tol) {
        double minX = other.minX() - tol;
        double maxX = other.maxX() + tol;
        double minY = other.minY() - tol;
        double maxY = other.maxY() + tol;
        List<Integer> near = new ArrayList<>();
        for (int s = 0; s < c.segments(); s++) {
            if (Math.max(c.x(s), c.x(s + 1)) >= minX && Math.min(c.x(s), c.x(s + 1)) <= maxX
                    && Math.max(c.y(s), c.y(s + 1)) >= minY && Math.min(c.y(s), c.y(s + 1)) <= maxY) {
                near.add(s);
            }
        }
        return near;
    }

    /** The distance between segments p0p1 and q0q1: 0 if they cross, else the least of the ends' distances to the other. */
    static double distance(double p0x, double p0y, double p1x, double p1y, double q0x, double q0y, double q1x,
            double q1y) {
        double d1 = cross(q0x, q0y, q1x, q1y, p0x, p0y);
        double d2 = cross(q0x, q0y, q1x, q1y, p1x, p1y);
        double d3 = cross(p0x, p0y, p1x, p1y, q0x, q0y);
        double d4 = cross(p0x, p0y, p1x, p1y, q1x, q1y);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return 0;
        }
        return Math.min(Math.min(pointToSegment(p0x, p0y, q0x, q0y, q1x, q1y), pointToSegment(p1x, p1y, q0x, q0y, q1x,
                q1y)), Math.min(pointToSegment(q0x, q0y, p0x, p0y, p1x, p1y), pointToSegment(q1x, q1y, p0x, p0y, p1x,
                p1y)));
    }

    /** (b - a) x (c - a): positive when c is left of the line from a to b. */
    private static double cross(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static double pointToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double u = length2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
        return Math.hypot(px - (ax + u * dx), py - (ay + u * dy));
    }
}
