package scatter.physics.exact.curve;

/**
 * A smooth closed curve as one {@link Side} that starts and ends at the same point, Z(u) = z(2 pi u)
 * (u in [0, 1], anticlockwise, z the curve's Fourier series, {@link SmoothCurve#series()}), so that
 * panels made for curved sides ({@code physics.exact.system.rcip}) lay themselves along a smooth
 * obstacle as along a side with corners. A = B = z(0); offsets are formed from the series as
 * differences, z(s) - z(0) = sum c_m e^{i m 0} (e^{i m s} - 1) ({@link TrigSeries#difference}), so a
 * point near u = 0 or 1 keeps its digits; Z_u = 2 pi z'(s), Z_u x Z_uu = (2 pi)^3 (x' y'' - y' x'').
 * Immutable.
 */
public final class ClosedSide implements Side {
    private static final double TWO_PI = 2 * Math.PI;
    private final TrigSeries series;
    private final double length;
    /** True for the curve run backwards (u -&gt; 1 - u). */
    private final boolean backwards;

    private ClosedSide(TrigSeries series, double length, boolean backwards) {
        this.series = series;
        this.length = length;
        this.backwards = backwards;
    }

    /** The curve as one side from z(0) round to z(0). */
    public static ClosedSide of(SmoothCurve curve) {
        return new ClosedSide(curve.series(), curve.perimeter(), false);
    }

    /** The curve's point z(0), where the side starts and ends. */
    public double[] start() {
        double[] z = new double[2];
        series.value(0, z);
        return z;
    }

    /** s of u: 2 pi u, or -2 pi (1 - u) for u past the middle, so that both ends keep their digits. */
    private double s(double u, double complement) {
        double s = u <= 0.5 ? TWO_PI * u : -TWO_PI * complement;
        return backwards ? -s : s;
    }

    @Override
    public void offset(double u, double complement, boolean fromEnd, double[] out) {
        double[] d = new double[4];
        series.difference(0, s(u, complement), d);
        out[0] = d[0];
        out[1] = d[1];
    }

    @Override
    public void tangent(double u, double complement, double[] out) {
        double[] d = new double[6];
        series.derivatives(s(u, complement), d);
        double sign = backwards ? -TWO_PI : TWO_PI;
        out[0] = sign * d[2];
        out[1] = sign * d[3];
    }

    @Override
    public double cross(double u, double complement) {
        double[] d = new double[6];
        series.derivatives(s(u, complement), d);
        double c = TWO_PI * TWO_PI * TWO_PI * (d[2] * d[5] - d[3] * d[4]);
        return backwards ? -c : c;
    }

    @Override
    public double length() {
        return length;
    }

    @Override
    public boolean straight() {
        return false;
    }

    @Override
    public Side reversed() {
        return new ClosedSide(series, length, !backwards);
    }
}
