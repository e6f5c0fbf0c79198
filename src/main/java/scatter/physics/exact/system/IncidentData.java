package scatter.physics.exact.system;

import scatter.physics.Incident;

/**
 * What a boundary system needs of the incident field: u_inc and its derivative along a unit normal
 * at a boundary point: any {@link Incident} wave, or a test's own line source inside the obstacle,
 * whose scattered field is known exactly.
 */
public interface IncidentData {
    /**
     * u_inc(x, y) into out[0] (real) and out[1] (imaginary), and grad u_inc . (nx, ny) into out[2]
     * and out[3].
     */
    void at(double x, double y, double nx, double ny, double[] out);

    /** Any incident wave of the product: a plane wave or a line source ({@link Incident#valueAndDerivative}). */
    static IncidentData of(Incident wave) {
        return wave::valueAndDerivative;
    }
}
