package scatter.solve;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import scatter.geometry.Contour;
import scatter.geometry.ContourException;
import scatter.geometry.ContourExpression;
import scatter.geometry.ExpressionException;
import scatter.geometry.Grid;
import scatter.geometry.InsideTest;
import scatter.geometry.Obstacle;
import scatter.physics.KirchhoffSources;
import scatter.physics.PlaneWave;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.BoundaryCondition;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.Resolution;
import scatter.physics.exact.RowRunner;

/**
 * What the user asked to compute, as typed: wavelength, grid cells, contour segments, the contour
 * expressions, the direction of the incident wave, the inside test and the physical model.
 * {@link #prepare(int)} checks the values and turns them into the {@link PreparedProblem} the
 * kernel evaluates.
 *
 * @param wavelength lambda of the incident wave
 * @param nx cells in x (the grid has nx + 1 columns of nodes)
 * @param ny cells in y (ny + 1 rows)
 * @param nc contour segments (nc + 1 contour points)
 * @param xc x(t) of the contour, 0 &lt;= t &lt;= 1
 * @param yc y(t) of the contour
 * @param angle direction of travel of the incident wave in degrees, anticlockwise from +x
 * @param insideTest how the Kirchhoff model finds the nodes inside the obstacle (the exact model
 *     tests against the smooth curve instead)
 * @param model the physical model and its settings
 */
