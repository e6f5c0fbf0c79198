package scatter.physics.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import scatter.geometry.Contour;
import scatter.geometry.Grid;
import scatter.geometry.InsideTest;
import scatter.physics.NearField;
import scatter.physics.Incident;
import scatter.physics.PreparedProblem;
import scatter.physics.SourceTerms;
import scatter.physics.exact.curve.Corner;
import scatter.physics.exact.curve.CurveNotSmoothException;
import scatter.physics.exact.curve.CurveTooFineException;
import scatter.physics.exact.curve.ObstacleSeparation;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.curve.ObstaclesOverlapException;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.PolygonInsideTest;
import scatter.physics.exact.curve.SmoothInsideTest;
import scatter.physics.exact.evaluation.CloseField;
import scatter.physics.exact.evaluation.CornerNearField;
import scatter.physics.exact.evaluation.FarField;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.evaluation.MixedNearField;
import scatter.physics.exact.evaluation.ObstaclesNearField;
import scatter.physics.exact.evaluation.PanelNearField;
import scatter.physics.exact.system.BlockSystem;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolution;
import scatter.physics.exact.system.BoundarySolver;
import scatter.physics.exact.system.CornerObstacleSolver;
import scatter.physics.exact.system.CornerSolution;
import scatter.physics.exact.system.Coupling;
import scatter.physics.exact.system.IncidentData;
import scatter.physics.exact.system.NotConvergedException;
import scatter.physics.exact.system.ObstacleSolver;
import scatter.physics.exact.system.RcipControl;
import scatter.physics.exact.system.rcip.RcipBoundary;
import scatter.physics.exact.system.rcip.RcipObstacles;
import scatter.physics.exact.system.rcip.SolvedObstacles;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;
import scatter.physics.exact.system.SolvedBoundary;

/**
 * The exact model of one problem, solved: what the command line calls. {@link #solve} samples the
 * boundary and solves the boundary integral equation; {@link #prepare} gives the problem ready
 * for the field kernel on a grid (sources at the boundary points, close evaluation near the
 * boundary, inside test against the smooth curve); {@link #farField} the far-field pattern and
 * cross sections. Immutable once solved; {@link #prepare} and {@link #farField} may be called from
 * any thread.
 *
 * <p>The curve must be simple and closed (period 1 in t): this package checks that it is smooth
 * and resolved ({@link SmoothCurve}), that its detail fits the boundary points
 * ({@link CurveTooFineException}) and that it does not cross itself, on a sampling fine enough for
 * its smallest loops ({@link SmoothCurve#requireSimple()}; the checks of the nc-segment contour
 * that every run makes first see only loops larger than its segments). Typical use:
 * <pre>
 *   ExactModel model = ExactModel.solve(wave, xc::at, yc::at, BoundaryCondition.HARD,
 *           Resolution.defaults(), rows);               // rows: the pool's RowRunner
 *   PreparedProblem problem = model.prepare(contour, grid); // then the usual field solver
 *   model.solution().points(); model.solution().change(); model.farField(360).sigmaS();
 * </pre>
 *
 * <p><b>Several obstacles</b> ({@link #solve(Incident, List, BoundaryCondition, Resolution, RowRunner)}):
 * one system for all boundaries ({@link BlockSystem}, {@link ObstacleSolver}), after checking that
 * no two curves overlap, touch or nest ({@link ObstaclesOverlapException}). Then {@link #solutions()}
 * holds each obstacle's density, points, change and error estimate (in the order given),
 * {@link #fieldSources()} all their sources, {@link #nearField()} the close rule near every
 * boundary, {@link #insideTests()} / {@link #obstacleAt} each obstacle's inside test, and
 * {@link #farField} the configuration's pattern. One curve in the list is exactly the single-obstacle
 * solve.
 * <pre>
 *   List&lt;SmoothCurve&gt; curves = List.of(SmoothCurve.of(x1, y1), SmoothCurve.of(x2, y2));
 *   ExactModel model = ExactModel.solve(wave, curves, BoundaryCondition.HARD, Resolution.defaults(), rows);
 *   PreparedProblem problem = new PreparedProblem(wave, contour1, model.fieldSources(), model.nearField(),
 *           grid, model.insideTest());           // or model.prepare(contour1, grid)
 *   model.solutions().get(1).points(); model.levels(); model.obstacleAt(x, y); model.farField(360);
 * </pre>
 */
