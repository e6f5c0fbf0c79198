package scatter.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import scatter.geometry.InsideTest;
import scatter.output.PythonFloat;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolver;
import scatter.physics.exact.system.Resolution;
import scatter.solve.InvalidProblemException;
import scatter.solve.Model;
import scatter.solve.Problem;

/**
 * {@code compare}'s options that define its two problems: the scene ({@link SceneOptions}), the
 * exact model's settings and the Kirchhoff model's inside test. Compare solves the Kirchhoff model
 * (sound-hard, the only obstacle it has) and the exact model, so it has no {@code --model} or
 * {@code --bc} to show; both are still understood, unlisted, to say why they do not apply.
 */
final class CompareOptions {
    @Mixin
    SceneOptions scene = new SceneOptions();

    @Option(names = "--tol", paramLabel = "TOL",
            description = "The exact model's tolerance: double the boundary points until the boundary solution changes"
                    + " by less than TOL (relative) and its estimated error is below TOL, from 1e-13 to 0.1 (default:"
                    + " 1e-12).")
    Double tolerance;

    @Option(names = "--points", paramLabel = "N",
            description = "The exact model's boundary points: N (a power of two, " + Resolution.MIN_POINTS + " to "
                    + BoundarySolver.MAX_POINTS + ") instead of doubling; a warning gives the estimated error if it"
                    + " exceeds --tol (default: found by doubling).")
    Integer points;

    @Option(names = "--inside-test", paramLabel = "TEST", converter = Choices.InsideTestKind.class,
            description = "How the Kirchhoff model finds the nodes inside the obstacle: winding (the default) or cross"
                    + " (the teaching code's test, right only for convex contours).")
    InsideTest.Kind insideTest;

    @Option(names = "--model", hidden = true, converter = Choices.ModelKind.class)
    Model.Kind model;

    @Option(names = "--bc", hidden = true, converter = Choices.Condition.class)
    BoundaryCondition bc;

    /**
     * The two problems compare solves, the same but for the model: the Kirchhoff model's (with
     * --inside-test) and the exact model's, sound-hard (with --tol and --points).
     *
     * @throws UsageException for --model (compare solves both) and --bc soft (the Kirchhoff model
     *     has no sound-soft obstacle: the two would be different physical problems)
     */
    List<Problem> problems() {
        if (model != null) {
            throw new UsageException("--model: compare solves both models; leave --model out");
        }
        if (bc != null && bc != BoundaryCondition.HARD) {
            throw new UsageException("--bc " + bc.label() + ": the Kirchhoff model is of a sound-hard obstacle only, so"
                    + " compare would set two different physical problems side by side; for the sound-" + bc.label()
                    + " field, run the solver with --model exact --bc " + bc.label());
        }
        ProblemOptions.checkPoints(points);
        Problem kirchhoff = scene.problem(insideTest == null ? InsideTest.Kind.WINDING : insideTest, Model.KIRCHHOFF);
        Problem exact = scene.problem(InsideTest.Kind.WINDING, new Model(Model.Kind.EXACT, BoundaryCondition.HARD,
                tolerance == null ? Resolution.DEFAULT_TOLERANCE : tolerance, points == null ? 0 : points));
        return List.of(kirchhoff, exact);
    }

    /**
     * The words for a problem the exact model cannot solve but the Kirchhoff model can (a corner, a
     * boundary too many wavelengths long): compare cannot run it, so the advice is what compare
     * can be given instead, and the solver's command line for the Kirchhoff model alone.
     */
    UsageException exactModelCannot(InvalidProblemException e) {
        List<String> remedies = e.otherRemedies();
        return new UsageException(ProblemOptions.optionOf(e.input()) + ": " + e.reason() + "; compare needs the exact"
                + " model: give it " + (remedies.isEmpty() ? "another problem" : InvalidProblemException.either(remedies))
                + ", or run the Kirchhoff model alone: " + kirchhoffAlone());
    }

    /** The solver's command line for this scene in the Kirchhoff model, with the options given that apply. */
    String kirchhoffAlone() {
        List<String> words = new ArrayList<>(List.of("java", "-jar", "scatter.jar"));
        SceneOptions defaults = new SceneOptions();
        if (scene.wavelength != defaults.wavelength) {
            words.addAll(List.of("-lambda", PythonFloat.repr(scene.wavelength)));
        }
        if (scene.nx != defaults.nx) {
            words.addAll(List.of("-nx", Integer.toString(scene.nx)));
        }
        if (scene.ny != defaults.ny) {
            words.addAll(List.of("-ny", Integer.toString(scene.ny)));
        }
        if (scene.nc != defaults.nc) {
            words.addAll(List.of("-nc", Integer.toString(scene.nc)));
        }
        List<Problem.Shape> obstacles = scene.obstacles();
        for (Problem.Shape o : obstacles) {
            if (obstacles.size() > 1 || !o.xc().equals(Problem.DEFAULT_XC)) {
                words.addAll(List.of("-xc", quoted(o.xc())));
            }
            if (obstacles.size() > 1 || !o.yc().equals(Problem.DEFAULT_YC)) {
                words.addAll(List.of("-yc", quoted(o.yc())));
            }
        }
        if (scene.angle != defaults.angle) {
            words.addAll(List.of("--angle", PythonFloat.repr(scene.angle)));
        }
        if (scene.source != null) {
            words.add("--source=" + quoted(scene.source));
        }
        if (insideTest != null) {
            words.addAll(List.of("--inside-test", insideTest.label()));
        }
        return String.join(" ", words);
    }

    /** A word for the shell, in single quotes (a quote inside as '\''). */
    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