public record Problem(double wavelength, int nx, int ny, int nc, String xc, String yc, double angle,
        InsideTest.Kind insideTest, Model model) {
    /** The teaching code's obstacle: a skewed ellipse-like shape of size about 2. */
    public static final String DEFAULT_XC = "cos(2*pi*t + 0.5*sin(2*pi*t + 0.9))";
    public static final String DEFAULT_YC = "sin(2*pi*t)";
    public static final double DEFAULT_WAVELENGTH = 0.5;
    public static final int DEFAULT_CELLS = 128;
    /** Bounds on lambda relative to the contour's size, inside which every phase and kR stays finite. */
    public static final double MIN_WAVELENGTH_RATIO = 1e-9;
    public static final double MAX_WAVELENGTH_RATIO = 1e9;

    /**
     * The inputs of a problem, for saying which one is wrong ({@link InvalidProblemException}); the
     * command line maps them to its option names.
     */
    public enum Input {
        WAVELENGTH, NX, NY, NC,
        /** nx and ny together: the grid's size. */
        GRID,
        XC, YC,
        /** xc and yc together: the contour they trace. */
        CONTOUR,
        ANGLE, INSIDE_TEST,
        /** The physical model (and what it needs, e.g. memory for the exact model's system). */
        MODEL,
        /** The boundary condition. */
        BC,
        /** The exact model's tolerance. */
        TOLERANCE,
        /** The exact model's fixed number of boundary points. */
        POINTS,
    }

    /** A problem of the Kirchhoff model. */
    public Problem(double wavelength, int nx, int ny, int nc, String xc, String yc, double angle,
            InsideTest.Kind insideTest) {
        this(wavelength, nx, ny, nc, xc, yc, angle, insideTest, Model.KIRCHHOFF);
    }

    /** The teaching code's problem: a wave along +x, winding-number inside test. */
    public Problem(double wavelength, int nx, int ny, int nc, String xc, String yc) {
        this(wavelength, nx, ny, nc, xc, yc, 0, InsideTest.Kind.WINDING);
    }

    /** The teaching code's default case. */
    public static Problem defaults() {
        return new Problem(DEFAULT_WAVELENGTH, DEFAULT_CELLS, DEFAULT_CELLS, DEFAULT_CELLS, DEFAULT_XC, DEFAULT_YC);
    }

    /** Nodes of the grid, (nx + 1)(ny + 1), without overflow. */
    public long nodes() {
        return (long) (nx + 1) * (ny + 1);
    }

    /**
     * Checks the numbers that need no contour (sizes, wavelength, angle); cheap, so a command can
     * call it before deciding how much memory the run needs.
     *
     * @throws InvalidProblemException naming the input at fault
     */
    public void checkNumbers() {
        if (!(wavelength > 0) || !Double.isFinite(wavelength)) {
            throw new InvalidProblemException(Input.WAVELENGTH,
                    "the wavelength must be a positive finite number, not " + wavelength);
        }
        requirePositive(Input.NX, nx);
        requirePositive(Input.NY, ny);
        requirePositive(Input.NC, nc);
        if (nodes() > Grid.MAX_NODES) {
            throw new InvalidProblemException(Input.GRID, "a " + (nx + 1L) + " x " + (ny + 1L) + " grid has " + nodes()
                    + " nodes, more than the " + Grid.MAX_NODES + " one run can hold; use a coarser grid");
        }
        if (!Double.isFinite(angle)) {
            throw new InvalidProblemException(Input.ANGLE,
                    "the direction must be a finite number of degrees, not " + angle);
        }
        if (insideTest == null) {
            throw new InvalidProblemException(Input.INSIDE_TEST, "choose winding or cross");
        }
        checkModel();
    }

    private void checkModel() {
        if (model == null || model.kind() == null) {
            throw new InvalidProblemException(Input.MODEL, "choose kirchhoff or exact");
        }
        if (model.condition() == null) {
            throw new InvalidProblemException(Input.BC, "choose hard or soft");
        }
        if (!model.isExact() && model.condition() != BoundaryCondition.HARD) {
            throw new InvalidProblemException(Input.BC, "the Kirchhoff model is for sound-hard obstacles only (the"
                    + " teaching code's physics); use --model exact for a sound-soft obstacle");
        }
        checkTolerance(model.tolerance());
        if (model.fixedPoints() && !Resolution.isValidPointCount(model.points())) {
            throw new InvalidProblemException(Input.POINTS, "the number of boundary points must be a power of two from "
                    + Resolution.MIN_POINTS + " to " + scatter.physics.exact.BoundarySolver.MAX_POINTS + ", not "
                    + model.points());
        }
    }

    /** The tolerance's range, with the reason for the bound it is beyond. */
    private static void checkTolerance(double tolerance) {
        if (Double.isNaN(tolerance)) {
            throw new InvalidProblemException(Input.TOLERANCE, "the tolerance must be a number from 1e-13 to 0.1, not"
                    + " NaN");
        }
        if (tolerance < Model.MIN_TOLERANCE) {
            throw new InvalidProblemException(Input.TOLERANCE, "the tolerance must be from 1e-13 to 0.1, not "
                    + tolerance + " (converged boundary solutions still change by about 1e-14 from rounding, so a"
                    + " smaller one could never be met)");
        }
        if (tolerance > Model.MAX_TOLERANCE) {
            throw new InvalidProblemException(Input.TOLERANCE, "the tolerance must be from 1e-13 to 0.1, not "
                    + tolerance + " (a change of more than 0.1 between doublings says nothing of the error: the"
                    + " boundary solution is not yet resolved at all)");
        }
    }

    /**
     * Checks the inputs and builds the contour, the grid and the sources of the scattered field, on
     * the calling thread: {@link #prepare(int)} with one thread, for the Kirchhoff model (which
     * needs no threads) and for tests.
     *
     * @throws InvalidProblemException naming the input at fault
     * @throws CancellationException if the thread is interrupted while the exact model solves
     */
    public PreparedProblem prepare() {
        try {
            return prepare(RowRunner.serial()).problem();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the boundary equation was solved");
        }
    }

    /**
     * Checks the inputs and builds the contour, the grid and the sources of the scattered field.
     *
     * <p>This is where a physical model turns the checked contour into the {@link PreparedProblem}
     * the kernel sums: the Kirchhoff model's sources are one per segment, computed directly; the
     * exact model's come from its boundary integral equation, assembled on a pool of
     * {@code threads} threads ({@link PoolRows}), which checks before each doubling of the number
     * of boundary points that the system fits in the Java heap and that no signal asked the run to
     * stop. The contour is checked first either way (closed, simple, enclosing an area); the exact
     * model checks its smooth curve again for crossings finer than the nc segments.
     *
     * @throws InvalidProblemException naming the input at fault, also for a contour the exact model
     *     cannot resolve (a corner, a cusp, a standstill, detail finer than its points carry, loops
     *     finer than the nc segments) and for a boundary solution that does not settle
     * @throws SystemTooLargeException if the exact model's system would not fit in the Java heap
     * @throws InterruptedException if the thread is interrupted
     */
    public PreparedModel prepare(int threads) throws InterruptedException {
        return prepare(threads, () -> { });
    }

    /**
     * As {@link #prepare(int)}, telling {@code solving} once the exact model's checks have passed
     * and its boundary equation is about to be solved (for a log line that says so: a problem
     * refused before then is refused with nothing said before the refusal).
     */
    public PreparedModel prepare(int threads, Runnable solving) throws InterruptedException {
        return prepare(new PoolRows(new ChunkedPool(threads), model, solving));
    }

    private PreparedModel prepare(RowRunner rows) throws InterruptedException {
        checkNumbers();
        ContourExpression x = expression(Input.XC, xc);
        ContourExpression y = expression(Input.YC, yc);
        Contour contour;
        try {
            contour = Contour.fromExpressions(x, y, nc);
        } catch (ExpressionException e) {
            throw new InvalidProblemException(e.expression() == x ? Input.XC : Input.YC, e);
        } catch (ContourException e) {
            throw new InvalidProblemException(Input.CONTOUR, e);
        }
        double ratio = wavelength / contour.size();
        if (!(ratio >= MIN_WAVELENGTH_RATIO && ratio <= MAX_WAVELENGTH_RATIO)) {
            throw new InvalidProblemException(Input.WAVELENGTH, String.format(Locale.ROOT,
                    "a wavelength of %s is %.3g times the obstacle's size %.6g; it must be between %.0e"
                            + " and %.0e times the size", wavelength, ratio, contour.size(), MIN_WAVELENGTH_RATIO,
                    MAX_WAVELENGTH_RATIO));
        }
        Grid grid = Grid.around(contour, wavelength, nx, ny);
        if (!Double.isFinite(grid.xmax() - grid.xmin()) || !Double.isFinite(grid.ymax() - grid.ymin())) {
            throw new InvalidProblemException(Input.CONTOUR, "the contour's coordinates are too large to make a grid"
                    + " around it (largest " + Math.max(Math.abs(contour.minX()), Math.abs(contour.maxX())) + ")");
        }
        double radians = Math.toRadians(angle % 360);
        PlaneWave wave = new PlaneWave(wavelength, radians);
        if (!model.isExact()) {
            return new PreparedModel(new PreparedProblem(wave, contour, KirchhoffSources.of(contour, wave), null, grid,
                    new Obstacle(contour, insideTest)), null, 0);
        }
        long start = System.nanoTime();
        ExactModel exact = ExactSolve.solve(wave, x, y, model, rows);
        return new PreparedModel(exact.prepare(contour, grid), exact, System.nanoTime() - start);
    }
    private static ContourExpression expression(Input input, String text) {
        try {
            return ContourExpression.parse(text);
        } catch (ExpressionException e) {
            throw new InvalidProblemException(input, e);
        }
    }

    private static void requirePositive(Input input, int value) {
        if (value < 1) {
            throw new InvalidProblemException(input, "must be a positive integer, not " + value);
        }
    }
}
