package scatter.physics;

/**
 * The incident plane wave u_inc(p) = exp(i k.p) with wave number k = 2 pi / lambda travelling in
 * direction (cos theta, sin theta); theta = 0 (along +x) is the teaching code's only case.
 */
public final class PlaneWave {
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

    public double wavelength() {
        return wavelength;
    }

    /** Wave number |k| = 2 pi / lambda. */
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
}
