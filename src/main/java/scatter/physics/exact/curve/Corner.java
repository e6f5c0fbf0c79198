package scatter.physics.exact.curve;

/**
 * A corner of the obstacle's boundary: where the tangent's direction jumps, at t of the expressions
 * x(t), y(t) (located to the rounding of t, {@link CornerFinder}), with the interior angle, the
 * angle inside the obstacle between the two sides that meet there: 90 degrees at a square's
 * corner, 270 at an L-shape's re-entrant one. 0 or 360 degrees is a cusp (the curve turns back).
 *
 * <p>Immutable.
 */
public final class Corner {
    /**
     * Interior angles (degrees) within this of 0 or 360 are cusps: the two sides leave the point
     * along the same line.
     */
    public static final double CUSP_ANGLE = 1;

    private final double t;
    private final double interiorAngle;

    Corner(double t, double interiorAngle) {
        this.t = t;
        this.interiorAngle = interiorAngle;
    }

    /** Where, as t in [0, 1) of the expressions. */
    public double t() {
        return t;
    }

    /** The interior angle in degrees, in (0, 360). */
    public double interiorAngle() {
        return interiorAngle;
    }

    /** True if the sides meet at an interior angle within {@link #CUSP_ANGLE} of 0 or 360 degrees. */
    public boolean cusp() {
        return interiorAngle < CUSP_ANGLE || interiorAngle > 360 - CUSP_ANGLE;
    }

    @Override
    public String toString() {
        return "corner at t = " + t + ", interior angle " + interiorAngle + " deg";
    }
}
