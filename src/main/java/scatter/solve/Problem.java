package scatter.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import scatter.geometry.Contour;
import scatter.geometry.ContourException;
import scatter.geometry.ContourExpression;
import scatter.geometry.ExpressionException;
import scatter.geometry.Grid;
import scatter.geometry.InsideTest;
import scatter.geometry.Obstacle;
import scatter.geometry.Obstacles;
import scatter.physics.Incident;
import scatter.physics.KirchhoffSources;
import scatter.physics.LineSource;
import scatter.physics.PlaneWave;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolver;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/**
 * What the user asked to compute, as typed: wavelength, grid cells, contour segments, the contour
 * expressions of each obstacle, the direction of the incident wave, the inside test and the
 * physical model.
 * {@link #prepare(int)} checks the values and turns them into the {@link PreparedProblem} the
 * kernel evaluates.
 *
 * @param wavelength lambda of the incident wave
 * @param nx cells in x (the grid has nx + 1 columns of nodes)
 * @param ny cells in y (ny + 1 rows)
 * @param nc contour segments of each obstacle (nc + 1 contour points)
 * @param obstacles each obstacle's contour expressions, in order (obstacle 1 first), at least one
 * @param angle direction of travel of the incident wave in degrees, anticlockwise from +x
 * @param insideTest how the Kirchhoff model finds the nodes inside the obstacle (the exact model
 *     tests against the smooth curve instead)
 * @param model the physical model and its settings
 * @param source the line source that is the incident wave in place of the plane wave, or null for
 *     the plane wave (the teaching code's)
 */
