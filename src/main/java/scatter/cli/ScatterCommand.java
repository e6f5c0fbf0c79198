package scatter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scatter.InputException;
import scatter.Problem;
import scatter.io.AnimationFrames;
import scatter.io.AtomicFile;
import scatter.io.OutputFormat;
import scatter.io.TimingLog;
import scatter.parallel.FieldSolver;
import scatter.physics.Field;
import scatter.physics.Scatterer;

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
            "Computes how a plane wave of wavelength lambda travelling along +x scatters off a 2D obstacle "
                    + "bounded by the closed contour (x(t), y(t)), 0 <= t <= 1, in the Kirchhoff approximation, "
                    + "on a grid of (nx+1) x (ny+1) nodes, in parallel.",
            "Threads: --threads, else OMP_NUM_THREADS, else SLURM_CPUS_PER_TASK, else all available processors.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the run failed (e.g. an output file could not be written)",
            "2:bad usage or input (the message names the option)",
        },
        commandListHeading = "%nCommands (to compare core counts; without one, scatter solves):%n",
        footer = {"%nExamples:",
            "  OMP_NUM_THREADS=4 java -jar scatter.jar -nc 1024 -checksum -o field.h5",
            "  java -jar scatter.jar -o field.png          (a picture of the total field)",
            "  java -jar scatter.jar scaling -nx 256 -ny 256 -nc 1024",
            "  java -jar scatter.jar report scatter-timings.csv"})
public final class ScatterCommand implements Callable<Integer> {
    static final String CHECKSUM_LABEL = "Sum of scattered field |amplitudes|^2: ";
    static final String DEFAULT_OUTPUT = "scatter.h5";

    @Mixin
    ProblemOptions problemOptions = new ProblemOptions();

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Number of worker threads (default: OMP_NUM_THREADS, SLURM_CPUS_PER_TASK or all processors).")
    String threads;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Result file: .h5/.hdf5 (HDF5), .vtk (legacy VTK for ParaView/VisIt) or .png (a picture "
                    + "of the total field) (default: "
                    + DEFAULT_OUTPUT + ").")
    Path output;

    @Option(names = "--no-output", description = "Do not write a result file.")
    boolean noOutput;

    @Option(names = {"-save", "--save"},
            description = "Also write the 20 animation frames scatter_0.vtk ... scatter_19.vtk next to the result file.")
    boolean save;

    @Option(names = {"-checksum", "--checksum"}, description = "Print the sum of |scattered field|^2 on stdout.")
    boolean checksum;

    @Option(names = "--timing-log", paramLabel = "FILE",
            description = "Append one CSV row of timings (threads, sizes, seconds) to FILE; compare runs with "
                    + "'scatter report FILE'.")
    Path timingLog;

    @Mixin
    QuietOption quiet = new QuietOption();

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    public ScatterCommand() {
        this(System.getenv());
    }

    /** For tests: a command that reads thread settings from {@code env} instead of the process environment. */
    ScatterCommand(Map<String, String> env) {
        this.env = env;
    }

