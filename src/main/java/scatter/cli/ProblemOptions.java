package scatter.cli;

import java.util.List;
import picocli.CommandLine.Option;
import scatter.geometry.InsideTest;
import scatter.physics.exact.BoundaryCondition;
import scatter.physics.exact.BoundarySolver;
import scatter.physics.exact.Resolution;
import scatter.solve.Model;
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

    @Option(names = "--model", paramLabel = "MODEL", converter = Choices.ModelKind.class,
            description = "kirchhoff: the Kirchhoff (physical optics) approximation of the teaching code, right only "
                    + "for wavelengths much smaller than the obstacle, away from it; exact: the exact field, from "
                    + "the boundary integral equation solved to --tol, for smooth contours (default: kirchhoff).")
    Model.Kind model;

    @Option(names = "--bc", paramLabel = "BC", converter = Choices.Condition.class,
            description = "Boundary condition: hard (zero normal derivative of the total field, the teaching code's) "
                    + "or soft (zero total field; --model exact only) (default: hard).")
    BoundaryCondition bc = BoundaryCondition.HARD;

    @Option(names = "--tol", paramLabel = "TOL",
            description = "--model exact only: double the boundary points until the boundary solution changes by "
                    + "less than TOL (relative), from 1e-13 to 0.1 (default: 1e-12).")
    Double tolerance;

    @Option(names = "--points", paramLabel = "N",
            description = "--model exact only: use N boundary points (a power of two, " + Resolution.MIN_POINTS + " to "
                    + BoundarySolver.MAX_POINTS + ") instead of doubling; a warning gives the estimated error if it "
                    + "exceeds --tol (default: found by doubling).")
    Integer points;

    @Option(names = "--inside-test", paramLabel = "TEST", converter = Choices.InsideTestKind.class,
            description = "--model kirchhoff only: how nodes inside the obstacle are found: winding (winding number, "
                    + "right for any contour; the default) or cross (the teaching code's cross-product test, right "
                    + "only for convex contours). The exact model tests against the smooth curve.")
    InsideTest.Kind insideTest;

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
            case MODEL -> "--model exact";
            case BC -> "--bc";
            case TOLERANCE -> "--tol";
            case POINTS -> "--points";
        };
    }

    /**
     * The problem as typed; {@link Problem#prepare(int)} checks it.
     *
     * @throws UsageException for an option of one model given with the other
     */
    public Problem problem() {
        boolean exact = model == Model.Kind.EXACT;
        if (!exact && (tolerance != null || points != null)) {
            throw new UsageException((tolerance != null ? "--tol" : "--points")
                    + ": sets the exact model's boundary points; add --model exact (the Kirchhoff model has one"
                    + " source per contour segment, -nc)");
        }
        checkPoints();
        if (exact && insideTest != null) {
            throw new UsageException("--inside-test: the exact model finds the obstacle's nodes against the smooth"
                    + " curve itself; --inside-test is for --model kirchhoff");
        }
        Model chosen = !exact ? new Model(Model.Kind.KIRCHHOFF, bc, Resolution.DEFAULT_TOLERANCE, 0)
                : new Model(Model.Kind.EXACT, bc, tolerance == null ? Resolution.DEFAULT_TOLERANCE : tolerance,
                        points == null ? 0 : points);
        return new Problem(wavelength, nx, ny, nc, xc, yc, angle,
                insideTest == null ? InsideTest.Kind.WINDING : insideTest, chosen);
    }

    /**
     * The two problems {@code scatter compare} solves, the same but for the model: the Kirchhoff
     * model's (with --inside-test) and the exact model's, sound-hard (with --tol and --points).
     *
     * @throws UsageException for --model (compare solves both) and --bc soft (the Kirchhoff model
     *     has no sound-soft obstacle: the two would be different physical problems)
     */
    List<Problem> compared() {
        if (model != null) {
            throw new UsageException("--model: compare solves both models; leave --model out");
        }
        if (bc != BoundaryCondition.HARD) {
            throw new UsageException("--bc " + bc.label() + ": the Kirchhoff model is of a sound-hard obstacle only, so"
                    + " compare would set two different physical problems side by side; for the sound-" + bc.label()
                    + " field, run the solver with --model exact --bc " + bc.label());
        }
        checkPoints();
        Problem kirchhoff = new Problem(wavelength, nx, ny, nc, xc, yc, angle,
                insideTest == null ? InsideTest.Kind.WINDING : insideTest, Model.KIRCHHOFF);
        Problem exact = new Problem(wavelength, nx, ny, nc, xc, yc, angle, InsideTest.Kind.WINDING,
                new Model(Model.Kind.EXACT, bc, tolerance == null ? Resolution.DEFAULT_TOLERANCE : tolerance,
                        points == null ? 0 : points));
        return List.of(kirchhoff, exact);
    }

    private void checkPoints() {
        if (points != null && points < 1) {
            throw new UsageException("--points: the number of boundary points must be a power of two from "
                    + Resolution.MIN_POINTS + " to " + BoundarySolver.MAX_POINTS + ", not " + points);
        }
    }
}