public final class ExactModel {
    /** Each obstacle's smooth solution, or null for a polygon ({@link #corner}). */
    private final List<BoundarySolution> solutions;
    private final List<SolvedBoundary> boundaries;
    private final Incident wave;
    /** The polygon's solution and its corners, or null and empty for smooth curves. */
    private final CornerSolution corner;
    /** The polygon's solution by RCIP, or null (then its corners are in {@link #corners}). */
    private final RcipBoundary rcip;
    private final List<Corner> corners;
    private final List<BoundarySolution.Level> levels;
    private final NearField nearField;
    private final List<SmoothInsideTest> insideTests;
    private final InsideTest insideTest;
    private final int closeRows;
    /** Several obstacles of which some have corners: each one's inside test and corners; else null. */
    private final List<InsideTest> obstacleTests;
    private final List<List<Corner>> obstacleCorners;
    /** Several obstacles, some with corners, solved together by RCIP; else null. */
    private final SolvedObstacles panels;

    private ExactModel(BoundarySolution solution) {
        this.solutions = List.of(solution);
        this.boundaries = List.of(solution);
        this.wave = solution.wave();
        this.corner = null;
        this.rcip = null;
        this.corners = List.of();
        this.levels = solution.levels();
        this.nearField = new CloseField(solution);
        SmoothInsideTest test = new SmoothInsideTest(solution.curve());
        this.insideTests = List.of(test);
        this.insideTest = test;
        this.closeRows = 0;
        this.obstacleTests = null;
        this.obstacleCorners = null;
        this.panels = null;
    }

    private ExactModel(ObstacleSolver.Result result, List<SmoothInsideTest> insideTests) {
        this.solutions = result.solutions();
        this.boundaries = List.copyOf(solutions);
        this.wave = solutions.get(0).wave();
        this.corner = null;
        this.rcip = null;
        this.corners = List.of();
        this.levels = result.levels();
        this.nearField = new ObstaclesNearField(solutions);
        this.insideTests = List.copyOf(insideTests);
        this.insideTest = (x, y) -> obstacleAt(x, y) > 0;
        this.closeRows = result.closeRows();
        this.obstacleTests = null;
        this.obstacleCorners = null;
        this.panels = null;
    }

    private ExactModel(Incident wave, CornerObstacleSolver.Result result, List<ObstacleShape> shapes) {
        this.solutions = null;
        this.boundaries = List.copyOf(result.solutions());
        this.wave = wave;
        this.corner = null;
        this.rcip = null;
        this.corners = List.of();
        this.levels = result.levels();
        this.nearField = new MixedNearField(boundaries, wave.k());
        this.insideTests = List.of();
        List<InsideTest> tests = new ArrayList<>();
        List<List<Corner>> found = new ArrayList<>();
        for (ObstacleShape s : shapes) {
            tests.add(s.insideTest());
            found.add(s.corners());
        }
        this.obstacleTests = List.copyOf(tests);
        this.obstacleCorners = List.copyOf(found);
        this.panels = null;
        this.insideTest = (x, y) -> obstacleAt(x, y) > 0;
        this.closeRows = result.closeRows();
    }

    /**
     * Several obstacles of which at least one has corners, in order (numbered from 1 in messages): each
     * obstacle's own discretisation (Kress's equispaced points on a smooth curve, his graded points on a
     * boundary with corners) in one system ({@link CornerObstacleSolver}), after checking the smooth
     * curves as for one and that no two obstacles overlap, touch or nest ({@link ObstacleSeparation#requireShapes}).
     * Then {@link #boundaries()} holds each obstacle's solution ({@link BoundarySolution} or
     * {@link CornerSolution}), {@link #obstacleCorners()} each one's corners, and the field, near field,
     * inside test and far field are every boundary's together.
     *
     * @throws IllegalArgumentException for a fixed count of points (the doubling chooses them)
     * @throws ObstaclesOverlapException if two obstacles overlap, touch or nest
     * @throws NotConvergedException if the tolerance is not met within {@link BoundarySolver#MAX_POINTS} points
     *     in all, or an obstacle's accuracy levels off above it
     * @throws InterruptedException if the thread is interrupted
     */
    public static ExactModel solveShapes(Incident wave, List<ObstacleShape> shapes, BoundaryCondition condition,
            Resolution resolution, RowRunner rows) throws InterruptedException {
        if (resolution.isFixed()) {
            throw new IllegalArgumentException("the points of a boundary with corners are chosen by the tolerance");
        }
        CornerObstacleSolver solver = new CornerObstacleSolver(shapes, wave, condition, BoundarySolver.MAX_POINTS);
        solver.check(resolution);
        ObstacleSeparation.requireShapes(shapes);
        return new ExactModel(wave, solver.solve(resolution, rows), shapes);
    }

