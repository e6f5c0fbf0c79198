package scatter.cli;

import java.util.List;
import java.util.Locale;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.curve.Corner;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.CornerSolution;
import scatter.physics.exact.system.rcip.Formulation;
import scatter.physics.exact.system.rcip.PanelResult;
import scatter.physics.exact.system.rcip.RcipBoundary;
import scatter.physics.exact.system.rcip.SolvedObstacles;
import scatter.solve.Model;

/**
 * What the log says of a contour with corners solved by the exact model: each corner, where and at
 * what interior angle, and how the graded points or RCIP's panels were chosen and how accurate they are.
 */
final class CornerLog {
    private CornerLog() {
    }

    /** One line per corner, then the points per side and how the error was estimated; nothing for a smooth contour. */
    static void corners(ExactModel exact, Log log) {
        CornerSolution solution = exact.cornerSolution();
        RcipBoundary rcip = exact.rcip();
        if (solution == null && rcip == null) {
            return;
        }
        List<Corner> corners = exact.corners();
        for (Corner c : corners) {
            log.info("corner at t = {}, interior angle {} deg", parameter(c.t()),
                    String.format(Locale.ROOT, "%.1f", c.interiorAngle()));
        }
        if (rcip != null) {
            equation(rcip, log);
            log.info("exact model: {} corners, solved by RCIP on {} panels of at most {} with 16 Gauss-Legendre nodes"
                    + " each ({} unknowns), each corner's panels refined {} times and compressed; its far field changed"
                    + " by {} from panels twice as long, which bounds their error", corners.size(), rcip.panels(),
                    ModelLog.number(rcip.panelLength()), rcip.unknowns(), rcip.cornerLevels(),
                    ModelLog.number(rcip.change()));
            return;
        }
        log.info("exact model: {} corners, solved on Kress's graded points, {} per side (corners left out); estimated"
                + " error {}, from the change {} and the order the last three levels show", corners.size(),
                solution.graded().perSide, ModelLog.number(solution.errorEstimate()), ModelLog.number(solution.change()));
    }

    /**
     * Several obstacles: one line per corner of each obstacle with corners, named by its obstacle, and
     * its graded points per side; nothing if none has corners.
     */
    static void obstacles(ExactModel exact, Log log) {
        List<List<Corner>> corners = exact.obstacleCorners();
        SolvedObstacles panels = exact.panels();
        for (int b = 0; b < corners.size(); b++) {
            if (corners.get(b).isEmpty()) {
                continue;
            }
            for (Corner c : corners.get(b)) {
                log.info("obstacle {}: corner at t = {}, interior angle {} deg", b + 1, parameter(c.t()),
                        String.format(Locale.ROOT, "%.1f", c.interiorAngle()));
            }
            if (exact.boundaries().get(b) instanceof CornerSolution solution) {
                log.info("exact model, obstacle {}: {} corners, solved on Kress's graded points, {} per side (corners"
                        + " left out); estimated error {}, from the change {} and the order the last three levels"
                        + " show", b + 1, corners.get(b).size(), solution.graded().perSide,
                        ModelLog.number(solution.errorEstimate()), ModelLog.number(solution.change()));
            }
        }
        if (panels != null) {
            equation(panels, log);
            log.info("exact model: {} obstacles solved together by RCIP on {} panels of at most {} with 16"
                    + " Gauss-Legendre nodes each ({} unknowns), each corner's panels refined {} times and compressed,"
                    + " each smooth obstacle on panels along it; their far field changed by {} from panels twice as"
                    + " long, which bounds their error", corners.size(), panels.panels(),
                    ModelLog.number(panels.panelLength()), panels.unknowns(), panels.cornerLevels(),
                    ModelLog.number(panels.change()));
        }
    }

    /**
     * Which equation solved the corners: the single layer with its condition, or the single layer with sources
     * inside or the regularised system and why.
     */
    private static void equation(PanelResult rcip, Log log) {
        // which equation first, then what solving it took: the fallback's reason before its result
        if (rcip.formulation() != Formulation.SINGLE_LAYER && !Double.isNaN(rcip.conditionEstimate())) {
            log.info("exact model: the single-layer formulation's condition (~{}) is too large for --tol (it loses"
                    + " about 1e-15 per unit of it, near an interior resonance or on a thin shape): solved by {}",
                    ModelLog.number(rcip.conditionEstimate()), rcip.formulation() == Formulation.REGULARISED
                            ? "the regularised system" : "the single layer with sources inside, which has no"
                            + " interior resonances");
        }
        if (rcip.formulation() == Formulation.REGULARISED && !Double.isNaN(rcip.modifiedConditionEstimate())) {
            log.info("exact model: the single layer with sources inside was also too ill-conditioned (~{}):"
                    + " solved by the regularised system", ModelLog.number(rcip.modifiedConditionEstimate()));
        }
        if (rcip.formulation().singleLayer()) {
            log.info("exact model: the corners' equation: {} (condition ~{})", rcip.formulation().words(),
                    ModelLog.number(rcip.formulation() == Formulation.SINGLE_LAYER ? rcip.conditionEstimate()
                            : rcip.modifiedConditionEstimate()));
        } else {
            log.info("exact model: the corners' equation: {}", rcip.formulation().words());
        }
    }

    /**
     * If the sound-hard problem at corners was solved to {@link CornerSolution#HARD_TOLERANCE} rather
     * than a smaller --tol, says so and returns true.
     */
    static boolean raised(ExactModel exact, Model model, Log log) {
        if (exact == null || exact.rcip() != null || exact.panels() != null || exact.obstacleCorners().stream().allMatch(List::isEmpty)
                || model.condition() != BoundaryCondition.HARD
                || model.fixedPoints() || !(model.tolerance() < CornerSolution.HARD_TOLERANCE)) {
            return false;
        }
        log.info("exact model: the sound-hard problem at corners is solved to {} rather than --tol {}: on the graded"
                + " points its changes level off between 1e-9 and 3e-9 (docs/exact.md, \"Corners\")",
                ModelLog.number(CornerSolution.HARD_TOLERANCE), ModelLog.number(model.tolerance()));
        return true;
    }

    /** t to six decimals, without trailing zeros: a corner is located to the rounding of t. */
    private static String parameter(double t) {
        double rounded = Math.round(t * 1e6) / 1e6;
        return String.format(Locale.ROOT, "%.6f", rounded >= 1 ? 0 : rounded).replaceFirst("\\.?0+$", "");
    }
}
