package scatter.physics.exact.system.rcip;

import java.util.List;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolution;
import scatter.physics.exact.system.SolvedBoundary;

/**
 * A polygon solved by RCIP ({@link RcipSolver#compressed}, the corners kept) as the rest of the
 * product sees a boundary solution ({@link PanelResult}): its points are the coarse panels' Gauss-Legendre
 * nodes, its density there the weight-corrected R rho~ (for sound-hard the single layer's phi, as the graded
 * mesh writes it), the change the far field's from the solve on panels twice as long.
 *
 * <p>Immutable; thread-safe.
 */
public final class RcipBoundary extends PanelResult implements SolvedBoundary {
    private final PolygonBoundary polygon;

    /**
     * @param solution solved with the corners kept ({@link PanelSolution#hasCorners()})
     * @param panelLength the coarse panel length H solved with
     * @param cornerLevels the dyadic levels compressed at each corner
     * @param change the largest change of f from the solve on panels twice as long, relative to max |f|
     * @param levels every panel length solved, coarsest first
     */
    public RcipBoundary(PolygonBoundary polygon, PanelSolution solution, BoundaryCondition condition, double panelLength,
            int cornerLevels, double change, List<BoundarySolution.Level> levels) {
        this(polygon, solution, condition, panelLength, cornerLevels, change, levels, Double.NaN, Double.NaN);
    }

    /**
     * As above, solved by the modified single layer or the regularised system because the guard rejected
     * the single layer's at the estimated condition {@code rejectedCondition} (NaN if it did not), and the
     * regularised system also the modified single layer's at {@code rejectedModified} (NaN if it did not).
     */
    public RcipBoundary(PolygonBoundary polygon, PanelSolution solution, BoundaryCondition condition, double panelLength,
            int cornerLevels, double change, List<BoundarySolution.Level> levels, double rejectedCondition,
            double rejectedModified) {
        super(solution, condition, panelLength, cornerLevels, change, levels, rejectedCondition, rejectedModified);
        this.polygon = polygon;
    }

    /**
     * The levels the corners are compressed over for a tolerance: {@value RcipSolver#SOFT_LEVELS} soft; hard
     * log2(1/tol)/beta + 4 at the sharpest corner ({@link RcipSolver#hardLevels}).
     */
    public static int cornerLevels(PolygonBoundary polygon, BoundaryCondition condition, double tolerance) {
        return condition == BoundaryCondition.SOFT ? RcipSolver.SOFT_LEVELS
                : RcipSolver.hardLevels(new PolygonPanels(polygon, 1), polygon.sides(), tolerance);
    }

    /**
     * As {@link #cornerLevels(PolygonBoundary, BoundaryCondition, double)} for one formulation: the single
     * layer's and its modification's (the same corners' equation) log2(1/tol)/(2 beta) + 4 ({@link RcipSolver#singleLayerLevels}: its outputs' errors fall
     * twice as fast with the levels), the others' as there.
     */
    public static int cornerLevels(PolygonBoundary polygon, Formulation formulation, double tolerance) {
        return formulation.singleLayer()
                ? RcipSolver.singleLayerLevels(new PolygonPanels(polygon, 1), polygon.sides(), tolerance)
                : cornerLevels(polygon, formulation.condition(), tolerance);
    }

    /**
     * The unknowns of the coarse system on panels at most {@code panelLength} long, one per node (the
     * combined field soft, the single layer hard: {@link Formulation#first}).
     */
    public static int unknowns(PolygonBoundary polygon, double panelLength, BoundaryCondition condition) {
        return unknowns(polygon, panelLength, Formulation.first(condition));
    }

    /** The unknowns of the coarse system on panels at most {@code panelLength} long in a formulation. */
    public static int unknowns(PolygonBoundary polygon, double panelLength, Formulation formulation) {
        return formulation.components() * new PolygonPanels(polygon, panelLength).coarse.nodes();
    }

    public PolygonBoundary polygon() {
        return polygon;
    }

    /** The coarse nodes. */
    @Override
    public int points() {
        return solution().mesh().nodes();
    }

    @Override
    public double change() {
        return super.change();
    }

    /**
     * The change itself: it bounds the error of the solve on panels twice as long, and so this one's,
     * which converges spectrally in the panel length (docs/exact.md, "Corners").
     */
    @Override
    public double errorEstimate() {
        return change();
    }

    @Override
    public double eta() {
        return solution().eta();
    }

    @Override
    public double[][] boundary() {
        return solution().positions(0, points());
    }

    /** {Re phi_j, Im phi_j} at the coarse nodes: R rho~, the single layer's phi for sound-hard. */
    @Override
    public double[][] density() {
        return solution().firstDensity(0, points());
    }

    @Override
    public List<BoundarySolution.Level> levels() {
        return super.levels();
    }
}
