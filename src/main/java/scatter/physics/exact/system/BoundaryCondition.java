package scatter.physics.exact.system;

import java.util.Locale;
import scatter.physics.Incident;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.BoundaryPoints;

/** What the total field does on the obstacle's boundary. */
public enum BoundaryCondition {
    /** Sound-soft (Dirichlet): u = 0. */
    SOFT,
    /** Sound-hard (Neumann): du/dnu = 0; the teaching code's and the Kirchhoff model's case. */
    HARD;

    /** The name users type, e.g. "hard". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Nystrom system of this condition with coupling eta ({@link Coupling}). */
    NystromSystem system(BoundaryPoints points, KressWeights weights, Incident wave, double eta) {
        return switch (this) {
            case SOFT -> new SoftSystem(points, weights, wave, eta);
            case HARD -> new HardSystem(points, weights, wave, eta);
        };
    }
}
