package scatter.geometry;

/**
 * The sampled contour is not a simple closed curve around an area. The message says what is wrong
 * and where, in the contour's own terms (points, values of t); whoever knows where the contour came
 * from (the command line: -xc/-yc) adds that.
 */
public final class ContourException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the contour. */
    public enum Reason {
        /** All points are (nearly) the same point. */
        SINGLE_POINT,
        /** The point at t = 1 is not the point at t = 0. */
        NOT_CLOSED,
        /** The points lie on one line, or the signed area is zero. */
        NO_AREA,
        /** Two segments cross or touch. */
        SELF_INTERSECTION,
        /** Two obstacles' contours cross, touch, or one lies inside the other ({@link Obstacles}). */
        OBSTACLES_MEET,
    }

    private final Reason reason;

    ContourException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
