package scatter.physics.exact;

import java.util.function.DoubleUnaryOperator;
import scatter.geometry.Contour;
import scatter.geometry.Grid;
import scatter.physics.PlaneWave;
import scatter.physics.PreparedProblem;

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
 */
public final class ExactModel {
    private final BoundarySolution solution;
    private final CloseField closeField;
    private final SmoothInsideTest insideTest;

    private ExactModel(BoundarySolution solution) {
        this.solution = solution;
        this.closeField = new CloseField(solution);
        this.insideTest = new SmoothInsideTest(solution.curve());
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
    public static ExactModel solve(PlaneWave wave, DoubleUnaryOperator x, DoubleUnaryOperator y,
            BoundaryCondition condition, Resolution resolution, RowRunner rows) throws InterruptedException {
        return solve(wave, SmoothCurve.of(x, y), condition, resolution, rows);
    }

    /** As above, for a curve already sampled. */
    public static ExactModel solve(PlaneWave wave, SmoothCurve curve, BoundaryCondition condition,
            Resolution resolution, RowRunner rows) throws InterruptedException {
        return new ExactModel(new BoundarySolver(curve, wave, condition).solve(resolution, rows));
    }

    /** The model of a density already solved for. */
    static ExactModel of(BoundarySolution solution) {
        return new ExactModel(solution);
    }

    /** The density and how it was reached (points, change). */
    public BoundarySolution solution() {
        return solution;
    }

    /**
     * The problem on a grid, for {@link scatter.physics.FieldKernel}: sources at the boundary points (every other one where that is as accurate, {@link BoundarySolution#fieldStride()}),
     * {@link CloseField} near the boundary, {@link SmoothInsideTest} for the obstacle.
     *
     * @param contour the nc-segment contour of the same expressions, kept for the record (its notes)
     */
    public PreparedProblem prepare(Contour contour, Grid grid) {
        return new PreparedProblem(solution.wave(), contour, solution.fieldSources(), closeField, grid, insideTest);
    }

    /** The far-field pattern at {@code angles} equally spaced angles, with sigma_s and the optical theorem's residual. */
    public FarFieldPattern farField(int angles) {
        return FarField.exact(solution, angles);
    }
}
