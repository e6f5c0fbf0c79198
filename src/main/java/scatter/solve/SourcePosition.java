package scatter.solve;

import java.util.List;
import scatter.geometry.Contour;
import scatter.geometry.InsideTest;
import scatter.geometry.NearContour;
import scatter.geometry.Obstacle;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.curve.SmoothInsideTest;

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
        }
        return holder;
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
