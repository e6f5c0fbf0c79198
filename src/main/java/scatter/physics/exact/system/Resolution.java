package scatter.physics.exact.system;

/**
 * How many boundary points the exact model uses: enough for a tolerance (doubling until the
 * density changes by less than it), or a fixed count.
 *
 * @param tolerance the largest relative change of the density between the last two
 *     discretisations, max_j |psi_2n(s_j) - psi_n(s_j)| / max |psi_2n|; NaN for a fixed count
 * @param points the fixed number of boundary points, or 0 to choose by tolerance
 */
public record Resolution(double tolerance, int points) {
    /** The default tolerance on the density's change. */
    public static final double DEFAULT_TOLERANCE = 1e-12;
    /** Fewest points of a fixed count (a power of two). */
    public static final int MIN_POINTS = 8;

    public Resolution {
        if (points == 0) {
            if (!(tolerance > 0 && tolerance < 1)) {
                throw new IllegalArgumentException("tolerance must be in (0, 1): " + tolerance);
            }
        } else if (!isValidPointCount(points) || !Double.isNaN(tolerance)) {
            throw new IllegalArgumentException("points must be a power of two in [" + MIN_POINTS + ", "
                    + BoundarySolver.MAX_POINTS + "]: " + points);
        }
    }

    /** Double until the density changes by less than {@code tolerance}. */
    public static Resolution tolerance(double tolerance) {
        return new Resolution(tolerance, 0);
    }

    /** Exactly {@code points} boundary points; the change against half as many is still measured. */
    public static Resolution points(int points) {
        return new Resolution(Double.NaN, points);
    }

    /** {@link #DEFAULT_TOLERANCE}. */
    public static Resolution defaults() {
        return tolerance(DEFAULT_TOLERANCE);
    }

    /** Whether a fixed count is allowed: a power of two from {@link #MIN_POINTS} to {@link BoundarySolver#MAX_POINTS}. */
    public static boolean isValidPointCount(int points) {
        return points >= MIN_POINTS && points <= BoundarySolver.MAX_POINTS && Integer.bitCount(points) == 1;
    }

    /** True for a fixed count of points. */
    public boolean isFixed() {
        return points != 0;
    }
}
