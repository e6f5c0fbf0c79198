package scatter.solve;

import java.util.Locale;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Resolution;

/**
 * Which physical model computes the scattered field, and its settings: the Kirchhoff (physical
 * optics) approximation, sound-hard only, or the exact solution of the boundary integral equation
 * ({@link scatter.physics.exact.ExactModel}), sound-hard or sound-soft, with its number of
 * boundary points chosen by a tolerance or fixed.
 *
 * @param kind Kirchhoff or exact
 * @param condition the boundary condition: hard for Kirchhoff
 * @param tolerance the exact model's tolerance on the change of the boundary solution between two
 *     doublings; with a fixed count, the change above which a warning says the count is too low
 * @param points a fixed number of boundary points (a power of two, 8 to 8192), or 0 to double
 *     until the tolerance is met
 */
public record Model(Kind kind, BoundaryCondition condition, double tolerance, int points) {
    /** The two models. */
    public enum Kind {
        /** Physical optics: one source per contour segment, lit side 2 u_inc, shadow side 0. */
        KIRCHHOFF,
        /** The boundary integral equation, solved to the tolerance. */
        EXACT;

        /** The name users type and files store, e.g. "exact". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Smallest tolerance: converged boundary solutions still change by 2e-15 to 1.2e-14 from one
     * doubling to the next (rounding, growing slowly with the number of points), so a tolerance
     * below this could never be met.
     */
    public static final double MIN_TOLERANCE = 1e-13;
    /** Largest tolerance: beyond it the boundary solution is not a solution. */
    public static final double MAX_TOLERANCE = 0.1;

    /** The Kirchhoff model: the teaching code's, and the default. */
    public static final Model KIRCHHOFF = new Model(Kind.KIRCHHOFF, BoundaryCondition.HARD,
            Resolution.DEFAULT_TOLERANCE, 0);

    /** The exact model with the default tolerance and the number of points found by doubling. */
    public static Model exact(BoundaryCondition condition) {
        return new Model(Kind.EXACT, condition, Resolution.DEFAULT_TOLERANCE, 0);
    }

    public boolean isExact() {
        return kind == Kind.EXACT;
    }

    /** Whether the number of boundary points is fixed (--points) rather than found by doubling. */
    public boolean fixedPoints() {
        return points != 0;
    }

    /** The exact model's resolution: {@link #points} if fixed, else the tolerance. */
    public Resolution resolution() {
        return fixedPoints() ? Resolution.points(points) : Resolution.tolerance(tolerance);
    }
}
