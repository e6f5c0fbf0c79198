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
    private final double rejectedModified;
    /** The coarse panels' Bernstein ellipses lie in this box: xmin, xmax, ymin, ymax. */
    private final double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY};

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
        this.rejectedCondition = rejectedCondition;
        this.rejectedModified = rejectedModified;
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
        PanelMesh mesh = solution.mesh();
        double a = 0.5 * (ProductWeights.NEAR_RHO + 1 / ProductWeights.NEAR_RHO);
        for (int j = 0; j < mesh.nodes(); j++) {
            // the ellipse's points are within a half of its centre, the centre within half of every node
            double reach = (a + 1) * mesh.half(j / Gauss16.N);
            box[0] = Math.min(box[0], mesh.x(j) - reach);
            box[1] = Math.max(box[1], mesh.x(j) + reach);
            box[2] = Math.min(box[2], mesh.y(j) - reach);
            box[3] = Math.max(box[3], mesh.y(j) + reach);
        }
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

    /** The equation solved at the finest panels (the sound-hard single layer, or its fallback). */
    public Formulation formulation() {
        return solution.formulation();
    }

    /**
     * The single-layer coarse system's estimated condition number at the finest panels (also when the
     * modified single layer or the regularised system solved instead, which is why), NaN for the soft problem.
     */
    public double conditionEstimate() {
        return solution.formulation() == Formulation.SINGLE_LAYER ? solution.conditionEstimate() : rejectedCondition;
    }

    /**
     * The modified single layer's estimated condition number ({@link Formulation#MODIFIED_SINGLE_LAYER}),
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
        PanelMesh mesh = solution.mesh();
        int n = mesh.nodes();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = mesh.x(j);
            y[j] = mesh.y(j);
        }
        return new double[][] {x, y};
    }

    /** {Re phi_j, Im phi_j} at the coarse nodes: R rho~, the single layer's phi for sound-hard. */
    @Override
    public double[][] density() {
        double[] u = solution.density();
        int c = solution.formulation().components();
        int n = solution.mesh().nodes();
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            re[j] = u[2 * c * j];
            im[j] = u[2 * c * j + 1];
        }
        return new double[][] {re, im};
    }

    @Override
    public List<BoundarySolution.Level> levels() {
        return levels;
    }

    /**
     * The field's sources in the kernel's form (a H0(k R) + b H1(k R) (n.r)/R per node, n the outward
     * normal), each node's weight w_j and density R rho~ (the representations of {@link PanelSolution}):
     * soft a_j = (eta/4) w_j phi_j, b_j = (ik/4) w_j phi_j; hard a_j = (i/4) w_j phi_j,
     * b_j = -(eta k/4) w_j chi_j (0 in the single-layer formulation); after them the modified single layer's
     * sources inside, a_m = (i/4) q_m, b_m = 0 ({@link InteriorSources}). Accurate where no coarse panel's Bernstein ellipse of parameter 3 holds
     * the observer ({@link #near}).
     */
    public SourceTerms sources() {
        PanelMesh mesh = solution.mesh();
        double[] u = solution.density();
        int n = mesh.nodes();
        int c = solution.formulation().components();
        boolean soft = condition == BoundaryCondition.SOFT;
        double[][] inside = solution.sourcesInside();
        double[][] a = new double[8][n + inside.length];
        for (int j = 0; j < n; j++) {
            double w = mesh.weight(j);
            a[0][j] = mesh.x(j);
            a[1][j] = mesh.y(j);
            a[2][j] = mesh.nx(j);
            a[3][j] = mesh.ny(j);
            double qr = w * u[2 * c * j];
            double qi = w * u[2 * c * j + 1];
            if (soft) {
                a[4][j] = 0.25 * eta * qr;
                a[5][j] = 0.25 * eta * qi;
                a[6][j] = -0.25 * k * qi;
                a[7][j] = 0.25 * k * qr;
            } else {
                a[4][j] = -0.25 * qi;
                a[5][j] = 0.25 * qr;
                // no double layer in the single-layer formulation
                a[6][j] = c == 1 ? 0 : -0.25 * eta * k * w * u[2 * c * j + 2];
                a[7][j] = c == 1 ? 0 : -0.25 * eta * k * w * u[2 * c * j + 3];
            }
        }
        // the modified single layer's sources inside: a = (i/4) q, no H1 term (its direction unused)
        for (int m = 0; m < inside.length; m++) {
            a[0][n + m] = inside[m][0];
            a[1][n + m] = inside[m][1];
            a[2][n + m] = 1;
            a[4][n + m] = -0.25 * inside[m][3];
            a[5][n + m] = 0.25 * inside[m][2];
        }
        return new SourceTerms(n + inside.length, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    /** True if a coarse panel's Bernstein ellipse of parameter 3 holds (x, y): {@link #sources()} is not accurate there. */
    public boolean near(double x, double y) {
        if (x < box[0] || x > box[1] || y < box[2] || y > box[3]) {
            return false;
        }
        PanelMesh mesh = solution.mesh();
        double[] z = new double[2];
        for (int p = 0; p < mesh.panels(); p++) {
            mesh.local(x, y, 0, 0, p, z);
            if (ProductWeights.near(z[0], z[1])) {
                return true;
            }
        }
        return false;
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
