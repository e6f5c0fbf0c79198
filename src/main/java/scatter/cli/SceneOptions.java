package scatter.cli;

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
            description = "Number of contour segments (default: ${DEFAULT-VALUE}). Both models check the contour and "
                    + "place the grid from its nc + 1 points.")
    int nc = Problem.DEFAULT_CELLS;

    @Option(names = {"-xc", "--xc"}, paramLabel = "EXPR",
            description = "x(t) of the contour: closed, without crossings (default: ${DEFAULT-VALUE}).")
    String xc = Problem.DEFAULT_XC;

    @Option(names = {"-yc", "--yc"}, paramLabel = "EXPR", description = "y(t) of the contour (default: ${DEFAULT-VALUE}).")
    String yc = Problem.DEFAULT_YC;

    @Option(names = {"-angle", "--angle"}, paramLabel = "DEG",
            description = "Direction of the incident wave in degrees, anticlockwise from +x (default: 0, along +x).")
    double angle;

    /** The problem of this scene, found as {@code insideTest} says and solved by {@code model}. */
    Problem problem(InsideTest.Kind insideTest, Model model) {
        return new Problem(wavelength, nx, ny, nc, xc, yc, angle, insideTest, model);
    }
}