    public static void main(String[] args) {
        // the PNG writers draw off-screen: never look for a display, even when DISPLAY is set
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine(new ScatterCommand()).execute(args));
    }

    /**
     * The command line with its subcommands and scatter's error handling: one-line messages and
     * exit codes 1 and 2.
     */
    static CommandLine commandLine(ScatterCommand command) {
        CommandLine cl = new CommandLine(command);
        cl.addSubcommand(new ScalingCommand(command.env));
        cl.addSubcommand(new ReportCommand());
        // the last of a repeated option wins, so scripts can give defaults that users override
        cl.setOverwrittenOptionsAllowed(true);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("scatter: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof InputException) {
                err.println("scatter: " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            err.println("scatter: error: " + message);
            LoggerFactory.getLogger(ScatterCommand.class).debug("failure", e);
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Logger log = LoggerFactory.getLogger(ScatterCommand.class);
        ThreadCount threadCount = ThreadCount.resolve(threads, env, Runtime.getRuntime().availableProcessors());
        Problem problem = problemOptions.problem();
        Path result = noOutput ? null : (output != null ? output : Path.of(DEFAULT_OUTPUT));
        OutputFormat format = result == null ? null : OutputFormat.of("-o", result);
        checkDirectoryWritable("-o", result);
        checkDirectoryWritable("--timing-log", timingLog);
        Path frameDir = framesDirectory(result);
        if (save) {
            checkDirectoryWritable("-save", frameDir.resolve("scatter_0.vtk"));
        }
        Scatterer scatterer = problem.build();
        checkMemory(scatterer.grid().nodes());

        log.info("{} threads (from {}); grid {} x {} nodes, {} contour segments",
                threadCount.threads(), threadCount.source(), problem.nx() + 1, problem.ny() + 1,
                scatterer.segments().count());
        if (scatterer.segments().skipped() > 0) {
            log.warn("skipped {} contour segments of zero length", scatterer.segments().skipped());
        }
        // a bar only for a person watching: not under Slurm batch, not into a log file, not with -q
        ProgressBar bar = quiet.quiet() || !Terminal.stderrIsTerminal(env)
                ? null : new ProgressBar(spec.commandLine().getErr(), System::nanoTime);
        long t0 = System.nanoTime();
        Field field;
        try {
            field = new FieldSolver(threadCount.threads()).solve(scatterer, bar);
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        double computeSeconds = (System.nanoTime() - t0) * 1e-9;
        double sum = field.checksum();
        if (checksum) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(CHECKSUM_LABEL + sum);
            out.flush();
        }

        Map<String, Object> attributes = attributes(problem, threadCount.threads());
        if (result != null) {
            AtomicFile.write(result, tmp -> format.writer().write(field, attributes, tmp));
        }
        if (save) {
            AnimationFrames.write(field, frameDir);
        }

        int inside = field.insideCount();
        long pairs = (long) (field.grid().nodes() - inside) * scatterer.segments().count();
        double mpairs = pairs / computeSeconds / 1e6;
        log.info("{} threads, {} nodes ({} inside), {} segments: compute {} s, {} Mpairs/s{}{}",
                threadCount.threads(), field.grid().nodes(), inside, scatterer.segments().count(),
                String.format(Locale.ROOT, "%.3f", computeSeconds), String.format(Locale.ROOT, "%.1f", mpairs),
                result == null ? "; no result file" : "; wrote " + result,
                save ? " and " + AnimationFrames.FRAMES + " frames scatter_*.vtk" : "");
        if (timingLog != null) {
            TimingLog.append(timingLog, timingRow(problem, threadCount, field, pairs, computeSeconds, sum));
        }
        return CommandLine.ExitCode.OK;
    }

    /** One row of the timing log for this run. */
    private Map<String, Object> timingRow(Problem problem, ThreadCount threadCount, Field field, long pairs,
            double computeSeconds, double checksum) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("timestamp", Instant.now().toString());
        row.put("host", hostName());
        row.put("job_id", jobId());
        row.put("threads", threadCount.threads());
        row.put("thread_source", threadCount.source());
        row.put("lambda", problem.wavelength());
        row.put("nx", problem.nx());
        row.put("ny", problem.ny());
        row.put("nc", problem.nc());
        row.put("nodes", field.grid().nodes());
        row.put("inside", field.insideCount());
        row.put("pairs", pairs);
        row.put("compute_seconds", String.format(Locale.ROOT, "%.6f", computeSeconds));
        row.put("wall_seconds", String.format(Locale.ROOT, "%.6f", wallSeconds()));
        row.put("mpairs_per_second", String.format(Locale.ROOT, "%.3f", pairs / computeSeconds / 1e6));
        row.put("checksum", checksum);
        return row;
    }

    /** The inputs and settings stored with the results. */
    static Map<String, Object> attributes(Problem problem, int threads) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("lambda", problem.wavelength());
        a.put("nx", problem.nx());
        a.put("ny", problem.ny());
        a.put("nc", problem.nc());
        a.put("xc", problem.xc());
        a.put("yc", problem.yc());
        a.put("threads", threads);
        return a;
    }

    private static Path framesDirectory(Path result) {
        Path parent = result == null ? null : result.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

    /**
     * Fails if options were given before a subcommand's name ({@code scatter -nx 64 scaling}): they
     * belong to the solver and the subcommand would silently ignore them.
     */
    static void rejectSolverOptions(CommandSpec subcommand) {
        CommandLine parent = subcommand.commandLine().getParent();
        CommandLine.ParseResult parsed = parent == null ? null : parent.getParseResult();
        if (parsed != null && !parsed.matchedOptions().isEmpty()) {
            String option = parsed.matchedOptions().get(0).shortestName();
            throw new InputException(option + ": options go after the command name: 'scatter " + subcommand.name()
                    + " " + option + " ...'");
        }
    }

    /** Fails unless a plot file name ends in .png. */
    static void checkPlotName(Path plot) {
        if (plot != null && !plot.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new InputException("--plot: the plot is a PNG image; give a file name ending in .png, not '"
                    + plot + "'");
        }
    }

    /** Fails before any computing if the file's directory is missing or not writable. */
    static void checkDirectoryWritable(String option, Path file) {
        if (file == null) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(option + ": directory " + dir + " does not exist (for " + file + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new InputException(option + ": cannot write into directory " + dir + " (for " + file + ")");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(option + ": " + file + " is a directory; give a file name");
        }
    }

    /** Fails up front, with the memory needed, if the field arrays cannot fit in the heap. */
    static void checkMemory(int nodes) {
        long needed = Field.bytesFor(nodes);
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (needed > available) {
            throw new InputException(String.format(Locale.ROOT,
                    "-nx/-ny: %d nodes need %d MB for the field arrays but the Java heap has %d MB free; "
                            + "use a coarser grid or give Java more memory, e.g. java -Xmx%dg -jar scatter.jar ...",
                    nodes, needed >> 20, available >> 20, Math.max(1, (2 * needed >> 30) + 1)));
        }
    }

    private double wallSeconds() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toNanos() * 1e-9)
                .orElse(Double.NaN);
    }

    private String hostName() {
        String name = env.getOrDefault("SLURMD_NODENAME", env.get("HOSTNAME"));
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }

    private String jobId() {
        String job = env.getOrDefault("SLURM_JOB_ID", "");
        String task = env.get("SLURM_ARRAY_TASK_ID");
        return task == null || job.isEmpty() ? job : env.getOrDefault("SLURM_ARRAY_JOB_ID", job) + "_" + task;
    }
}
