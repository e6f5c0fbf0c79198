package scatter.cli;

import picocli.CommandLine.Option;
import scatter.geometry.InsideTest;
import scatter.solve.Problem;

/**
 * The options that define the problem, with the names the lesson's users type and GNU-style
 * aliases. Shared (as a picocli mixin) by every command that solves or compares problems.
 */
public final class ProblemOptions {
    @Option(names = {"-lambda", "--lambda"}, paramLabel = "L",
            description = "Wavelength of the incident wave (default: ${DEFAULT-VALUE}).")
    double wavelength = Problem.DEFAULT_WAVELENGTH;

    @Option(names = {"-nx", "--nx"}, paramLabel = "N", description = "Number of cells in x (default: ${DEFAULT-VALUE}).")
    int nx = Problem.DEFAULT_CELLS;

    @Option(names = {"-ny", "--ny"}, paramLabel = "N", description = "Number of cells in y (default: ${DEFAULT-VALUE}).")
    int ny = Problem.DEFAULT_CELLS;

    @Option(names = {"-nc", "--nc"}, paramLabel = "N",
            description = "Number of contour segments (default: ${DEFAULT-VALUE}).")
    int nc = Problem.DEFAULT_CELLS;

    @Option(names = {"-xc", "--xc"}, paramLabel = "EXPR",
            description = "x(t) of the contour: closed, without crossings (default: ${DEFAULT-VALUE}).")
    String xc = Problem.DEFAULT_XC;

    @Option(names = {"-yc", "--yc"}, paramLabel = "EXPR", description = "y(t) of the contour (default: ${DEFAULT-VALUE}).")
    String yc = Problem.DEFAULT_YC;

    @Option(names = {"-angle", "--angle"}, paramLabel = "DEG",
            description = "Direction of the incident wave in degrees, anticlockwise from +x (default: 0, along +x).")
    double angle;

    @Option(names = "--inside-test", paramLabel = "TEST",
            description = "How nodes inside the obstacle are found: winding (winding number, right for any "
                    + "contour; the default) or cross (the teaching code's cross-product test, right only for "
                    + "convex contours).")
    InsideTest.Kind insideTest = InsideTest.Kind.WINDING;

    /**
     * The option (or options) that give an input, as messages name them: "-lambda", "-nx/-ny", ...
     */
    static String optionOf(Problem.Input input) {
        return switch (input) {
            case WAVELENGTH -> "-lambda";
            case NX -> "-nx";
            case NY -> "-ny";
            case NC -> "-nc";
            case GRID -> "-nx/-ny";
            case XC -> "-xc";
            case YC -> "-yc";
            case CONTOUR -> "-xc/-yc";
            case ANGLE -> "--angle";
            case INSIDE_TEST -> "--inside-test";
        };
    }

    /** The problem as typed; {@link Problem#prepare()} checks it. */
    public Problem problem() {
        return new Problem(wavelength, nx, ny, nc, xc, yc, angle, insideTest);
    }
}
