package scatter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import scatter.output.ComparisonPicture;
import scatter.output.FarFieldFormat;
import scatter.output.FarFieldPlot;
import scatter.output.OutputFormat;
import scatter.physics.Field;
import scatter.physics.FieldDifference;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.solve.FieldSolver;
import scatter.solve.InvalidProblemException;
import scatter.solve.MemoryEstimate;
import scatter.solve.PreparedModel;
import scatter.solve.Problem;

/**
 * {@code scatter compare}: solves one problem in the Kirchhoff approximation and exactly, on the
 * same grid, and shows where physical optics fails: a table of both far fields' widths and
 * optical-theorem residuals and of the near field's difference ({@link CompareTable}), and on
 * request the pictures of both fields and their difference ({@link ComparisonPicture}) and of both
 * echo-width patterns ({@link FarFieldPlot}).
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Solves the problem in both models on the same grid and prints how far apart they are.",
            "",
            "Both: the Kirchhoff (physical optics) approximation and the exact model (sound-hard, to --tol). "
                    + "Printed: each model's "
                    + "total scattering width sigma_s, extinction width sigma_ext and optical-theorem residual "
                    + "(sigma_s - sigma_ext) / sigma_s (for the exact model a self-check, about 1e-15; for the "
                    + "Kirchhoff model its energy error), and |u_K - u_exact| over the nodes outside the obstacle, "
                    + "max and RMS relative to max |u_exact|, and the relative RMS, also beyond one wavelength from it.",
            "The Kirchhoff model is of a sound-hard obstacle only, so both are sound-hard (for a sound-soft one, run "
                    + "the solver with --model exact --bc soft). --tol and --points set the exact model, --inside-test "
                    + "the Kirchhoff model.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the run failed (e.g. a picture could not be written)",
            "2:bad usage or input (the message names the option)",
            "130:interrupted by SIGINT (Ctrl-C)",
            "143:interrupted by SIGTERM (e.g. Slurm's time limit)",
        },
        footer = {"%nExamples:",
            "  java -jar scatter.jar compare -o compare.png --far-field echo.png",
            "  java -jar scatter.jar compare -lambda 2    (lambda as large as the obstacle)"})
public final class CompareCommand implements Callable<Integer> {
    @Mixin
    CompareOptions problemOptions = new CompareOptions();

    @Mixin
    ThreadOption threads = new ThreadOption();

    @Mixin
    EvaluationOptions evaluation = new EvaluationOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.png",
            description = "Draw both total fields, Re(u_inc + u_scat), and |u_K - u_exact| side by side (default: no "
                    + "picture).")
    Path output;

    @Option(names = "--far-field", paramLabel = "FILE.png",
            description = "Draw both models' echo width 2 pi |f|^2 in dB against direction, overlaid on polar axes.")
    Path farField;

    @Option(names = "--angles", paramLabel = "N",
            description = "Directions of the far-field patterns, 360/N degrees apart (default: ${DEFAULT-VALUE}).")
    int angles = FarFieldOptions.DEFAULT_ANGLES;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    /** @param env the environment: thread settings */
    public CompareCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Log log = verbosity.log();
        Preflight.rejectSolverOptions(spec);
        List<Problem> problems = problemOptions.problems();
        Problem kirchhoff = problems.get(0);
        Problem exact = problems.get(1);
        kirchhoff.checkNumbers();
        exact.checkNumbers();
        int threadCount = threads.resolve(env).threads();
        FarFieldOptions.checkAngles(angles);
        if (output != null && OutputFormat.of(output).orElse(null) != OutputFormat.PNG) {
            throw new UsageException("-o: compare draws a picture; give a name ending in .png, not '" + output + "'");
        }
        OutputFiles outputs = new OutputFiles();
        outputs.add("-o", output);
        if (farField != null) {
            FarFieldOptions.checkFile(farField, List.of(FarFieldFormat.PNG), outputs);
        }
        long nodes = kirchhoff.nodes();
        // both fields at once, the difference (a float64 and a flag per node), the picture's copies
        long perNode = MemoryEstimate.FIELD_BYTES_PER_NODE + Double.BYTES + 1 + evaluation.bytesPerNode()
                + (output == null ? 0 : OutputFormat.PNG.bytesPerNode());
        Preflight.checkMemory(nodes, kirchhoff.segments(), perNode, output == null ? null : "PNG");
        Preflight.checkSystemMemory(exact);

        long t0 = System.nanoTime();
        PreparedModel k = kirchhoff.prepare(threadCount);
        PreparedModel e;
        try {
            e = exact.prepare(threadCount, () -> ModelLog.solving(exact, threadCount, log));
        } catch (InvalidProblemException refused) {
            throw refused.kirchhoffCan() ? problemOptions.exactModelCannot(refused) : refused;
        }
        ModelLog.solved(exact, e, log);
        Preflight.checkMemory(nodes, kirchhoff.segments(), perNode, output == null ? null : "PNG",
                e.points());
        FarFieldOptions.checkWork(k, angles, nodes);
        FarFieldOptions.checkWork(e, angles, nodes);
        log.info("{} threads; grid {} x {} nodes; Kirchhoff: {}, exact: {}", threadCount, kirchhoff.nx() + 1,
                kirchhoff.ny() + 1, ModelLog.sources(k), ModelLog.sources(e));
        FieldSolver solver = new FieldSolver(threadCount, evaluation.forRun((double) nodes
                * Math.max(k.problem().sources().count(), e.problem().sources().count()), threadCount, log));
        Field kField = solver.solve(k.problem(), null);
        Field eField = solver.solve(e.problem(), null);
        FieldSolver.requireFinite(kField);
        FieldSolver.requireFinite(eField);
        FarFieldPattern kFar = k.farField(angles);
        FarFieldPattern eFar = e.farField(angles);
        ModelLog.farField(exact, eFar, log); // the exact model's self-check, with its warning
        FieldDifference difference = FieldDifference.between(kField, eField, k.problem().contours(),
                kirchhoff.wavelength());

        String heading = ComparisonPicture.title(BoundaryCondition.HARD, kirchhoff.wavelength(), kirchhoff.angle(),
                kirchhoff.source(), kField.grid());
        Writes.together(files -> {
            if (output != null) {
                Writes.inGroup(output, () -> ComparisonPicture.write(output, heading, kField, eField, difference,
                        files));
            }
            if (farField != null) {
                Writes.inGroup(farField, () -> FarFieldPlot.write(farField, FarFieldPlot.compareTitle(
                        BoundaryCondition.HARD, kirchhoff.wavelength(), kirchhoff.angle(), kirchhoff.source()),
                        k.problem().wave(),
                        List.of(new FarFieldPlot.Curve(FarFieldOptions.label(true), eFar),
                                new FarFieldPlot.Curve(FarFieldOptions.label(false), kFar)), files));
            }
        });
        // the table once the pictures are in place: a run that fails prints none
        PrintWriter out = spec.commandLine().getOut();
        CompareTable.lines(heading, kFar, eFar, difference, kirchhoff.obstacles().size()).forEach(out::println);
        out.flush();
        log.info("compared in {} s{}{}", String.format(Locale.ROOT, "%.3f", (System.nanoTime() - t0) * 1e-9),
                output == null ? "" : "; wrote " + output, farField == null ? "" : "; wrote " + farField);
        if (Thread.interrupted()) {
            throw new InterruptedException(); // a signal came while the last file was written
        }
        return CommandLine.ExitCode.OK;
    }
}