    private ExactModel(Incident wave, SolvedObstacles solved) {
        this.solutions = null;
        this.boundaries = solved.parts();
        this.wave = wave;
        this.corner = null;
        this.rcip = null;
        this.corners = List.of();
        this.levels = solved.levels();
        this.nearField = new PanelNearField(solved);
        this.insideTests = List.of();
        List<InsideTest> tests = new ArrayList<>();
        List<List<Corner>> found = new ArrayList<>();
        for (ObstacleShape s : solved.shapes()) {
            tests.add(s.insideTest());
            found.add(s.corners());
        }
        this.obstacleTests = List.copyOf(tests);
        this.obstacleCorners = List.copyOf(found);
        this.insideTest = (x, y) -> obstacleAt(x, y) > 0;
        this.closeRows = 0;
        this.panels = solved;
    }

    /**
     * Several obstacles of which at least one has corners, in order, solved together by RCIP
     * ({@link RcipObstacles}, {@link RcipControl#solve(RcipObstacles, IncidentData, BoundaryCondition, double,
     * int, RowRunner)}): every obstacle's panels in one system, halved together until the far field changes
     * by less than the tolerance, after checking that no two obstacles overlap, touch or nest
     * ({@link ObstacleSeparation#requireShapes}). Then {@link #boundaries()} holds each obstacle's coarse
     * nodes and density, {@link #obstacleCorners()} each one's corners, {@link #panels()} the whole solution,
     * and the field next to any boundary is its panels' close rule ({@link PanelNearField}).
     *
     * @param maxUnknowns the most unknowns of the coarse system
     * @throws IllegalArgumentException for a fixed count of points (the halving chooses the panels)
     * @throws ObstaclesOverlapException if two obstacles overlap, touch or nest
     * @throws NotConvergedException if the tolerance is not met within {@code maxUnknowns}, or the changes
     *     level off above it
     * @throws scatter.physics.exact.system.ResonanceException if the sound-hard single layer is rejected, with
     *     sources inside too, and the regularised system does not settle within {@code maxUnknowns}
     * @throws InterruptedException if the thread is interrupted
     */
    public static ExactModel solveShapesByRcip(Incident wave, List<ObstacleShape> shapes, BoundaryCondition condition,
            Resolution resolution, int maxUnknowns, RowRunner rows) throws InterruptedException {
        return solveShapesByRcip(wave, checkedObstacles(shapes, wave.k()), condition, resolution, maxUnknowns, rows);
    }

    /**
     * As {@link #solveShapesByRcip(Incident, List, BoundaryCondition, Resolution, int, RowRunner)} for obstacles
     * already checked ({@link #checkedObstacles}).
     */
    public static ExactModel solveShapesByRcip(Incident wave, RcipObstacles obstacles, BoundaryCondition condition,
            Resolution resolution, int maxUnknowns, RowRunner rows) throws InterruptedException {
        if (resolution.isFixed()) {
            throw new IllegalArgumentException("the panels of boundaries with corners are chosen by the tolerance");
        }
        SolvedObstacles solved = RcipControl.solve(obstacles, IncidentData.of(wave), condition, resolution.tolerance(),
                maxUnknowns, rows);
        return new ExactModel(wave, solved);
    }

    /**
     * Several obstacles, some with corners, checked ({@link #checkShapes}) and laid out for RCIP at wavenumber k
     * (each corner's length capped by its distance to the others, which needs them apart).
     *
     * @throws scatter.geometry.ContourException if a smooth curve crosses or touches itself
     * @throws ObstaclesOverlapException if two obstacles overlap, touch or nest
     */
    public static RcipObstacles checkedObstacles(List<ObstacleShape> shapes, double k) {
        checkShapes(shapes);
        return new RcipObstacles(shapes, k);
    }

