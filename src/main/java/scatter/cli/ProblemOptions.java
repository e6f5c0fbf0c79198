package scatter.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import scatter.geometry.InsideTest;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolver;
import scatter.physics.exact.system.Resolution;
import scatter.solve.Model;
import scatter.solve.Problem;

/**
 * The solver's options that define the problem: the scene ({@link SceneOptions}) and the model
 * with its settings. Shared (as a picocli mixin) by the commands that solve one model (the solver,
 * {@code scaling}); {@code compare} solves both and has its own ({@link CompareOptions}).
 */
public final class ProblemOptions {
    @Mixin
    SceneOptions scene = new SceneOptions();

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
                    + "less than TOL (relative) and its estimated error is below TOL, from 1e-13 to 0.1 (default: 1e-12).")
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
            case SOURCE -> "--source";
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
        return scene.problem(insideTest == null ? InsideTest.Kind.WINDING : insideTest, chosen);
    }

    private void checkPoints() {
        checkPoints(points);
    }

    /** Fails for a --points that is no count at all (the problem checks the rest). */
    static void checkPoints(Integer points) {
        if (points != null && points < 1) {
            throw new UsageException("--points: the number of boundary points must be a power of two from "
                    + Resolution.MIN_POINTS + " to " + BoundarySolver.MAX_POINTS + ", not " + points);
        }
    }
}
