package scatter.physics.exact.system.rcip;

import java.util.List;
import scatter.physics.SourceTerms;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolution;

/**
 * A solve by RCIP to a tolerance, the corners kept, as the rest of the product sees it: one polygon
 * ({@link RcipBoundary}) or several obstacles together ({@link SolvedObstacles}). The field away from the
 * boundaries is the kernel's sum over {@link #sources()}, each coarse node with its weight and the
 * weight-corrected density R rho~ (Helsing's tutorial, arXiv:1207.6737, section 9); nearer, where a coarse
 * panel's Bernstein ellipse of parameter 3 holds the point ({@link #near}), {@link #closeField}. The change
 * is the far field's from the solve on panels twice as long: it bounds the coarser solve's error, and is
 * taken as this one's estimate, which converges spectrally in the panel length (docs/exact.md, "Corners").
 *
 * <p>Immutable; thread-safe ({@link #closeField} makes its own scratch space per call).
 */
public abstract class PanelResult {
    private final PanelSolution solution;
    private final BoundaryCondition condition;
    private final double change;
    private final double panelLength;
    private final int cornerLevels;
    private final List<BoundarySolution.Level> levels;
    private final double rejectedCondition;
    private final double rejectedModified;

    /**
     * @param solution solved with the corners kept ({@link PanelSolution#hasCorners()})
     * @param panelLength the coarse panel length H solved with
     * @param cornerLevels the dyadic levels compressed at each corner
     * @param change the largest change of f from the solve on panels twice as long, relative to max |f|
     * @param levels every panel length solved, coarsest first
     * @param rejectedCondition the single layer's estimated condition that the guard rejected (the
     *     single layer with sources inside or the regularised system then solved), NaN if none was
     * @param rejectedModified the single layer with sources inside's estimated condition that the guard
     *     rejected (the regularised system then solved), NaN if none was
     */
    PanelResult(PanelSolution solution, BoundaryCondition condition, double panelLength, int cornerLevels,
            double change, List<BoundarySolution.Level> levels, double rejectedCondition, double rejectedModified) {
        if (!solution.hasCorners()) {
            throw new IllegalArgumentException("solved without the corners' densities");
        }
        this.solution = solution;
        this.condition = condition;
        this.change = change;
        this.panelLength = panelLength;
        this.cornerLevels = cornerLevels;
        this.levels = List.copyOf(levels);
        this.rejectedCondition = rejectedCondition;
        this.rejectedModified = rejectedModified;
    }

    /** The equation solved at the finest panels (the sound-hard single layer, or its fallback). */
    public Formulation formulation() {
        return solution.formulation();
    }

    /**
     * The single-layer coarse system's estimated condition number at the finest panels (also when the
     * single layer with sources inside or the regularised system solved instead, which is why), NaN for the
     * soft problem.
     */
    public double conditionEstimate() {
        return solution.formulation() == Formulation.SINGLE_LAYER ? solution.conditionEstimate() : rejectedCondition;
    }

    /**
     * The single layer with sources inside's estimated condition number ({@link Formulation#MODIFIED_SINGLE_LAYER}),
     * when it solved (also when the regularised system solved after it, which is why), else NaN.
     */
    public double modifiedConditionEstimate() {
        return solution.formulation() == Formulation.MODIFIED_SINGLE_LAYER ? solution.conditionEstimate()
                : rejectedModified;
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

    public BoundaryCondition condition() {
        return condition;
    }

    /** The largest change of f from the solve on panels twice as long, relative to max |f|. */
    public double change() {
        return change;
    }

    /** Every panel length solved, coarsest first. */
    public List<BoundarySolution.Level> levels() {
        return levels;
    }

    /** The field's sources, every coarse node and any sources inside ({@link PanelSolution#sources()}). */
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
