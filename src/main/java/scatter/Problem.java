package scatter;

import scatter.geometry.ConvexInsideTest;
import scatter.geometry.Contour;
import scatter.geometry.ContourExpression;
import scatter.geometry.Grid;
import scatter.physics.PlaneWave;
import scatter.physics.Scatterer;

/**
 * What the user asked to compute, as typed: wavelength, grid cells, contour segments and the
 * contour expressions. {@link #build()} checks the values and turns them into a {@link Scatterer}.
 *
 * @param wavelength lambda of the incident wave
 * @param nx cells in x (the grid has nx + 1 columns of nodes)
 * @param ny cells in y (ny + 1 rows)
 * @param nc contour segments (nc + 1 contour points)
 * @param xc x(t) of the contour, 0 &lt;= t &lt;= 1
 * @param yc y(t) of the contour
 */
public record Problem(double wavelength, int nx, int ny, int nc, String xc, String yc) {
    /** The teaching code's obstacle: a skewed ellipse-like shape of size about 2. */
    public static final String DEFAULT_XC = "cos(2*pi*t + 0.5*sin(2*pi*t + 0.9))";
    public static final String DEFAULT_YC = "sin(2*pi*t)";
    public static final double DEFAULT_WAVELENGTH = 0.5;
    public static final int DEFAULT_CELLS = 128;

    /** The teaching code's default case. */
    public static Problem defaults() {
        return new Problem(DEFAULT_WAVELENGTH, DEFAULT_CELLS, DEFAULT_CELLS, DEFAULT_CELLS, DEFAULT_XC, DEFAULT_YC);
    }

    /**
     * Checks the inputs and builds the contour, grid and segment terms.
     *
     * @throws InputException naming the option at fault
     */
    public Scatterer build() {
        if (!(wavelength > 0) || !Double.isFinite(wavelength)) {
            throw new InputException("-lambda: the wavelength must be a positive finite number, not " + wavelength);
        }
        requirePositive("-nx", nx);
        requirePositive("-ny", ny);
        requirePositive("-nc", nc);
        long nodes = (long) (nx + 1) * (ny + 1);
        if (nodes > Grid.MAX_NODES) {
            throw new InputException("-nx/-ny: a " + (nx + 1) + " x " + (ny + 1) + " grid has " + nodes
                    + " nodes, more than the " + Grid.MAX_NODES + " one run can hold; use a coarser grid");
        }
        Contour contour = Contour.fromExpressions(
                ContourExpression.parse("-xc", xc), ContourExpression.parse("-yc", yc), nc);
        Grid grid = Grid.around(contour, wavelength, nx, ny);
        return new Scatterer(new PlaneWave(wavelength, 0), contour, grid, new ConvexInsideTest(contour));
    }

    private static void requirePositive(String option, int value) {
        if (value < 1) {
            throw new InputException(option + ": must be a positive integer, not " + value);
        }
    }
}
