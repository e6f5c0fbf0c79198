package scatter.physics.exact.evaluation;

import scatter.physics.NearField;
import scatter.physics.exact.system.rcip.RcipBoundary;
import scatter.physics.exact.system.rcip.SolvedObstacles;

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
    /** Where the close rule is needed, and the close rule. */
    private final java.util.function.BiPredicate<Double, Double> near;
    private final java.util.function.BiFunction<Double, Double, double[]> close;

    public PanelNearField(RcipBoundary solution) {
        this.near = solution::near;
        this.close = solution::closeField;
    }

    /** Several obstacles solved together by RCIP: near any obstacle's coarse panel, the close rule of them all. */
    public PanelNearField(SolvedObstacles solution) {
        this.near = solution::near;
        this.close = solution::closeField;
    }

    @Override
    public Evaluator newEvaluator() {
        return (x, y, out) -> {
            if (!near.test(x, y)) {
                return false;
            }
            double[] u = close.apply(x, y);
            out[0] = u[0];
            out[1] = u[1];
            return true;
        };
    }
}
