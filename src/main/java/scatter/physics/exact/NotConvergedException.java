package scatter.physics.exact;

import java.util.Locale;

/**
 * The density did not settle within {@link BoundarySolver#MAX_POINTS} boundary points: the
 * obstacle is too many wavelengths round, or its shape too fine, for the exact model at this
 * tolerance. Carries the numbers; the command line chooses the words.
 */
public final class NotConvergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int points;
    private final double change;
    private final double tolerance;

    NotConvergedException(int points, double change, double tolerance) {
        super(String.format(Locale.ROOT, "the density still changed by %.3g (tolerance %.3g) at %d boundary points",
                change, tolerance, points));
        this.points = points;
        this.change = change;
        this.tolerance = tolerance;
    }

    /** Boundary points of the last discretisation solved. */
    public int points() {
        return points;
    }

    /** Relative change of the density from half as many points to {@link #points()}. */
    public double change() {
        return change;
    }

    /** The tolerance that was asked for. */
    public double tolerance() {
        return tolerance;
    }
}
