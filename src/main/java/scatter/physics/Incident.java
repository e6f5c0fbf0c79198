package scatter.physics;

/**
 * The incident wave u_inc, time factor e^{-i omega t}: a plane wave ({@link PlaneWave}, the teaching
 * code's) or the field of a line source ({@link LineSource}). Both models take it through this
 * interface: its value at the grid's nodes, and its value and normal derivative at boundary points
 * (the exact model's right-hand sides, the Kirchhoff model's lit boundary). Immutable and
 * thread-safe.
 */
public interface Incident {
    /** Wavelength lambda of the wave. */
    double wavelength();

    /** Wave number k = 2 pi / lambda. */
    double k();

    /**
     * u_inc at (x, y): its real part into out[0], its imaginary part into out[1]. Finite wherever
     * the wave is (a line source's field is infinite at the source itself: see {@link LineSource}).
     */
    void value(double x, double y, double[] out);

    /**
     * u_inc at (x, y) into out[0] + i out[1], and its derivative along the vector (vx, vy), grad
     * u_inc . (vx, vy), into out[2] + i out[3] (the normal derivative for a unit normal).
     */
    void valueAndDerivative(double x, double y, double vx, double vy, double[] out);

    /**
     * The far-field amplitude of the wave itself in direction theta, for a wave that has one (a line
     * source: u_inc ~ f_inc(theta) e^{ikr}/sqrt(r)): into out[0] + i out[1], returning true; false
     * for a plane wave, which has none.
     */
    boolean farField(double theta, double[] out);

    /** How the log and the pictures name the wave, e.g. "a line source at (0.1, 0.05)". */
    String describe();
}
