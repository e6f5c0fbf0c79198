package scatter.physics.exact.curve;

import java.util.Locale;

/**
 * Two obstacles of a configuration overlap, touch, or one lies inside the other, as seen on their
 * smooth curves ({@link ObstacleSeparation}). Obstacles are numbered from 1 in the order given.
 * Carries the numbers; the command line may add the expressions.
 */
public final class ObstaclesOverlapException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** How the two obstacles meet. */
    public enum Kind {
        /** Their boundaries cross: each has points inside the other. */
        OVERLAP,
        /** Their boundaries come within 1e-9 of the smaller one's size of each other without crossing. */
        TOUCH,
        /** The {@link #inner()} obstacle lies wholly inside the {@link #outer()} one. */
        INSIDE
    }

    private final Kind kind;
    private final int first;
    private final int second;

    /** @param first and second 1-based; for INSIDE, first is the inner obstacle */
    ObstaclesOverlapException(Kind kind, int first, int second) {
        super(message(kind, first, second));
        this.kind = kind;
        this.first = first;
        this.second = second;
    }

    private static String message(Kind kind, int first, int second) {
        return switch (kind) {
            case OVERLAP -> String.format(Locale.ROOT, "obstacles %d and %d overlap", first, second);
            case TOUCH -> String.format(Locale.ROOT, "obstacles %d and %d touch", first, second);
            case INSIDE -> String.format(Locale.ROOT, "obstacle %d lies inside obstacle %d", first, second);
        };
    }

    /**
     * The same failure of a pair checked as obstacles 1 and 2, numbered as {@code a} and {@code b} (the
     * obstacles' numbers in the whole configuration).
     */
    ObstaclesOverlapException renumbered(int a, int b) {
        return new ObstaclesOverlapException(kind, first == 1 ? a : b, second == 1 ? a : b);
    }

    public Kind kind() {
        return kind;
    }

    /** The first obstacle named (1-based): the lower number, or for {@link Kind#INSIDE} the inner one. */
    public int first() {
        return first;
    }

    /** The second obstacle named (1-based). */
    public int second() {
        return second;
    }

    /** For {@link Kind#INSIDE}: the obstacle that lies inside (1-based). */
    public int inner() {
        return first;
    }

    /** For {@link Kind#INSIDE}: the obstacle that holds it (1-based). */
    public int outer() {
        return second;
    }
}
