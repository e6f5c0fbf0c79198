package scatter.solve;

import java.util.List;
import java.util.Locale;
import scatter.geometry.Contour;
import scatter.geometry.InsideTest;
import scatter.geometry.NearContour;
import scatter.geometry.Obstacle;
import scatter.physics.exact.curve.Fourier;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.PolygonInsideTest;
import scatter.physics.exact.curve.SmoothInsideTest;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.rcip.Formulation;
import scatter.physics.exact.system.rcip.RcipBoundary;
import scatter.physics.exact.system.rcip.RcipObstacles;

/**
 * Where a line source is against the obstacles, checked before solving: on a boundary its field is
 * infinite there (refused for both models); inside an obstacle the Kirchhoff model, which lights the
 * boundary from outside, has no answer (refused), while the exact model solves it (its scattered
 * field outside is then minus the source's own: a check of the solver). "On the boundary" is the
 * grid nodes' boundary rule: within 1e-9 of the obstacle's size ({@link Obstacle#BOUNDARY_DISTANCE},
 * {@link SmoothInsideTest#ON_BOUNDARY}), of the nc-segment contour for the Kirchhoff model and of the
 * smooth curve for the exact model, each the boundary its model solves on.
 */
final class SourcePosition {
    /**
     * Boundary points per (perimeter / distance) that a source's boundary data need: they vary on the
     * scale of the source's distance d from the boundary, so the change between n/2 and n points falls
     * exponentially in d n / L on a perimeter L. Measured on the unit circle at n = 8192: a change of
     * 1.9e-5 with the source 0.0034 off, 1.4e-11 at 0.0094; log-linear in d, the default --tol of 1e-12
     * is met from d = 0.0105, about 14 L/n.
     */
    static final double POINTS_PER_PERIMETER_OVER_DISTANCE = 14;
    /** Samples of a curve from which a source's distance to it is measured (within L/2^15). */
    private static final int DISTANCE_SAMPLES = 1 << 14;

    private SourcePosition() {
    }

    /**
     * The Kirchhoff model's check, on the nc-segment contours.
     *
     * @throws InvalidProblemException if the source is on a contour or inside an obstacle
     */
    static void requireOutside(Problem problem, List<Contour> contours) {
        Problem.Source s = problem.source();
        for (int i = 0; i < contours.size(); i++) {
            Contour c = contours.get(i);
            if (new NearContour(c, Obstacle.BOUNDARY_DISTANCE * c.size()).contains(s.x(), s.y())) {
                throw onBoundary(s, i, contours.size());
            }
        }
        for (int i = 0; i < contours.size(); i++) {
            InsideTest inside = problem.insideTest().of(contours.get(i));
            if (inside.contains(s.x(), s.y())) {
                throw new InvalidProblemException(Problem.Input.SOURCE, "the source " + s.describe() + " lies inside "
                        + which(i, contours.size()) + ", and the Kirchhoff model lights a boundary from outside only;"
                        + " put the source outside the obstacle, or solve with --model exact, which takes a source"
                        + " inside (its scattered field outside is then minus the source's own)");
            }
        }
    }

    /**
     * The exact model's check, on the smooth curves.
     *
     * @return the number (from 1) of the obstacle the source is inside, 0 if it is outside them all
     * @throws InvalidProblemException if the source is on a boundary
     */
    static int inside(Problem.Source s, List<SmoothCurve> curves) {
        int holder = 0;
        for (int i = 0; i < curves.size(); i++) {
            SmoothInsideTest test = new SmoothInsideTest(curves.get(i));
            if (test.onBoundary(s.x(), s.y())) {
                throw onBoundary(s, i, curves.size());
            }
            if (holder == 0 && test.contains(s.x(), s.y())) {
                holder = i + 1;
            }
            requireResolvable(s, curves.get(i), i, curves.size());
        }
        return holder;
    }

    /**
     * The check for one boundary with corners solved by RCIP, whose panels all halve together: a source a
     * distance d off the boundary needs coarse panels within about 1.5 d for --tol 1e-12 (the diamond
     * of half-diagonal 1 at lambda 0.5, both conditions: with the source 0.1, 0.06 and 0.03 off, the
     * solution on panels of 0.18, 0.088 and 0.044 was already within it, by the change to the next
     * halving, 8.7e-14, 7.6e-15 and 7.6e-15 soft; on panels twice as long it was not), and
     * settling is shown by a second solve on panels half as long. So a source whose panels of length d
     * already take more than {@code cap} unknowns cannot settle within the cap, and is refused before
     * the solves (which the cap would end after minutes, in words that blame the wavelength).
     *
     * @param cap the most unknowns the RCIP solve takes
     * @return 1 if the source is inside the boundary, 0 if outside
     * @throws InvalidProblemException if the source is on the boundary or too close to it for the cap
     */
    static int insideForPanels(Problem.Source s, PolygonBoundary polygon, BoundaryCondition condition, int cap) {
        PolygonInsideTest test = new PolygonInsideTest(polygon);
        if (test.onBoundary(s.x(), s.y())) {
            throw onBoundary(s, 0, 1);
        }
        double distance = test.distance(s.x(), s.y());
        int needed = RcipBoundary.unknowns(polygon, distance, condition);
        if (needed > cap) {
            // the distance whose panels fit, a tenth beyond so that the advice, rounded, is not refused again
            double nearest = distance;
            while (RcipBoundary.unknowns(polygon, nearest, condition) > cap) {
                nearest *= 1.1;
            }
            throw new InvalidProblemException(Problem.Input.SOURCE, String.format(Locale.ROOT, "the source %s is %.3g"
                    + " from the boundary of the obstacle, where its field varies on that scale: the exact model at"
                    + " corners would need panels of about that length to resolve it, %d unknowns, more than the %d"
                    + " it solves with; move the source at least %.2g from the boundary", s.describe(), distance,
                    needed, cap, 1.1 * nearest));
        }
        return test.contains(s.x(), s.y()) ? 1 : 0;
    }

