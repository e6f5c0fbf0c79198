package scatter.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import scatter.geometry.RowBand;
import scatter.output.FieldWriter;
import scatter.output.OutputFormat;
import scatter.output.ResultLayout;
import scatter.physics.Field;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.solve.Evaluation;
import scatter.solve.FieldSolver;
import scatter.solve.KernelThroughput;
import scatter.solve.PreparedModel;
import scatter.solve.Problem;
import scatter.split.PartFile;
import scatter.timing.TimingRecord;

/**
 * The {@code scatter} command: parse options, build contour and grid, compute the field on a thread
 * pool, report, save.
 */
@Command(name = "scatter",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Computes how a plane wave of wavelength lambda (travelling along +x, or at --angle) scatters off "
                    + "a 2D obstacle bounded by the closed contour (x(t), y(t)), 0 <= t <= 1 (or several), on a grid of "
                    + "(nx+1) x (ny+1) nodes, in parallel: in the Kirchhoff approximation (the default), or exactly "
                    + "with --model exact (to --tol, for smooth contours, sound-hard or --bc soft).",
            "Threads: --threads, else OMP_NUM_THREADS, else SLURM_CPUS_PER_TASK, else all available processors.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the run failed (e.g. an output file could not be written)",
            "2:bad usage or input (the message names the option)",
            "130:interrupted by SIGINT (Ctrl-C); no partial result file is left",
            "143:interrupted by SIGTERM (e.g. Slurm's time limit); no partial result file is left",
        },
        commandListHeading = "%nCommands (without one, scatter solves):%n",
        footer = {"%nExamples:",
            "  OMP_NUM_THREADS=4 java -jar scatter.jar -nc 1024 -checksum -o field.h5",
            "  java -jar scatter.jar -o field.png          (a picture of the total field)",
            "  java -jar scatter.jar --model exact -checksum   (the exact field; checksum 4273.050524205756)",
            "  java -jar scatter.jar --model exact --far-field ff.csv   (the far field; and its width on stdout)",
            "  java -jar scatter.jar compare -o compare.png    (where the Kirchhoff model fails, against the exact)",
            "  java -jar scatter.jar scaling -nx 256 -ny 256 -nc 1024",
            "  sbatch --cpus-per-task=8 scatter.sl",
            "      (the job script: -nx 1024 -ny 1024 -nc 2048, long enough to compare core",
            "      counts; checksum 295629.87700830627; --lesson: the lesson's case)",
            "  java -jar scatter.jar report scatter-timings.csv",
            "  java -jar scatter.jar --part 1/4 -o p1.h5   (one of 4 bands of rows; then:)",
            "  java -jar scatter.jar merge p0.h5 p1.h5 p2.h5 p3.h5 -o field.h5"})
public final class ScatterCommand implements Callable<Integer> {
    @Mixin
    ProblemOptions problemOptions = new ProblemOptions();

    @Mixin
    ThreadOption threads = new ThreadOption();

    @Mixin
    EvaluationOptions evaluation = new EvaluationOptions();

    @Mixin
    ResultOptions result = new ResultOptions();

    @Option(names = "--no-output",
            description = "Do not write a result file. Of -o and --no-output, the one given last wins.")
    boolean noOutput;

    @Mixin
    FarFieldOptions farField = new FarFieldOptions();

    @Mixin
    TimingOptions timing = new TimingOptions();

    @Option(names = "--part", paramLabel = "I/N",
            description = "Compute only part I of N (0 <= I < N): one band of grid rows, written as a part file "
                    + "(HDF5, default scatter-partIofN.h5); join the parts with 'scatter merge'. Inside a Slurm "
                    + "job array, I and N come from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT.")
    String part;

    @Option(names = "--whole",
            description = "Compute the whole grid even inside a Slurm job array (e.g. a parameter sweep).")
    boolean whole;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    /** Whether SIGTERM or SIGINT has come (the signal handler also interrupts this thread). */
    private final BooleanSupplier signalled;
    /** The writer for a result format (and what it may hold besides); tests put in writers that fail. */
    Writers writers = OutputFormat::writer;
    /** Prepares the problem on some threads; tests put in problems whose work fails. */
    Preparer preparer = Problem::prepare;

    /** The writer of a result format, given the exact model's boundary solution and the far field (or nulls). */
    @FunctionalInterface
    interface Writers {
        FieldWriter of(OutputFormat format, List<ResultLayout.Boundary> boundary, ResultLayout.FarField farField);
    }

    /** How a problem is prepared for its model; {@code solving} is told when the exact model's solve begins. */
    @FunctionalInterface
    interface Preparer {
        PreparedModel prepare(Problem problem, int threads, Runnable solving) throws InterruptedException;
    }

    /**
     * @param env the environment: thread settings, Slurm's variables, the terminal
     * @param signalled whether a signal asked the run to stop
     */
    public ScatterCommand(Map<String, String> env, BooleanSupplier signalled) {
        this.env = env;
        this.signalled = signalled;
    }

    /** For tests: a command with {@code env} as its environment and no signal handling. */
    ScatterCommand(Map<String, String> env) {
        this(env, () -> false);
    }

