package scatter.solve;

import java.util.Optional;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.ExactModel;

/**
 * A problem prepared by its model: what the field kernel evaluates, and for the exact model the
 * solved boundary equation (its points, density and convergence) and how long solving it took.
 *
 * @param problem what the kernel evaluates
 * @param exact the exact model's solution, or null for the Kirchhoff model
 * @param solveNanos wall-clock time of the exact model's solve (sampling the curve, assembling and
 *     factorising every level, preparing the close evaluation), 0 for the Kirchhoff model
 */
public record PreparedModel(PreparedProblem problem, ExactModel exact, long solveNanos) {
    /**
     * The model's discretisation, as users count it: the exact model's boundary points, or the
     * Kirchhoff model's contour segments. (The field kernel may sum fewer sources: away from the
     * boundary the exact model takes every other point, see BoundarySolution.fieldStride.)
     */
    public int points() {
        return exact == null ? problem.sources().count() : exact.solution().points();
    }

    /** The exact model's solution, if this is the exact model. */
    public Optional<ExactModel> exactModel() {
        return Optional.ofNullable(exact);
    }
}
