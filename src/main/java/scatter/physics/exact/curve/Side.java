package scatter.physics.exact.curve;

/**
 * One side of a boundary with corners, between the corner A where it starts (u = 0) and the corner
 * B where it ends (u = 1), anticlockwise along the boundary: straight ({@link StraightSide}) or
 * curved ({@link CurvedSide}). Z(u) is the side's point, Z_u = dZ/du, Z_uu = d^2Z/du^2.
 *
 * <p>Positions are given as offsets from the nearer corner, and u near 1 as its complement
 * 1 - u: a point 1e-26 of the side from a corner keeps its offset to rounding, which the graded
 * points need (Kress's grading puts them there).
 */
public interface Side {
    /**
     * Z(u) - A into out (fromEnd false), or Z(u) - B (fromEnd true), given u and 1 - u, each to its own
     * rounding (u = g, 1 - u = gc of {@link Grading#at}).
     */
    void offset(double u, double complement, boolean fromEnd, double[] out);

    /** Z_u at u (with 1 - u as for {@link #offset}) into out. */
    void tangent(double u, double complement, double[] out);

    /** Z_u x Z_uu at u: zero on a straight side. */
    double cross(double u, double complement);

    /** The side's length. */
    double length();

    /** True if straight. */
    boolean straight();

    /** The same side traversed from B to A (u -&gt; 1 - u). */
    Side reversed();
}
