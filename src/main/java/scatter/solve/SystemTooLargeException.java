package scatter.solve;

import scatter.physics.exact.system.BoundarySolver;
import scatter.physics.exact.system.Resolution;

/**
 * The exact model's linear system at the next number of boundary points would not fit in the Java
 * heap: refused before it is allocated, with what the command line needs to advise a way out that
 * works: the estimate for the largest system the run may reach (the -Xmx advice must cover it, not
 * only the refused one, or the run is refused again a level later) and the largest fixed count
 * whose systems fit now.
 */
public final class SystemTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int points;
    private final boolean fixed;
    private final transient MemoryEstimate memory;
    private final transient MemoryEstimate largest;
    private final int fittingPoints;
    /** The unknowns of RCIP's coarse system on a polygon's panels, halved to meet --tol up to this many; 0 otherwise. */
    private final int panelCap;

    /**
     * @param points the boundary points of the system refused
     * @param fixed whether --points fixed the count (else the doubling reached it)
     * @param memory the refused system's estimate against the heap as it is now
     */
    public SystemTooLargeException(int points, boolean fixed, MemoryEstimate memory) {
        this(points, fixed, memory, 1);
    }

    /**
     * As above, for a system of several obstacles: {@code points} in all, and the fixed count that
     * fits is per obstacle (each obstacle gets --points points).
     *
     * @param obstacles how many obstacles share the system
     */
    public SystemTooLargeException(int points, boolean fixed, MemoryEstimate memory, int obstacles) {
        super("the boundary system at " + points + " points needs " + memory.needed() + " bytes, "
                + memory.available() + " are free");
        this.points = points;
        this.fixed = fixed;
        this.memory = memory;
        // the doubling may go on to the cap; a fixed count needs its own system and half of it
        this.largest = fixed || points >= BoundarySolver.MAX_POINTS ? memory
                : new MemoryEstimate(MemoryEstimate.systemBytes(BoundarySolver.MAX_POINTS), memory.used(), memory.max());
        int fitting = Integer.highestOneBit(Math.max(1, points / obstacles)) / 2;
        while (fitting >= Resolution.MIN_POINTS
                && MemoryEstimate.systemBytes((long) fitting * obstacles) > memory.available()) {
            fitting /= 2;
        }
        this.fittingPoints = fitting >= Resolution.MIN_POINTS ? fitting : 0;
        this.panelCap = 0;
    }

    private SystemTooLargeException(int unknowns, MemoryEstimate memory, int cap) {
        super("the panels' system at " + unknowns + " unknowns needs " + memory.needed() + " bytes, "
                + memory.available() + " are free");
        this.points = unknowns;
        this.fixed = false;
        this.memory = memory;
        this.largest = unknowns >= cap ? memory
                : new MemoryEstimate(MemoryEstimate.systemBytes(cap), memory.used(), memory.max());
        this.fittingPoints = 0;
        this.panelCap = cap;
    }

    /**
     * A polygon's system on RCIP's panels ({@code points()} its unknowns) refused for memory: the halving may
     * go on to {@code cap} unknowns, and no fixed count applies (--points is refused for a polygon).
     */
    static SystemTooLargeException ofPanels(SystemTooLargeException e, int cap) {
        return new SystemTooLargeException(e.points, e.memory, cap);
    }

    /** For RCIP's panels on a polygon, the most unknowns the halving may reach; 0 for boundary points. */
    public int panelCap() {
        return panelCap;
    }

    /** Boundary points of the system refused. */
    public int points() {
        return points;
    }

    /** Whether the count was fixed by the user (else the doubling reached it). */
    public boolean fixed() {
        return fixed;
    }

    /** What the refused system needs and what the heap has. */
    public MemoryEstimate memory() {
        return memory;
    }

    /**
     * What the largest system the run may reach needs, against the same heap: for a count found by
     * doubling, the system at {@link BoundarySolver#MAX_POINTS}; for a fixed count, its own. Its
     * {@link MemoryEstimate#suggestedXmx()} is a heap with which the run gets past every memory check
     * of its solve.
     */
    public MemoryEstimate largest() {
        return largest;
    }

    /**
     * The largest fixed count (--points, a power of two below {@link #points()}, per obstacle) whose systems fit in
     * the heap's free space now, or 0 if none does.
     */
    public int fittingPoints() {
        return fittingPoints;
    }
}
