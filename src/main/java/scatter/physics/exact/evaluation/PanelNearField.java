package scatter.physics.exact.evaluation;

import scatter.physics.NearField;
import scatter.physics.exact.system.rcip.RcipBoundary;

/**
 * A polygon solved by RCIP as the grid's {@link NearField}: an observer inside a coarse panel's
 * Bernstein ellipse of parameter 3 ({@link RcipBoundary#near}) gets the close rule
 * ({@link RcipBoundary#closeField}: the product weights on the near panels, each near corner's
 * refined density from the backward recursion), every other one the field kernel's sum of
 * {@link RcipBoundary#sources()}.
 *
 * <p>Immutable; thread-safe.
 */
public final class PanelNearField implements NearField {
    private final RcipBoundary solution;

    public PanelNearField(RcipBoundary solution) {
        this.solution = solution;
    }

    @Override
    public Evaluator newEvaluator() {
        return (x, y, out) -> {
            if (!solution.near(x, y)) {
                return false;
            }
            double[] u = solution.closeField(x, y);
            out[0] = u[0];
            out[1] = u[1];
            return true;
        };
    }
}
