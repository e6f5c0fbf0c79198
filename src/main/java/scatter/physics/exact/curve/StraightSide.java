package scatter.physics.exact.curve;

/**
 * A straight side Z(u) = A + u E, E = B - A: offsets u E from A and -(1 - u) E from B, Z_u = E,
 * Z_uu = 0.
 *
 * <p>Immutable.
 */
final class StraightSide implements Side {
    private final double ex;
    private final double ey;

    StraightSide(double ex, double ey) {
        this.ex = ex;
        this.ey = ey;
    }

    @Override
    public void offset(double u, double complement, boolean fromEnd, double[] out) {
        if (fromEnd) {
            out[0] = -complement * ex;
            out[1] = -complement * ey;
        } else {
            out[0] = u * ex;
            out[1] = u * ey;
        }
    }

    @Override
    public void tangent(double u, double complement, double[] out) {
        out[0] = ex;
        out[1] = ey;
    }

    @Override
    public double cross(double u, double complement) {
        return 0;
    }

    @Override
    public double length() {
        return Math.hypot(ex, ey);
    }

    @Override
    public boolean straight() {
        return true;
    }

    @Override
    public Side reversed() {
        return new StraightSide(-ex, -ey);
    }
}