    /**
     * The checks of several obstacles, some with corners, before they are solved: each smooth curve does not
     * cross or touch itself ({@link SmoothCurve#requireSimple()}), and no two obstacles overlap, touch or nest
     * ({@link ObstacleSeparation#requireShapes}).
     *
     * @throws scatter.geometry.ContourException if a smooth curve crosses or touches itself
     * @throws ObstaclesOverlapException if two obstacles overlap, touch or nest
     */
    public static void checkShapes(List<ObstacleShape> shapes) {
        for (ObstacleShape s : shapes) {
            if (s.curve() != null) {
                s.curve().requireSimple();
            }
        }
        ObstacleSeparation.requireShapes(shapes);
    }

    /** Several obstacles with corners solved together by RCIP, or null if they were not solved so. */
    public SolvedObstacles panels() {
        return panels;
    }

    /**
     * Each obstacle's corners, in order (empty lists for smooth ones): of several obstacles solved by
     * {@link #solveShapes}, of one polygon its corners, else every list empty.
     */
    public List<List<Corner>> obstacleCorners() {
        if (obstacleCorners != null) {
            return obstacleCorners;
        }
        List<List<Corner>> out = new ArrayList<>();
        for (int b = 0; b < boundaries.size(); b++) {
            out.add(corner != null || rcip != null ? corners : List.of());
        }
        return out;
    }

    private ExactModel(Incident wave, CornerSolution corner, List<Corner> corners) {
        this.solutions = null;
        this.boundaries = List.of(corner);
        this.wave = wave;
        this.corner = corner;
        this.rcip = null;
        this.corners = List.copyOf(corners);
        this.levels = corner.levels();
        this.nearField = new CornerNearField(corner);
        this.insideTests = List.of();
        PolygonInsideTest test = new PolygonInsideTest(corner.polygon());
        this.insideTest = test;
        this.closeRows = 0;
        this.obstacleTests = null;
        this.obstacleCorners = null;
        this.panels = null;
    }

    private ExactModel(Incident wave, RcipBoundary rcip, List<Corner> corners) {
        this.solutions = null;
        this.boundaries = List.of(rcip);
        this.wave = wave;
        this.corner = null;
        this.rcip = rcip;
        this.corners = List.copyOf(corners);
        this.levels = rcip.levels();
        this.nearField = new PanelNearField(rcip);
        this.insideTests = List.of();
        this.insideTest = new PolygonInsideTest(rcip.polygon());
        this.closeRows = 0;
        this.obstacleTests = null;
        this.obstacleCorners = null;
        this.panels = null;
    }

    /**
     * One obstacle whose sides are all straight, by RCIP ({@link RcipControl}): the coarse panels halved
     * until the far field changes by less than the tolerance; the field near its sides and corners by
     * {@link PanelNearField}, its inside test {@link PolygonInsideTest}.
     *
     * @param corners the contour's corners, as located on its expressions (for the log)
     * @param maxUnknowns the most unknowns of the coarse system
     * @throws IllegalArgumentException for a fixed count of points, or a side that is not straight
     * @throws NotConvergedException if the tolerance is not met within {@code maxUnknowns}, or the changes
     *     level off above it
     * @throws InterruptedException if the thread is interrupted
     */
    public static ExactModel solveByRcip(Incident wave, PolygonBoundary polygon, List<Corner> corners,
            BoundaryCondition condition, Resolution resolution, int maxUnknowns, RowRunner rows)
            throws InterruptedException {
        if (resolution.isFixed()) {
            throw new IllegalArgumentException("a polygon's panels are chosen by the tolerance");
        }
        RcipBoundary solution = RcipControl.solve(polygon, wave.k(), IncidentData.of(wave), condition,
                resolution.tolerance(), maxUnknowns, rows);
        return new ExactModel(wave, solution, corners);
    }

    /** The polygon's solution by RCIP, or null if it was not solved so. */
    public RcipBoundary rcip() {
        return rcip;
    }

    /**
     * One obstacle whose contour has corners (straight or curved sides between them): solved on Kress's
     * graded points ({@link CornerSolution}), the points per side doubling until the estimated error
     * is below the tolerance; the field near its sides and corners by {@link CornerNearField}, its
     * inside test {@link PolygonInsideTest}.
     *
     * @param corners the contour's corners, as located on its expressions (for the log)
     * @throws IllegalArgumentException for a fixed count of points (the doubling chooses them per side)
     * @throws NotConvergedException if the tolerance is not met within {@link BoundarySolver#MAX_POINTS} points
     * @throws InterruptedException if the thread is interrupted
     */
    public static ExactModel solve(Incident wave, PolygonBoundary polygon, List<Corner> corners,
            BoundaryCondition condition, Resolution resolution, RowRunner rows) throws InterruptedException {
        if (resolution.isFixed()) {
            throw new IllegalArgumentException("a polygon's points per side are chosen by the tolerance");
        }
        CornerSolution solution = CornerSolution.solve(polygon, wave.k(), IncidentData.of(wave), condition,
                resolution.tolerance(), BoundarySolver.MAX_POINTS, rows);
        return new ExactModel(wave, solution, corners);
    }

