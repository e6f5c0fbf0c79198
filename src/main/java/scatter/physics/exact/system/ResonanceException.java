package scatter.physics.exact.system;

/**
 * A polygon's (or several obstacles') sound-hard single-layer system is too near singular for its answer
 * to be vouched for (k near an interior Dirichlet eigenvalue of the obstacle, or a thin shape:
 * docs/exact.md, "Corners"), and so is its modification with sources inside, and the regularised system
 * that replaces them did not meet the tolerance within the cap. Carries the numbers;
 * the command line chooses the words.
 */
public final class ResonanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final double condition;
    private final double modifiedCondition;
    private final int unknowns;
    private final int cap;
    private final double change;
    private final double tolerance;

    /** @param change the regularised solution's last change, NaN if not even two panel lengths fit */
    ResonanceException(double condition, double modifiedCondition, int unknowns, int cap, double change,
            double tolerance) {
        super("single-layer condition " + condition + ", with sources inside " + modifiedCondition
                + ", regularised system " + unknowns + " unknowns, cap " + cap + ", change " + change + ", tolerance "
                + tolerance);
        this.condition = condition;
        this.modifiedCondition = modifiedCondition;
        this.unknowns = unknowns;
        this.cap = cap;
        this.change = change;
        this.tolerance = tolerance;
    }

    /** The regularised solution's last change of f, NaN if not even two of its panel lengths fit the cap. */
    public double change() {
        return change;
    }

    /** The tolerance asked. */
    public double tolerance() {
        return tolerance;
    }

    /** The single-layer system's estimated condition number. */
    public double condition() {
        return condition;
    }

    /** The estimated condition number of the single layer with sources inside. */
    public double modifiedCondition() {
        return modifiedCondition;
    }

    /** The regularised system's unknowns at its last panel length within the cap (or its first, beyond). */
    public int unknowns() {
        return unknowns;
    }

    /** The most unknowns solved. */
    public int cap() {
        return cap;
    }
}
