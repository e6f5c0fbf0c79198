package scatter.solve;

/**
 * The exact model's linear system at the next number of boundary points would not fit in the Java
 * heap: refused before it is allocated, with the estimate (and its -Xmx advice) for the command
 * line to word.
 */
public final class SystemTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int points;
    private final boolean fixed;
    private final transient MemoryEstimate memory;

    SystemTooLargeException(int points, boolean fixed, MemoryEstimate memory) {
        super("the boundary system at " + points + " points needs " + memory.needed() + " bytes, "
                + memory.available() + " are free");
        this.points = points;
        this.fixed = fixed;
        this.memory = memory;
    }

    /** Boundary points of the system refused. */
    public int points() {
        return points;
    }

    /** Whether the count was fixed by the user (else the doubling reached it). */
    public boolean fixed() {
        return fixed;
    }

    /** What the system needs and what the heap has. */
    public MemoryEstimate memory() {
        return memory;
    }
}
