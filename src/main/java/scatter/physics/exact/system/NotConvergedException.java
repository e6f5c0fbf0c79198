package scatter.physics.exact.system;

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
    private final double errorEstimate;
    private final double tolerance;
    private final double levelledOff;
    private final double roundingFloor;

    /** @param errorEstimate the last solution's estimated error, NaN if the change was too large to need it */
    NotConvergedException(int points, double change, double errorEstimate, double tolerance) {
        this(points, change, errorEstimate, tolerance, Double.NaN);
    }

    /**
     * @param levelledOff the change of the level before, where the changes stopped falling although
     *     they were already small (the accuracy the points reach levels off there: more of them do not help);
     *     NaN if they did not
     */
    NotConvergedException(int points, double change, double errorEstimate, double tolerance, double levelledOff) {
        this(points, change, errorEstimate, tolerance, levelledOff, Double.NaN);
    }

    /**
     * @param roundingFloor the smallest error estimate the solution can have, which it has reached and
     *     which the tolerance does not exceed (more points cannot help); NaN if that is not why it stopped
     */
    NotConvergedException(int points, double change, double errorEstimate, double tolerance, double levelledOff,
            double roundingFloor) {
        super(String.format(Locale.ROOT, "the density still changed by %.3g (estimated error %.3g, tolerance %.3g)"
                + " at %d boundary points", change, errorEstimate, tolerance, points));
        this.points = points;
        this.change = change;
        this.errorEstimate = errorEstimate;
        this.tolerance = tolerance;
        this.levelledOff = levelledOff;
        this.roundingFloor = roundingFloor;
    }

    /**
     * The rounding floor of the error estimate where the solution reached it and the tolerance is at
     * or below it (no number of points can meet the tolerance); NaN otherwise.
     */
    public double roundingFloor() {
        return roundingFloor;
    }

    /**
     * The change of the level before the last where the changes stopped falling although already
     * small (doubling the points no longer helps); NaN if they did not.
     */
    public double levelledOff() {
        return levelledOff;
    }

    /** Boundary points of the last discretisation solved. */
    public int points() {
        return points;
    }

    /** Relative change of the density from half as many points to {@link #points()}. */
    public double change() {
        return change;
    }

    /**
     * The estimated error of the last solution, when its change was below the tolerance (then the
     * estimate is what was not), else NaN.
     */
    public double errorEstimate() {
        return errorEstimate;
    }

    /** The tolerance that was asked for. */
    public double tolerance() {
        return tolerance;
    }
}
