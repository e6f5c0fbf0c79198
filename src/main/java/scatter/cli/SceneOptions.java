package scatter.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import scatter.geometry.InsideTest;
import scatter.solve.Model;
import scatter.solve.Problem;

/**
 * The options that set the scene of every problem, whichever model solves it: the wave, the grid
 * and the obstacle's contour, with the names the lesson's users type and GNU-style aliases. A mixin
 * of the solver's {@link ProblemOptions} and of {@code compare}'s {@link CompareOptions}.
 */
final class SceneOptions {
    @Option(names = {"-lambda", "--lambda"}, paramLabel = "L",
            description = "Wavelength of the incident wave (default: ${DEFAULT-VALUE}).")
    double wavelength = Problem.DEFAULT_WAVELENGTH;

    @Option(names = {"-nx", "--nx"}, paramLabel = "N", description = "Number of cells in x (default: ${DEFAULT-VALUE}).")
    int nx = Problem.DEFAULT_CELLS;

    @Option(names = {"-ny", "--ny"}, paramLabel = "N", description = "Number of cells in y (default: ${DEFAULT-VALUE}).")
    int ny = Problem.DEFAULT_CELLS;

    @Option(names = {"-nc", "--nc"}, paramLabel = "N",
            description = "Number of contour segments of each obstacle (default: ${DEFAULT-VALUE}). Both models check "
                    + "the contours and place the grid from their nc + 1 points.")
    int nc = Problem.DEFAULT_CELLS;

    @Option(names = {"-xc", "--xc"}, paramLabel = "EXPR",
            description = "x(t) of the contour: closed, without crossings (default: " + Problem.DEFAULT_XC + "). "
                    + "Several obstacles: repeat the pair, -xc X1 -yc Y1 -xc X2 -yc Y2 ... (apart from each other; "
                    + "many from a file of options: @FILE).")
    List<String> xc;

    @Option(names = {"-yc", "--yc"}, paramLabel = "EXPR",
            description = "y(t) of the contour (default: " + Problem.DEFAULT_YC + "); one for each -xc.")
    List<String> yc;

    @Option(names = {"-angle", "--angle"}, paramLabel = "DEG",
            description = "Direction of the incident wave in degrees, anticlockwise from +x (default: 0, along +x).")
    double angle;

    @Option(names = "--source", paramLabel = "X,Y",
            description = "A line source at (X, Y) as the incident wave, u_inc = (i/4) H0(k |x - (X, Y)|), instead of "
                    + "the plane wave; not on a boundary; inside an obstacle with --model exact only (e.g. --source "
                    + "0.1,0.05; a negative X as --source=-3,0).")
    String source;

    /** The problem of this scene, found as {@code insideTest} says and solved by {@code model}. */
    Problem problem(InsideTest.Kind insideTest, Model model) {
        return new Problem(wavelength, nx, ny, nc, obstacles(), angle, insideTest, model, source());
    }

    /**
     * The line source of --source, or null for the plane wave.
     *
     * @throws UsageException unless --source is two finite numbers separated by a comma
     */
    Problem.Source source() {
        if (source == null) {
            return null;
        }
        String[] parts = source.split(",", -1);
        try {
            if (parts.length == 2) {
                double x = Double.parseDouble(parts[0].strip());
                double y = Double.parseDouble(parts[1].strip());
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    return new Problem.Source(x, y);
                }
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new UsageException("--source: give the source's position as two finite numbers X,Y separated by a"
                + " comma, e.g. --source 0.1,0.05, not '" + source + "'");
    }

    /**
     * The obstacles' expressions, pair by pair; one -xc or -yc alone takes the default of the
     * other, as with one obstacle always.
     *
     * @throws UsageException if several -xc and -yc are not given in pairs
     */
    List<Problem.Shape> obstacles() {
        List<String> xs = xc == null ? List.of() : xc;
        List<String> ys = yc == null ? List.of() : yc;
        if (xs.size() <= 1 && ys.size() <= 1) {
            return List.of(new Problem.Shape(xs.isEmpty() ? Problem.DEFAULT_XC : xs.get(0),
                    ys.isEmpty() ? Problem.DEFAULT_YC : ys.get(0)));
        }
        if (xs.size() != ys.size()) {
            throw new UsageException("-xc/-yc: " + xs.size() + " x(t) but " + ys.size() + " y(t); give one -yc for each"
                    + " -xc, in pairs: -xc X1 -yc Y1 -xc X2 -yc Y2 ...");
        }
        List<Problem.Shape> shapes = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            shapes.add(new Problem.Shape(xs.get(i), ys.get(i)));
        }
        return shapes;
    }
}
