package scatter.solve;

import java.util.Optional;
import scatter.geometry.Contour;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.FarField;
import scatter.physics.exact.FarFieldPattern;

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
     * Margin of the directions the far field's sigma_s is summed on, beyond 4 k R0
     * ({@link FarField}: the trapezoid rule is exact for the band-limited |f|^2 from there).
     */
    private static final int SIGMA_MARGIN = 256;

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

    /**
     * The model's far-field pattern at {@code angles} equally spaced directions from 0, with sigma_s,
     * sigma_ext and the optical theorem's residual: from the boundary solution for the exact model,
     * from the contour's segments for the Kirchhoff model ({@link FarField}). Depends on the problem
     * only, not on the grid or a part's band.
     */
    public FarFieldPattern farField(int angles) {
        return exact != null ? exact.farField(angles) : FarField.kirchhoff(problem.contour(), problem.wave(), angles);
    }

    /**
     * About how many (direction, source) terms {@link #farField} sums: {@code angles} directions and
     * the 4 k R0 + 256 that sigma_s needs (R0 half the contour's bounding diagonal), times the
     * {@link #points} (the far field sums every boundary point). Small next to the field's
     * (nodes x sources) whenever the grid resolves the wavelength; large only for an obstacle very
     * many wavelengths round on a coarse grid.
     */
    public double farFieldTerms(int angles) {
        Contour c = problem.contour();
        double radius = 0.5 * Math.hypot(c.maxX() - c.minX(), c.maxY() - c.minY());
        double directions = angles + Math.ceil(4 * problem.wave().k() * radius) + SIGMA_MARGIN;
        return directions * points();
    }
}
