package scatter.physics.exact.curve;

import java.util.Locale;

/**
 * The curve is smooth but has detail finer than the boundary points can carry: its Fourier series
 * reaches mode B, and a discretisation of N points resolves only the modes |m| &lt; N/2, so it needs
 * more than 2B points; the doubling needs a level above that within {@link scatter.physics.exact.system.BoundarySolver#MAX_POINTS}
 * (so B at most {@link scatter.physics.exact.system.BoundarySolver#MAX_BANDWIDTH}); a fixed count must be above 2B itself,
 * B counting the modes above {@link scatter.physics.exact.system.BoundarySolver#FIXED_COUNT_MODES} of the largest.
 * Refused before solving: on fewer points the equations describe a different curve, and their
 * solutions can agree with each other while both are wrong. Carries the numbers; the command line
 * chooses the words.
 */
public final class CurveTooFineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int bandwidth;
    private final int points;
    private final boolean fixed;
    private final double perimeter;

    public CurveTooFineException(int bandwidth, int points, boolean fixed, double perimeter) {
        super(String.format(Locale.ROOT, "the curve has Fourier modes up to %d, more than %s %d boundary points can"
                + " carry", bandwidth, fixed ? "a fixed count of" : "the doubling up to", points));
        this.bandwidth = bandwidth;
        this.points = points;
        this.fixed = fixed;
        this.perimeter = perimeter;
    }

    /** B, the curve's highest Fourier mode. */
    public int bandwidth() {
        return bandwidth;
    }

    /** The number of boundary points that cannot carry it: the cap, or the fixed count asked for. */
    public int points() {
        return points;
    }

    /** True if {@link #points} is a fixed count (--points), false if it is the cap of the doubling. */
    public boolean fixed() {
        return fixed;
    }

    /** The highest mode the points can carry with the doubling's check: cap/4 - 1, or for a fixed count N/2 - 1. */
    public int carried() {
        return fixed ? points / 2 - 1 : points / 4 - 1;
    }

    /** The finest detail's length along the curve, half a period of the highest mode: perimeter / (2B). */
    public double detail() {
        return perimeter / (2.0 * bandwidth);
    }

    /** The fewest points (a power of two) that carry the curve: more than 2B. */
    public int pointsNeeded() {
        return Integer.highestOneBit(2 * bandwidth) * 2;
    }
}
