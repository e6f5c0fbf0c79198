package scatter.physics.exact.system.rcip;

import java.util.List;
import scatter.physics.SourceTerms;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolution;
import scatter.physics.exact.system.SolvedBoundary;

/**
 * A polygon solved by RCIP ({@link RcipSolver#compressed}, the corners kept) as the rest of the
 * product sees a boundary solution: its points are the coarse panels' Gauss-Legendre nodes, its
 * density there the weight-corrected R rho~ (for sound-hard the single layer's phi, as the graded
 * mesh writes it), the change the far field's from the solve on panels twice as long. The field away
 * from the boundary is the kernel's sum over {@link #sources()}, each node with its weight (Helsing's
 * tutorial, arXiv:1207.6737, section 9); nearer, where a coarse panel's Bernstein ellipse of parameter
 * 3 holds the point ({@link #near}), {@link #closeField}.
 *
 * <p>Immutable; thread-safe ({@link #closeField} makes its own scratch space per call).
 */
public final class RcipBoundary implements SolvedBoundary {
    private final PolygonBoundary polygon;
    private final PanelSolution solution;
    private final BoundaryCondition condition;
    private final double k;
    private final double eta;
    private final double change;
    private final double panelLength;
    private final int cornerLevels;
    private final List<BoundarySolution.Level> levels;
    private final double rejectedCondition;
    /**
     * @param solution solved with the corners kept ({@link PanelSolution#hasCorners()})
     * @param panelLength the coarse panel length H solved with
     * @param cornerLevels the dyadic levels compressed at each corner
     * @param change the largest change of f from the solve on panels twice as long, relative to max |f|
     * @param levels every panel length solved, coarsest first
     */
    public RcipBoundary(PolygonBoundary polygon, PanelSolution solution, BoundaryCondition condition, double panelLength,
            int cornerLevels, double change, List<BoundarySolution.Level> levels) {
        this(polygon, solution, condition, panelLength, cornerLevels, change, levels, Double.NaN);
    }

    /**
     * As above, solved by the regularised system because the guard rejected the single layer's at the
     * estimated condition {@code rejectedCondition} (NaN if it did not).
     */
    public RcipBoundary(PolygonBoundary polygon, PanelSolution solution, BoundaryCondition condition, double panelLength,
            int cornerLevels, double change, List<BoundarySolution.Level> levels, double rejectedCondition) {
        this.rejectedCondition = rejectedCondition;
        if (!solution.hasCorners()) {
            throw new IllegalArgumentException("solved without the corners' densities");
        }
        this.polygon = polygon;
        this.solution = solution;
        this.condition = condition;
        this.k = solution.k();
        this.eta = solution.eta();
        this.change = change;
        this.panelLength = panelLength;
        this.cornerLevels = cornerLevels;
        this.levels = List.copyOf(levels);
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
     * layer's log2(1/tol)/(2 beta) + 4 ({@link RcipSolver#singleLayerLevels}: its outputs' errors fall
     * twice as fast with the levels), the others' as there.
     */
    public static int cornerLevels(PolygonBoundary polygon, Formulation formulation, double tolerance) {
        return formulation == Formulation.SINGLE_LAYER
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

    /** The equation solved at the finest panels (the sound-hard single layer, or its fallback). */
    public Formulation formulation() {
        return solution.formulation();
    }

    /**
     * The single-layer coarse system's estimated condition number at the finest panels (also when the
     * regularised system solved instead, which is why), NaN for the soft problem.
     */
    public double conditionEstimate() {
        return solution.formulation() == Formulation.SINGLE_LAYER ? solution.conditionEstimate() : rejectedCondition;
    }

    /** The coarse panels of the solve (16 nodes each). */
    public int panels() {
        return solution.mesh().panels();
    }

    /** The unknowns of the coarse system solved. */
    public int unknowns() {
        return solution.unknowns();
    }

    /** The coarse panel length H. */
    public double panelLength() {
        return panelLength;
    }

    /** The dyadic levels compressed at each corner. */
    public int cornerLevels() {
        return cornerLevels;
    }

    /** The solution on the panels (field, far field, close field). */
    public PanelSolution solution() {
        return solution;
    }

    public PolygonBoundary polygon() {
        return polygon;
    }

    public BoundaryCondition condition() {
        return condition;
    }

    /** The coarse nodes. */
    @Override
    public int points() {
        return solution.mesh().nodes();
    }

    @Override
    public double change() {
        return change;
    }

    /**
     * The change itself: it bounds the error of the solve on panels twice as long, and so this one's,
     * which converges spectrally in the panel length (docs/exact.md, "Corners").
     */
    @Override
    public double errorEstimate() {
        return change;
    }

    @Override
    public double eta() {
        return eta;
    }

    @Override
    public double[][] boundary() {
        return solution.positions(0, solution.mesh().nodes());
    }

    /** {Re phi_j, Im phi_j} at the coarse nodes: R rho~, the single layer's phi for sound-hard. */
    @Override
    public double[][] density() {
        return solution.firstDensity(0, solution.mesh().nodes());
    }

    @Override
    public List<BoundarySolution.Level> levels() {
        return levels;
    }

    /**
     * The field's sources in the kernel's form (a H0(k R) + b H1(k R) (n.r)/R per node, n the outward
     * normal), each node's weight w_j and density R rho~ (the representations of {@link PanelSolution}):
     * soft a_j = (eta/4) w_j phi_j, b_j = (ik/4) w_j phi_j; hard a_j = (i/4) w_j phi_j,
     * b_j = -(eta k/4) w_j chi_j (0 in the single-layer formulation). Accurate where no coarse panel's Bernstein ellipse of parameter 3 holds
     * the observer ({@link #near}).
     */
    public SourceTerms sources() {
        return solution.sources();
    }

    /** True if a coarse panel's Bernstein ellipse of parameter 3 holds (x, y): {@link #sources()} is not accurate there. */
    public boolean near(double x, double y) {
        return solution.near(x, y);
    }

    /** u_s at (x, y) outside, however close to a side or corner, as {re, im} ({@link PanelSolution#closeField}). */
    public double[] closeField(double x, double y) {
        return solution.closeField(x, y);
    }

    /** f(theta) as {re, im}. */
    public double[] farField(double theta) {
        return solution.farField(theta);
    }
}