    /**
     * The check for several obstacles, some with corners, solved together by RCIP ({@link RcipObstacles}),
     * whose panels all halve together: as for one ({@link #insideForPanels(Problem.Source, PolygonBoundary,
     * BoundaryCondition, int)}), the source a distance d from the nearest boundary needs every panel within
     * about d, and is refused if that takes more than {@code cap} unknowns; a source on a boundary is
     * refused, the obstacle named.
     *
     * @return the number (from 1) of the first obstacle the source is inside, 0 if it is outside them all
     * @throws InvalidProblemException if the source is on a boundary or too close to one for the cap
     */
    static int insideForPanels(Problem.Source s, List<ObstacleShape> shapes, RcipObstacles obstacles,
            BoundaryCondition condition, int cap) {
        int holder = 0;
        double distance = Double.POSITIVE_INFINITY;
        int nearestObstacle = 0;
        for (int i = 0; i < shapes.size(); i++) {
            ObstacleShape shape = shapes.get(i);
            boolean in;
            double d;
            if (shape.curve() != null) {
                SmoothInsideTest test = new SmoothInsideTest(shape.curve());
                if (test.onBoundary(s.x(), s.y())) {
                    throw onBoundary(s, i, shapes.size());
                }
                in = test.contains(s.x(), s.y());
                d = distance(s, shape.curve());
            } else {
                PolygonInsideTest test = new PolygonInsideTest(shape.polygon());
                if (test.onBoundary(s.x(), s.y())) {
                    throw onBoundary(s, i, shapes.size());
                }
                in = test.contains(s.x(), s.y());
                d = test.distance(s.x(), s.y());
            }
            if (d < distance) {
                distance = d;
                nearestObstacle = i;
            }
            if (holder == 0 && in) {
                holder = i + 1;
            }
        }
        Formulation first = Formulation.first(condition);
        int needed = obstacles.unknowns(distance, first);
        if (needed > cap) {
            // the distance whose panels fit, a tenth beyond so that the advice, rounded, is not refused again
            double nearest = distance;
            while (obstacles.unknowns(nearest, first) > cap) {
                nearest *= 1.1;
            }
            throw new InvalidProblemException(Problem.Input.SOURCE, String.format(Locale.ROOT, "the source %s is %.3g"
                    + " from the boundary of %s, where its field varies on that scale: the exact model at corners"
                    + " would need panels of about that length to resolve it, %d unknowns, more than the %d it solves"
                    + " with; move the source at least %.2g from the boundary", s.describe(), distance,
                    which(nearestObstacle, shapes.size()), needed, cap, 1.1 * nearest));
        }
        return holder;
    }

    /** The distance from the source to a smooth curve, at {@value #DISTANCE_SAMPLES} of its points (within L/2^15). */
    private static double distance(Problem.Source s, SmoothCurve curve) {
        double[][] z = Fourier.values(curve.coefficients(), 0, DISTANCE_SAMPLES);
        double distance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < DISTANCE_SAMPLES; j++) {
            distance = Math.min(distance, Math.hypot(z[0][j] - s.x(), z[1][j] - s.y()));
        }
        return distance;
    }

    /**
     * Refuses, before a minute of doubling that could only end in "did not settle", a source so close
     * to a boundary that the most points the exact model solves with cannot resolve its data there.
     */
    private static void requireResolvable(Problem.Source s, SmoothCurve curve, int i, int count) {
        double distance = distance(s, curve);
        double perimeter = curve.perimeter();
        double needed = POINTS_PER_PERIMETER_OVER_DISTANCE * perimeter / distance;
        if (needed > SmoothCurve.MAX_SOLUTION_POINTS) {
            // a tenth beyond the threshold, so that the distance advised, rounded, is not refused again
            double nearest = 1.1 * POINTS_PER_PERIMETER_OVER_DISTANCE * perimeter / SmoothCurve.MAX_SOLUTION_POINTS;
            throw new InvalidProblemException(Problem.Input.SOURCE, String.format(Locale.ROOT, "the source %s is %.3g"
                    + " from the boundary of %s, where its field varies on that scale: the exact model would need"
                    + " about %.3g boundary points to resolve it, more than the %d it solves with; move the source"
                    + " at least %.2g from the boundary", s.describe(), distance, which(i, count), needed,
                    SmoothCurve.MAX_SOLUTION_POINTS, nearest));
        }
    }

    private static InvalidProblemException onBoundary(Problem.Source s, int i, int count) {
        return new InvalidProblemException(Problem.Input.SOURCE, "the source " + s.describe() + " is on the boundary of "
                + which(i, count) + " (within 1e-9 of its size), where its field is infinite; move it off the"
                + " boundary");
    }

    private static String which(int i, int count) {
        return count == 1 ? "the obstacle" : "obstacle " + (i + 1);
    }
}
