package scatter.physics.exact.system;

/**
 * A polygon's sound-hard single-layer system is too near singular for its answer to be vouched for
 * (k near an interior Dirichlet eigenvalue of the obstacle: docs/exact.md, "Corners"), and the
 * regularised system that would replace it takes more unknowns than the cap. Carries the numbers;
 * the command line chooses the words.
 */
public final class ResonanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final double condition;
    private final int unknowns;
    private final int cap;

    ResonanceException(double condition, int unknowns, int cap) {
        super("single-layer condition " + condition + ", regularised system " + unknowns + " unknowns, cap " + cap);
        this.condition = condition;
        this.unknowns = unknowns;
        this.cap = cap;
    }

    /** The single-layer system's estimated condition number. */
    public double condition() {
        return condition;
    }

    /** The regularised system's unknowns. */
    public int unknowns() {
        return unknowns;
    }

    /** The most unknowns solved. */
    public int cap() {
        return cap;
    }
}
