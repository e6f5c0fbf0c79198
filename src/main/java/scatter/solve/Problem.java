package scatter.solve;

import java.util.Locale;
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

/**
 * What the user asked to compute, as typed: wavelength, grid cells, contour segments, the contour
 * expressions, the direction of the incident wave and the inside test. {@link #prepare()} checks the
 * values and turns them into the {@link PreparedProblem} the kernel evaluates.
 *
 * @param wavelength lambda of the incident wave
 * @param nx cells in x (the grid has nx + 1 columns of nodes)
 * @param ny cells in y (ny + 1 rows)
 * @param nc contour segments (nc + 1 contour points)
 * @param xc x(t) of the contour, 0 &lt;= t &lt;= 1
 * @param yc y(t) of the contour
 * @param angle direction of travel of the incident wave in degrees, anticlockwise from +x
 * @param insideTest how nodes inside the obstacle are found
 */
public record Problem(double wavelength, int nx, int ny, int nc, String xc, String yc, double angle,
        InsideTest.Kind insideTest) {
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
    }

    /**
     * Checks the inputs and builds the contour, the grid and the sources of the scattered field.
     *
     * <p>This is where a physical model turns the checked contour into the {@link PreparedProblem}
     * the kernel sums: the Kirchhoff model's sources are one per segment, computed directly.
     *
     * @throws InvalidProblemException naming the input at fault
     */
    public PreparedProblem prepare() {
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
        return new PreparedProblem(wave, contour, KirchhoffSources.of(contour, wave), null, grid,
                new Obstacle(contour, insideTest));
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