    /** The environment the command (and its subcommands) read settings from. */
    public Map<String, String> environment() {
        return env;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Log log = verbosity.log();
        ThreadCount threadCount = threads.resolve(env);
        Problem problem = problemOptions.problem();
        problem.checkNumbers();
        Optional<Part> split = Part.resolve(part, whole, env);
        RowBand band = split.map(p -> p.band(problem.ny())).orElse(null);
        Path file = !ResultOptions.writesResult(spec) ? null
                : result.file(band == null ? ResultOptions.DEFAULT_OUTPUT : PartFile.defaultName(band));
        OutputFormat format = file == null ? null : ResultOptions.formatOf(file);
        if (band != null) {
            result.checkPartOutput(format, file);
        }
        boolean holdsFarField = format == OutputFormat.HDF5; // a part's too
        OutputFiles outputs = new OutputFiles();
        result.checkWritable(file, outputs);
        farField.check(outputs);
        timing.check(problem, evaluation.evaluation(), outputs);
        long nodes = band == null ? problem.nodes() : (long) band.rowCount() * (problem.nx() + 1);
        long writerBytes = result.writerBytesPerNode(format) + evaluation.bytesPerNode();
        String writing = format == null ? null : format.name();
        Preflight.checkMemory(nodes, problem.segments(), writerBytes, writing, problem.fixedPointsInAll());
        Preflight.checkSystemMemory(problem);
        farField.warnIfUnheld(holdsFarField, log);
        PreparedModel model = preparer.prepare(problem, threadCount.threads(),
                () -> ModelLog.solving(problem, threadCount.threads(), log));
        PreparedProblem prepared = model.problem();
        ModelLog.solved(problem, model, log);
        if (model.exact() != null) {
            // with the count the doubling found: the field phase's memory
            Preflight.checkMemory(nodes, problem.segments(), writerBytes, writing, model.points());
        }
        boolean far = farField.wanted(holdsFarField, problem);
        if (far) {
            FarFieldOptions.checkWork(model, farField.angles, problem.nodes());
        }

        log.info("{} threads (from {}); grid {} x {} nodes, {}", threadCount.threads(), threadCount.source(),
                problem.nx() + 1, problem.ny() + 1, ModelLog.sources(model));
        if (band != null) {
            log.info("computing {} of the grid only (from {})", band.describe(), split.get().source());
            prepared = prepared.rows(band);
        }
        SourceLog.incident(problem, model, log);
        for (String note : ModelLog.contourNotes(model)) {
            log.warn(note);
        }
        // a bar only for a person watching: not under Slurm batch, not into a log file, not with -q
        ProgressBar bar = verbosity.quiet() || !Terminal.stderrIsTerminal(env)
                ? null : new ProgressBar(spec.commandLine().getErr(), System::nanoTime);
        long t0 = System.nanoTime();
        Field field;
        KernelThroughput throughput = new KernelThroughput();
        Evaluation used = evaluation.forRun(prepared, problem.nodes(), threadCount.threads(), log);
        try {
            field = new FieldSolver(threadCount.threads(), used).solve(prepared, bar, throughput);
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        double fieldSeconds = (System.nanoTime() - t0) * 1e-9;
        double computeSeconds = fieldSeconds + model.solveNanos() * 1e-9;
        FieldSolver.requireFinite(field);
        double sum = field.checksum();
        FarFieldPattern pattern = far ? farField.compute(model, problem, log) : null;
        SourceLog.check(problem, model, field, pattern, log);

        List<ResultLayout.Boundary> boundary = model.exactModel()
                .map(m -> m.boundaries().stream().map(ResultLayout.Boundary::of).toList()).orElse(null);
        ResultLayout.FarField stored = far ? ResultLayout.FarField.of(pattern) : null;
        Map<String, Object> attributes = ResultLayout.attributes(problem, boundary, used, threadCount.threads());
        FieldWriter writer = band != null
                ? (f, a, tmp) -> PartFile.write(f, band, a, new PartFile.Shared(boundary, stored), tmp)
                : format != null ? writers.of(format, boundary, stored) : null;
        Writes.together(files -> {
            result.write(field, file, writer, attributes, files);
            farField.write(pattern, problem, model, ResultLayout.inputs(problem, boundary), files);
        });
        // the results once every file is in place: a run that fails prints none
        result.printChecksum(spec.commandLine().getOut(), band, sum);
        farField.printWidth(pattern, spec.commandLine().getOut());

        int inside = field.insideCount();
        long pairs = TimingRecord.pairs(field.grid().nodes(), inside, prepared.sources().count());
        log.info("{} threads, {} nodes ({} inside), {} {}: compute {} s{}, {} Mpairs/s{}{}",
                threadCount.threads(), field.grid().nodes(), inside, model.points(),
                model.exact() == null ? "segments" : "boundary points",
                String.format(Locale.ROOT, "%.3f", computeSeconds), ModelLog.phases(model, fieldSeconds),
                String.format(Locale.ROOT, "%.1f", TimingRecord.mpairsPerSecond(pairs, computeSeconds)),
                file == null ? "; no result file" : "; wrote " + file, result.framesWritten() + farField.written());
        timing.record(problem, new TimingOptions.Measured(threadCount.threads(), threadCount.source(), field,
                prepared.sources().count(), model.points(), computeSeconds, sum, throughput.pairsPerSecond(), used),
                env, log);
        if (signalled.getAsBoolean() || Thread.interrupted()) {
            throw new InterruptedException(); // a signal came while the last file was written
        }
        return CommandLine.ExitCode.OK;
    }
}