    /**
     * Samples x(t), y(t) (0 &lt;= t &lt; 1, period 1; called on this thread only) and solves for the
     * density.
     *
     * @param rows runs the matrix assembly's row ranges, e.g. on the product's thread pool
     * @throws CurveNotSmoothException if the curve has a corner or stands still
     * @throws CurveTooFineException if its detail is finer than the boundary points can carry
     * @throws scatter.geometry.ContourException if it crosses or touches itself
     * @throws NotConvergedException if the tolerance is not met within {@link BoundarySolver#MAX_POINTS} points
     * @throws InterruptedException if the thread is interrupted
     */
    public static ExactModel solve(Incident wave, DoubleUnaryOperator x, DoubleUnaryOperator y,
            BoundaryCondition condition, Resolution resolution, RowRunner rows) throws InterruptedException {
        return solve(wave, SmoothCurve.of(x, y), condition, resolution, rows);
    }

    /** As above, for a curve already sampled. */
    public static ExactModel solve(Incident wave, SmoothCurve curve, BoundaryCondition condition,
            Resolution resolution, RowRunner rows) throws InterruptedException {
        return new ExactModel(new BoundarySolver(curve, wave, condition).solve(resolution, rows));
    }

    /**
     * Several obstacles, in order (numbered from 1 in messages): checks each curve as the
     * single-obstacle solve does, then that no two overlap, touch or lie one inside the other (on
     * the smooth curves, {@link ObstacleSeparation}), then solves one system for all boundaries
     * ({@link ObstacleSolver}: each obstacle's points from its own start count, doubled together,
     * at most {@link BoundarySolver#MAX_POINTS} in all; a fixed count gives every obstacle that
     * many points). One curve is {@link #solve(Incident, SmoothCurve, BoundaryCondition, Resolution, RowRunner)}.
     *
     * @throws ObstaclesOverlapException if two obstacles overlap, touch or nest
     * @throws CurveTooFineException, scatter.geometry.ContourException as for one curve (the first
     *     curve in order that fails; the exception does not say which)
     * @throws NotConvergedException if the tolerance is not met within {@link BoundarySolver#MAX_POINTS}
     *     points in all (its count is the total; its change NaN when the obstacles' start counts
     *     already exceed half the cap, before solving)
     * @throws IllegalArgumentException if a fixed count times the number of obstacles exceeds
     *     {@link BoundarySolver#MAX_POINTS} (callers can check that first)
     * @throws InterruptedException if the thread is interrupted
     */
    public static ExactModel solve(Incident wave, List<SmoothCurve> curves, BoundaryCondition condition,
            Resolution resolution, RowRunner rows) throws InterruptedException {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("no obstacle");
        }
        if (curves.size() == 1) {
            return solve(wave, curves.get(0), condition, resolution, rows);
        }
        ObstacleSolver solver = new ObstacleSolver(curves, wave, condition, BoundarySolver.MAX_POINTS);
        solver.check(resolution);
        List<SmoothInsideTest> tests = new ArrayList<>();
        for (SmoothCurve c : curves) {
            tests.add(new SmoothInsideTest(c));
        }
        ObstacleSeparation.require(curves, tests);
        return new ExactModel(solver.solve(resolution, rows), tests);
    }

    /** The model of a density already solved for. */
    public static ExactModel of(BoundarySolution solution) {
        return new ExactModel(solution);
    }

    /** Number of obstacles. */
    public int obstacles() {
        return boundaries.size();
    }

    /**
     * The density and how it was reached (points, change), of the only obstacle.
     *
     * @throws IllegalStateException if there are several: see {@link #solutions()}
     */
    public BoundarySolution solution() {
        requireSmooth();
        if (solutions.size() != 1) {
            throw new IllegalStateException(solutions.size() + " obstacles: use solutions()");
        }
        return solutions.get(0);
    }

    /**
     * Each obstacle's density, in order: its points, boundary positions, change and estimated error
     * (its own block's), and the coupling (one for all). Their levels carry the whole system's
     * assembly and LU times.
     */
    public List<BoundarySolution> solutions() {
        requireSmooth();
        return solutions;
    }

    private void requireSmooth() {
        if (corner != null || solutions == null) {
            throw new IllegalStateException("a solution with corners: use boundaries() or cornerSolution()");
        }
    }

    /**
     * Each obstacle's boundary solution as the log and the result file see it (points, change, error
     * estimate, coupling, positions and density): the smooth solutions, or the polygon's.
     */
    public List<SolvedBoundary> boundaries() {
        return boundaries;
    }

    /** The polygon's solution, or null if the contours are smooth. */
    public CornerSolution cornerSolution() {
        return corner;
    }

    /** The corners of the polygon solved, in order along its contour; empty for smooth curves. */
    public List<Corner> corners() {
        return corners;
    }

    /**
     * Every discretisation of the whole system solved, coarsest first: total points, the largest
     * change and estimated error over the obstacles, assembly and LU times. For one obstacle, its
     * solution's levels.
     */
    public List<BoundarySolution.Level> levels() {
        return levels;
    }

    /** The coupling eta of the combined-field ansatz, one for every boundary ({@link Coupling}). */
    public double eta() {
        return boundaries.get(0).eta();
    }

    /**
     * Rows of the last system whose block against another boundary was formed on a refined
     * boundary because the two boundaries are close ({@link BlockSystem}); 0 for one obstacle.
     */
    public int closeRows() {
        return closeRows;
    }

    /** The sources the field kernel sums away from every boundary: each obstacle's field sources, in order. */
    public SourceTerms fieldSources() {
        if (corner != null) {
            return corner.sources();
        }
        if (rcip != null) {
            return rcip.sources();
        }
        if (panels != null) {
            return panels.sources();
        }
        if (solutions == null) {
            return ((MixedNearField) nearField).fieldSources();
        }
        return solutions.size() == 1 ? solutions.get(0).fieldSources() : BoundarySolution.fieldSourcesOf(solutions);
    }

    /** The rule for observers close to any boundary: {@link CloseField} for one obstacle, each boundary's for several. */
    public NearField nearField() {
        return nearField;
    }

    /** Each obstacle's inside test on its smooth curve, in order (none for a polygon: {@link #insideTest()}). */
    public List<SmoothInsideTest> insideTests() {
        return insideTests;
    }

    /** Inside any obstacle (for one, its {@link SmoothInsideTest}). */
    public InsideTest insideTest() {
        return insideTest;
    }

    /** The number (from 1) of the first obstacle, in order, that holds (x, y), or 0 if none does. */
    public int obstacleAt(double x, double y) {
        if (corner != null || rcip != null) {
            return insideTest.contains(x, y) ? 1 : 0;
        }
        if (obstacleTests != null) {
            for (int b = 0; b < obstacleTests.size(); b++) {
                if (obstacleTests.get(b).contains(x, y)) {
                    return b + 1;
                }
            }
            return 0;
        }
        for (int b = 0; b < insideTests.size(); b++) {
            if (insideTests.get(b).contains(x, y)) {
                return b + 1;
            }
        }
        return 0;
    }

    /**
     * The problem on a grid, for {@link scatter.physics.FieldKernel}: {@link #fieldSources()} (every
     * other boundary point where that is as accurate, {@link BoundarySolution#fieldStride()}),
     * {@link #nearField()} near the boundaries, {@link #insideTest()}.
     *
     * @param contour the nc-segment contour of the (first) obstacle's expressions, kept for the record (its notes)
     */
    public PreparedProblem prepare(Contour contour, Grid grid) {
        return new PreparedProblem(wave, contour, fieldSources(), nearField, grid, insideTest);
    }

    /** The far-field pattern at {@code angles} equally spaced angles, with sigma_s and the optical theorem's residual. */
    public FarFieldPattern farField(int angles) {
        if (corner != null) {
            return FarField.exact(corner, angles, wave);
        }
        if (rcip != null) {
            return FarField.exact(rcip, angles, wave);
        }
        if (panels != null) {
            return FarField.exact(panels, angles, wave);
        }
        if (solutions == null) {
            return FarField.exactMixed(boundaries, angles, wave);
        }
        return solutions.size() == 1 ? FarField.exact(solutions.get(0), angles) : FarField.exact(solutions, angles);
    }
}
