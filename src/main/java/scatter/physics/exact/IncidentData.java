package scatter.physics.exact;

import scatter.physics.PlaneWave;

/**
 * What a boundary system needs of the incident field: u_inc and its derivative along a unit normal
 * at a boundary point. The plane wave is one; a test's line source inside the obstacle, whose
 * scattered field is known exactly, is another.
 */
interface IncidentData {
    /**
     * u_inc(x, y) into out[0] (real) and out[1] (imaginary), and grad u_inc . (nx, ny) into out[2]
     * and out[3].
     */
    void at(double x, double y, double nx, double ny, double[] out);

    /** u_inc = exp(i k d.x): grad u_inc . nu = i k (d.nu) u_inc. */
    static IncidentData of(PlaneWave wave) {
        return (x, y, nx, ny, out) -> {
            double phase = wave.phase(x, y);
            double c = Math.cos(phase);
            double s = Math.sin(phase);
            double g = wave.kx() * nx + wave.ky() * ny;
            out[0] = c;
            out[1] = s;
            out[2] = -g * s;
            out[3] = g * c;
        };
    }
}
