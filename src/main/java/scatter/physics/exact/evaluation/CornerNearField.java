package scatter.physics.exact.evaluation;

import scatter.physics.NearField;
import scatter.physics.exact.system.CornerSolution;

/**
 * A polygon's close evaluation ({@link CornerCloseField}) as the grid's {@link NearField}: an
 * observer nearer a side than {@link CornerCloseField#CLOSE} of its local spacings gets the refined
 * (or graded Gauss-Legendre) rule, every other one the field kernel's sum of
 * {@link CornerSolution#sources()}. Each evaluator keeps its own refined sides, for one thread.
 *
 * <p>Immutable; thread-safe.
 */
public final class CornerNearField implements NearField {
    private final CornerSolution solution;

    public CornerNearField(CornerSolution solution) {
        this.solution = solution;
    }

    @Override
    public Evaluator newEvaluator() {
        CornerCloseField close = new CornerCloseField(solution, solution.polygon());
        return (x, y, out) -> {
            if (!close.near(x, y)) {
                return false;
            }
            double[] u = close.field(x, y);
            out[0] = u[0];
            out[1] = u[1];
            return true;
        };
    }
}
