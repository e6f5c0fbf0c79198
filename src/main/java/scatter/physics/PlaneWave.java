package scatter.physics;

/**
 * The incident plane wave u_inc(p) = exp(i k.p) with wave number k = 2 pi / lambda travelling in
 * direction (cos theta, sin theta); theta = 0 (along +x) is the teaching code's only case.
 */
public final class PlaneWave implements Incident {
    private final double wavelength;
    private final double k;
    private final double kx;
    private final double ky;

    /**
     * @param wavelength lambda, positive and finite
     * @param angleRadians direction of travel, counted anticlockwise from +x
     */
    public PlaneWave(double wavelength, double angleRadians) {
        if (!(wavelength > 0) || !Double.isFinite(wavelength)) {
            throw new IllegalArgumentException("wavelength must be positive and finite: " + wavelength);
        }
        this.wavelength = wavelength;
        this.k = 2 * Math.PI / wavelength;
        // exact for the axis directions so that theta = 0 gives the teaching code's k = (k, 0)
        this.kx = angleRadians == 0 ? k : k * Math.cos(angleRadians);
        this.ky = angleRadians == 0 ? 0 : k * Math.sin(angleRadians);
    }

    @Override
    public double wavelength() {
        return wavelength;
    }

    /** Wave number |k| = 2 pi / lambda. */
    @Override
    public double k() {
        return k;
    }

    public double kx() {
        return kx;
    }

    public double ky() {
        return ky;
    }

    /** Phase k.p at the point (x, y); u_inc = cos(phase) + i sin(phase). */
    public double phase(double x, double y) {
        return kx * x + ky * y;
    }

    /** u_inc = cos(k.p) + i sin(k.p). */
    @Override
    public void value(double x, double y, double[] out) {
        double phase = phase(x, y);
        out[0] = Math.cos(phase);
        out[1] = Math.sin(phase);
    }

    /** grad u_inc = i k u_inc, so grad u_inc . v = i (k.v) u_inc. */
    @Override
    public void valueAndDerivative(double x, double y, double vx, double vy, double[] out) {
        value(x, y, out);
        double kv = kx * vx + ky * vy;
        out[2] = -kv * out[1];
        out[3] = kv * out[0];
    }

    /** A plane wave has no far-field amplitude: it does not decay. */
    @Override
    public boolean farField(double theta, double[] out) {
        return false;
    }

    /** The direction of travel, radians in (-pi, pi]. */
    public double direction() {
        return Math.atan2(ky, kx);
    }

    @Override
    public String describe() {
        return "a plane wave";
    }
}