public record Problem(double wavelength, int nx, int ny, int nc, List<Shape> obstacles, double angle,
        InsideTest.Kind insideTest, Model model, Source source) {
    /** The teaching code's obstacle: a skewed ellipse-like shape of size about 2. */
    public static final String DEFAULT_XC = "cos(2*pi*t + 0.5*sin(2*pi*t + 0.9))";
    public static final String DEFAULT_YC = "sin(2*pi*t)";
    public static final double DEFAULT_WAVELENGTH = 0.5;
    public static final int DEFAULT_CELLS = 128;
    /** Bounds on lambda relative to the contour's size, inside which every phase and kR stays finite. */
    public static final double MIN_WAVELENGTH_RATIO = 1e-9;
    public static final double MAX_WAVELENGTH_RATIO = 1e9;
    /** The most obstacles one problem may have: each node's obstacle number is stored in a byte. */
    public static final int MAX_OBSTACLES = Byte.MAX_VALUE;

    /**
     * One obstacle's contour, as typed.
     *
     * @param xc x(t) of the contour, 0 &lt;= t &lt;= 1
     * @param yc y(t) of the contour
     */
    public record Shape(String xc, String yc) {
    }

    /**
     * Where the line source is: the incident wave is then u_inc = (i/4) H0(k |x - x0|)
     * ({@link LineSource}), not a plane wave.
     *
     * @param x x0
     * @param y y0
     */
    public record Source(double x, double y) {
        /** "(0.1, 0.05)", the numbers as typed. */
        public String describe() {
            return "(" + number(x) + ", " + number(y) + ")";
        }

        private static String number(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    /** Copies the list of obstacles (null stays null, for {@link #checkNumbers()} to refuse). */
    public Problem {
        obstacles = obstacles == null ? null : List.copyOf(obstacles);
    }

    /** A problem whose incident wave is the plane wave travelling at {@code angle}. */
    public Problem(double wavelength, int nx, int ny, int nc, List<Shape> obstacles, double angle,
            InsideTest.Kind insideTest, Model model) {
        this(wavelength, nx, ny, nc, obstacles, angle, insideTest, model, null);
    }

    /** The same problem with a line source at (x, y) as its incident wave (null: the plane wave). */
    public Problem withSource(Source at) {
        return new Problem(wavelength, nx, ny, nc, obstacles, angle, insideTest, model, at);
    }

    /** A problem of one obstacle, the contour (xc, yc). */
    public Problem(double wavelength, int nx, int ny, int nc, String xc, String yc, double angle,
            InsideTest.Kind insideTest, Model model) {
        this(wavelength, nx, ny, nc, List.of(new Shape(xc, yc)), angle, insideTest, model);
    }

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
        /** The line source's position. */
        SOURCE,
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

    /** x(t) of obstacle 1's contour: the obstacle's, when there is one. */
    public String xc() {
        return obstacles.get(0).xc();
    }

    /** y(t) of obstacle 1's contour. */
    public String yc() {
        return obstacles.get(0).yc();
    }

    /** Contour segments of all obstacles together, nc each: the Kirchhoff model's sources. */
    public long segments() {
        return (long) nc * obstacles.size();
    }

    /**
     * The exact model's boundary points fixed by --points, on all obstacles together (each gets
     * that many); 0 when the doubling chooses them, and for the Kirchhoff model.
     */
    public int fixedPointsInAll() {
        return model.fixedPoints() ? model.points() * obstacles.size() : 0;
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
        if (obstacles == null || obstacles.isEmpty() || obstacles.size() > MAX_OBSTACLES) {
            throw new InvalidProblemException(Input.CONTOUR, "give from 1 to " + MAX_OBSTACLES + " obstacles, not "
                    + (obstacles == null ? 0 : obstacles.size()));
        }
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
        if (source != null && !(Double.isFinite(source.x()) && Double.isFinite(source.y()))) {
            throw new InvalidProblemException(Input.SOURCE, "the source's coordinates must be finite numbers, not "
                    + source.x() + "," + source.y());
        }
        if (source != null && angle != 0) {
            throw new InvalidProblemException(Input.ANGLE, "the direction is the plane wave's, and --source replaces"
                    + " the plane wave by a line source, which has none; leave --angle out");
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
                    + Resolution.MIN_POINTS + " to " + BoundarySolver.MAX_POINTS + ", not "
                    + model.points());
        }
        int count = obstacles.size();
        if (model.fixedPoints() && (long) model.points() * count > BoundarySolver.MAX_POINTS) {
            // each obstacle gets the fixed count, and the one system holds them all
            int most = Integer.highestOneBit(BoundarySolver.MAX_POINTS / count);
            throw new InvalidProblemException(Input.POINTS, String.format(Locale.ROOT,
                    "%d boundary points on each of the %d obstacles are %d in all, more than the %d the exact model"
                            + " solves with; %s", model.points(), count, (long) model.points() * count,
                    BoundarySolver.MAX_POINTS, most >= Resolution.MIN_POINTS
                            ? "use --points " + most + " or fewer, or leave --points out to choose the count by --tol"
                            : "leave --points out to choose the count by --tol"));
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
        try (ChunkedPool pool = new ChunkedPool(threads)) {
            return prepare(new PoolRows(pool, model, solving, obstacles == null ? 1 : Math.max(1, obstacles.size())));
        }
    }

    private PreparedModel prepare(RowRunner rows) throws InterruptedException {
        checkNumbers();
        List<ContourExpression[]> expressions = new ArrayList<>();
        List<Contour> contours = new ArrayList<>();
        for (int i = 0; i < obstacles.size(); i++) {
            ContourExpression[] xy = {expression(Input.XC, i, obstacles.get(i).xc()),
                expression(Input.YC, i, obstacles.get(i).yc())};
            expressions.add(xy);
            contours.add(contour(i, xy[0], xy[1]));
        }
        try {
            Obstacles.apart(contours);
        } catch (ContourException e) {
            throw new InvalidProblemException(Input.CONTOUR, e);
        }
        Grid grid = Grid.around(contours, wavelength, nx, ny);
        if (!Double.isFinite(grid.xmax() - grid.xmin()) || !Double.isFinite(grid.ymax() - grid.ymin())) {
            double largest = 0;
            for (Contour c : contours) {
                largest = Math.max(largest, Math.max(Math.abs(c.minX()), Math.abs(c.maxX())));
            }
            throw new InvalidProblemException(Input.CONTOUR, "the contour's coordinates are too large to make a grid"
                    + " around it (largest " + largest + ")");
        }
        Incident wave = incident();
        if (!model.isExact()) {
            if (source != null) {
                SourcePosition.requireOutside(this, contours);
            }
            InsideTest inside = contours.size() == 1 ? new Obstacle(contours.get(0), insideTest)
                    : new Obstacles(contours, insideTest);
            return new PreparedModel(new PreparedProblem(wave, contours, KirchhoffSources.of(contours, wave), null,
                    grid, inside), null, 0);
        }
        if (contours.size() > 1) {
            return exactSeveral(wave, expressions, contours, grid, rows);
        }
        long start = System.nanoTime();
        ExactModel exact = ExactSolve.solve(wave, expressions.get(0)[0], expressions.get(0)[1], model, rows);
        return new PreparedModel(exact.prepare(contours.get(0), grid), exact, System.nanoTime() - start);
    }

    /**
     * The exact model for several obstacles: each obstacle's curve (smooth, or with corners) checked
     * and named as {@link ExactSolve} words it, one Nystr&ouml;m system for all boundaries solved on
     * {@code rows}, and the problem the kernel sums: every obstacle's field sources, the close rule
     * near every boundary, and an inside test on each obstacle's own boundary that numbers the
     * obstacles from 1 as {@link Obstacles} does.
     *
     * @param expressions each obstacle's x(t) and y(t), in order
     * @param contours each obstacle's checked nc-segment contour, apart from the others (kept for
     *     the log's notes and compare's far-node mask)
     */
    private PreparedModel exactSeveral(Incident wave, List<ContourExpression[]> expressions, List<Contour> contours,
            Grid grid, RowRunner rows) throws InterruptedException {
        long start = System.nanoTime();
        ExactModel exact = ExactSolve.solve(wave, expressions, model, rows);
        InsideTest inside = new InsideTest() {
            @Override
            public boolean contains(double x, double y) {
                return exact.obstacleAt(x, y) > 0;
            }

            @Override
            public int obstacle(double x, double y) {
                return exact.obstacleAt(x, y);
            }
        };
        PreparedProblem problem = new PreparedProblem(wave, contours, exact.fieldSources(), exact.nearField(), grid,
                inside);
        return new PreparedModel(problem, exact, System.nanoTime() - start);
    }

    /** The incident wave: the line source if there is one, else the plane wave travelling at the angle. */
    public Incident incident() {
        return source != null ? new LineSource(wavelength, source.x(), source.y())
                : new PlaneWave(wavelength, Math.toRadians(angle % 360));
    }

    /** Obstacle {@code i}'s contour (from 0), checked, with its size against the wavelength. */
    private Contour contour(int i, ContourExpression x, ContourExpression y) {
        Contour contour;
        try {
            contour = Contour.fromExpressions(x, y, nc);
        } catch (ExpressionException e) {
            throw new InvalidProblemException(e.expression() == x ? Input.XC : Input.YC, whose(i, e));
        } catch (ContourException e) {
            throw new InvalidProblemException(Input.CONTOUR, whose(i, e));
        }
        double ratio = wavelength / contour.size();
        if (!(ratio >= MIN_WAVELENGTH_RATIO && ratio <= MAX_WAVELENGTH_RATIO)) {
            throw new InvalidProblemException(Input.WAVELENGTH, String.format(Locale.ROOT,
                    "a wavelength of %s is %.3g times the %s size %.6g; it must be between %.0e"
                            + " and %.0e times the size", wavelength, ratio,
                    obstacles.size() == 1 ? "obstacle's" : "obstacle " + (i + 1) + "'s", contour.size(),
                    MIN_WAVELENGTH_RATIO, MAX_WAVELENGTH_RATIO));
        }
        return contour;
    }

    private ContourExpression expression(Input input, int i, String text) {
        try {
            return ContourExpression.parse(text);
        } catch (ExpressionException e) {
            throw new InvalidProblemException(input, whose(i, e));
        }
    }

    /**
     * A geometry failure of obstacle {@code i} (from 0), its message naming the obstacle when
     * there are several: "obstacle 2: ...".
     */
    private RuntimeException whose(int i, RuntimeException e) {
        if (obstacles.size() == 1) {
            return e;
        }
        return new IllegalArgumentException("obstacle " + (i + 1) + ": " + e.getMessage(), e);
    }

    private static void requirePositive(Input input, int value) {
        if (value < 1) {
            throw new InvalidProblemException(input, "must be a positive integer, not " + value);
        }
    }
}
