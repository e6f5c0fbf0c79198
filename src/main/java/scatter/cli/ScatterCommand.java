package scatter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scatter.solve.Problem;
import scatter.geometry.RowBand;
import scatter.output.AnimationFrames;
import scatter.output.AtomicFile;
import scatter.output.FieldWriter;
import scatter.output.OutputFormat;
import scatter.split.PartFile;
import scatter.timing.TimingLog;
import scatter.solve.FieldSolver;
import scatter.physics.Field;
import scatter.physics.PreparedProblem;

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
                    + "a 2D obstacle bounded by the closed contour (x(t), y(t)), 0 <= t <= 1, in the Kirchhoff "
                    + "approximation, on a grid of (nx+1) x (ny+1) nodes, in parallel.",
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
        commandListHeading = "%nCommands (to compare core counts, to join parts; without one, scatter solves):%n",
        footer = {"%nExamples:",
            "  OMP_NUM_THREADS=4 java -jar scatter.jar -nc 1024 -checksum -o field.h5",
            "  java -jar scatter.jar -o field.png          (a picture of the total field)",
            "  java -jar scatter.jar scaling -nx 256 -ny 256 -nc 1024",
            "  java -jar scatter.jar report scatter-timings.csv",
            "  java -jar scatter.jar --part 1/4 -o p1.h5   (one of 4 bands of rows; then:)",
            "  java -jar scatter.jar merge p0.h5 p1.h5 p2.h5 p3.h5 -o field.h5"})
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

    @Option(names = "--part", paramLabel = "I/N",
            description = "Compute only part I of N (0 <= I < N): one band of grid rows, written as a part file "
                    + "(HDF5, default scatter-partIofN.h5); join the parts with 'scatter merge'. Inside a Slurm "
                    + "job array, I and N come from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT.")
    String part;

    @Option(names = "--whole",
            description = "Compute the whole grid even inside a Slurm job array (e.g. a parameter sweep).")
    boolean whole;

    @Mixin
    QuietOption quiet = new QuietOption();

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final Interruption interruption;
    /** Names of the subcommands. */
    private static final Set<String> SUBCOMMANDS = Set.of("scaling", "report", "merge");
    /** The writer for a result format; tests put in writers that fail. */
    Function<OutputFormat, FieldWriter> writers = OutputFormat::writer;
    /** Builds the problem; tests put in scatterers whose work fails. */
    Function<Problem, PreparedProblem> builder = Problem::prepare;

    public ScatterCommand() {
        this(System.getenv(), Interruption.none());
    }

    /** For tests: a command that reads thread settings from {@code env} instead of the process environment. */
    ScatterCommand(Map<String, String> env) {
        this(env, Interruption.none());
    }

    private ScatterCommand(Map<String, String> env, Interruption interruption) {
        this.env = env;
        this.interruption = interruption;
    }

    public static void main(String[] args) {
        // the PNG writers draw off-screen: never look for a display, even when DISPLAY is set
        System.setProperty("java.awt.headless", "true");
        Interruption signals = Interruption.install(Thread.currentThread());
        System.exit(commandLine(new ScatterCommand(System.getenv(), signals), mayNeedSubcommands(args)).execute(args));
    }

    /**
     * The command line with its subcommands and scatter's error handling: one-line messages and
     * exit codes 1 and 2.
     */
    static CommandLine commandLine(ScatterCommand command) {
        return commandLine(command, true);
    }

    /**
     * Whether the arguments name a subcommand or ask for help (which lists the subcommands).
     * Building picocli's model of the subcommands takes a noticeable part of a short run's
     * start-up, so a plain solver run skips it.
     */
    static boolean mayNeedSubcommands(String[] args) {
        for (String arg : args) {
            if (SUBCOMMANDS.contains(arg) || arg.equals("-h") || arg.equals("--help")) {
                return true;
            }
        }
        return false;
    }

    private static CommandLine commandLine(ScatterCommand command, boolean withSubcommands) {
        CommandLine cl = new CommandLine(command);
        if (withSubcommands) {
            cl.addSubcommand(new ScalingCommand(command.env));
            cl.addSubcommand(new ReportCommand());
            cl.addSubcommand(new MergeCommand());
        }
        // the last of a repeated option wins, so scripts can give defaults that users override
        cl.setOverwrittenOptionsAllowed(true);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("scatter: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (command.interruption.received() || e instanceof InterruptedException) {
                err.println("scatter: " + command.interruption.describe()
                        + "; the run stopped and left no partial result file");
                return command.interruption.exitCode();
            }
            String userError = UserErrors.describe(e);
            if (userError != null) {
                err.println("scatter: " + userError);
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
        problem.checkNumbers();
        Optional<Part> split = Part.resolve(part, whole, env);
        RowBand band = split.map(p -> band(problem, p)).orElse(null);
        Path result = noOutput ? null : (output != null ? output
                : Path.of(band == null ? DEFAULT_OUTPUT : "scatter-part" + band.part() + "of" + band.parts() + ".h5"));
        OutputFormat format = result == null ? null : formatOf(result);
        if (band != null) {
            checkPartOutput(format, result);
        }
        checkDirectoryWritable("-o", result);
        checkDirectoryWritable("--timing-log", timingLog);
        Path frameDir = framesDirectory(result);
        if (save) {
            checkDirectoryWritable("-save", frameDir.resolve("scatter_0.vtk"));
        }
        checkMemory(problem, band == null ? problem.nodes() : (long) band.rowCount() * (problem.nx() + 1), format, save);
        PreparedProblem scatterer = builder.apply(problem);

        log.info("{} threads (from {}); grid {} x {} nodes, {} contour segments",
                threadCount.threads(), threadCount.source(), problem.nx() + 1, problem.ny() + 1,
                scatterer.sources().count());
        if (band != null) {
            log.info("computing {} of the grid only (from {})", band.describe(), split.get().source());
            scatterer = scatterer.rows(band);
        }
        for (String note : scatterer.contour().notes()) {
            log.warn(note);
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
        int bad = field.firstNonFinite();
        if (bad >= 0) {
            // the boundary rule and the input checks should make this impossible: a bug, exit 1
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the field at node (%d, %d), x = %s, y = %s, is not finite; nothing was written",
                    bad % (problem.nx() + 1), field.grid().firstRow() + bad / (problem.nx() + 1),
                    field.grid().xOf(bad), field.grid().yOf(bad)));
        }
        double sum = field.checksum();
        if (checksum) {
            PrintWriter out = spec.commandLine().getOut();
            // a part's sum covers its band only: labelled so that no script takes it for the run's
            out.println(band == null ? CHECKSUM_LABEL + sum
                    : CHECKSUM_LABEL.replace(": ", " over " + band.describe() + ": ") + sum);
            out.flush();
        }

        Map<String, Object> attributes = attributes(problem, threadCount.threads());
        if (result != null && band != null) {
            writeOrExplain(result, () -> AtomicFile.write(result, tmp -> PartFile.write(field, band, attributes, tmp)));
        } else if (result != null) {
            FieldWriter writer = writers.apply(format);
            writeOrExplain(result, () -> AtomicFile.write(result, tmp -> writer.write(field, attributes, tmp)));
        }
        if (save) {
            writeOrExplain(frameDir.resolve("scatter_*.vtk"), () -> AnimationFrames.write(field, frameDir));
        }

        int inside = field.insideCount();
        long pairs = (long) (field.grid().nodes() - inside) * scatterer.sources().count();
        double mpairs = pairs / computeSeconds / 1e6;
        log.info("{} threads, {} nodes ({} inside), {} segments: compute {} s, {} Mpairs/s{}{}",
                threadCount.threads(), field.grid().nodes(), inside, scatterer.sources().count(),
                String.format(Locale.ROOT, "%.3f", computeSeconds), String.format(Locale.ROOT, "%.1f", mpairs),
                result == null ? "; no result file" : "; wrote " + result,
                save ? " and " + AnimationFrames.FRAMES + " frames scatter_*.vtk" : "");
        if (timingLog != null) {
            writeOrExplain(timingLog, () -> TimingLog.append(timingLog,
                    timingRow(problem, threadCount, field, pairs, computeSeconds, sum)));
        }
        if (interruption.received() || Thread.interrupted()) {
            throw new InterruptedException(); // a signal came while the last file was written
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
        a.put("angle", problem.angle());
        a.put("inside_test", problem.insideTest().label());
        a.put("threads", threads);
        return a;
    }

    /**
     * The band of rows a part computes.
     *
     * @throws UsageException if the grid has fewer rows than there are parts
     */
    private static RowBand band(Problem problem, Part part) {
        int rows = problem.ny() + 1;
        if (part.count() > rows) {
            throw new UsageException((part.source().startsWith("--part") ? "--part" : "SLURM_ARRAY_TASK_COUNT")
                    + ": a grid of " + rows + " rows of nodes (-ny " + problem.ny() + ") splits into at most " + rows
                    + " parts, not " + part.count() + "; use fewer parts or a larger -ny");
        }
        return RowBand.of(rows, part.index(), part.count());
    }

    /** A part is an HDF5 part file; pictures and frames are made from the merged result. */
    private void checkPartOutput(OutputFormat format, Path result) {
        if (format != null && format != OutputFormat.HDF5) {
            throw new UsageException("-o: a part is written as an HDF5 part file; give a name ending in .h5, not '"
                    + result + "' (scatter merge writes the joined result in any format)");
        }
        if (save) {
            throw new UsageException("-save: a part has only some rows; write the frames with scatter merge -save");
        }
    }

    /** The format of a result file, from its extension. */
    static OutputFormat formatOf(Path result) {
        return OutputFormat.of(result).orElseThrow(() -> new UsageException("-o: cannot tell the format of '" + result
                + "'; supported extensions: " + OutputFormat.supported()));
    }

    static Path framesDirectory(Path result) {
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
            throw new UsageException(option + ": options go after the command name: 'scatter " + subcommand.name()
                    + " " + option + " ...'");
        }
    }

    /** Fails unless a plot file name ends in .png. */
    static void checkPlotName(Path plot) {
        if (plot != null && !plot.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UsageException("--plot: the plot is a PNG image; give a file name ending in .png, not '"
                    + plot + "'");
        }
    }

    /**
     * Fails before any computing if the file's directory is missing or not writable. Writability
     * is tried with a real file: permission bits do not tell (root may write anywhere, a read-only
     * or special file system refuses everyone).
     */
    static void checkDirectoryWritable(String option, Path file) {
        if (file == null) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException(option + ": directory " + dir + " does not exist (for " + file + ")");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(option + ": " + file + " is a directory; give a file name");
        }
        try {
            Files.delete(Files.createTempFile(dir, ".scatter-", ".probe"));
        } catch (IOException | SecurityException e) {
            String why = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                    ? ((FileSystemException) e).getReason() : e instanceof NoSuchFileException
                    ? "it accepts no new files" : e.getMessage();
            throw new UsageException(option + ": cannot write into directory " + dir + " (" + why + ")");
        }
    }

    /** Bytes per node for the fields ({@link Field#bytesFor}). */
    static final long FIELD_BYTES_PER_NODE = Field.bytesFor(1);
    /** Bytes per node the HDF5 writer holds at once: four float64 row copies and the int inside flags. */
    static final long HDF5_BYTES_PER_NODE = 4 * Double.BYTES + Integer.BYTES;
    /** Bytes per node the VTK writer adds: the total field and the inside flags as float64. */
    static final long VTK_BYTES_PER_NODE = 2 * Double.BYTES;
    /**
     * Bytes per node the PNG writer adds: the total field and the sorted copy that sets the colour
     * range (the image itself is a fixed size, a few MB).
     */
    static final long PNG_BYTES_PER_NODE = 2 * Double.BYTES;
    /** Bytes per node for one animation frame (written one at a time). */
    static final long FRAME_BYTES_PER_NODE = Double.BYTES;
    /**
     * Bytes per contour segment while the problem is built: the sampled and checked points, the
     * self-intersection buckets, the segment terms and the inside tests' indices. Measured: 2
     * million segments build and run in a 450 MB heap, about 225 bytes each at the peak.
     */
    static final long BYTES_PER_SEGMENT = 512;

    /** What a run holds in memory at its peak, in bytes, beyond the JVM's own needs. */
    static long bytesNeeded(long nodes, long segments, OutputFormat format, boolean save) {
        long output = format == null ? 0 : switch (format) {
            case HDF5 -> HDF5_BYTES_PER_NODE;
            case VTK -> VTK_BYTES_PER_NODE;
            case PNG -> PNG_BYTES_PER_NODE;
        };
        long perNode = FIELD_BYTES_PER_NODE + Math.max(output, save ? FRAME_BYTES_PER_NODE : 0);
        return nodes * perNode + (segments + 1) * BYTES_PER_SEGMENT;
    }

    /**
     * Fails up front, before anything big is allocated, if the run cannot fit in the Java heap,
     * saying how much it needs and which -Xmx would do.
     */
    static void checkMemory(Problem problem, OutputFormat format, boolean save) {
        checkMemory(problem, problem.nodes(), format, save);
    }

    /**
     * {@link #checkMemory(Problem, OutputFormat, boolean)} for a run that computes {@code nodes}
     * nodes: all, or a part's band.
     */
    static void checkMemory(Problem problem, long nodes, OutputFormat format, boolean save) {
        long needed = bytesNeeded(nodes, problem.nc(), format, save);
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        long available = rt.maxMemory() - used;
        if (needed > available) {
            // room for what is in use now, the run, and a quarter more for the garbage collector
            long mib = 64 * (long) Math.ceil((used + needed) * 1.25 / (64L << 20));
            String xmx = mib >= 4096 ? (mib + 1023) / 1024 + "g" : mib + "m";
            throw new UsageException(String.format(Locale.ROOT,
                    "-nx/-ny/-nc: this run needs about %s of memory (%d nodes, %d segments%s) but the Java heap"
                            + " has %s free; use a coarser grid or give Java more memory, e.g."
                            + " java -Xmx%s -jar scatter.jar ...",
                    bytes(needed), nodes, problem.nc(),
                    format == null ? "" : ", writing " + format.name(), bytes(available), xmx));
        }
    }

    private static String bytes(long n) {
        return n >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", (n + (1 << 20) - 1) >> 20);
    }

    /** Something that writes a file. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    /**
     * Runs a write; a failure (disk full, directory removed, permission lost) becomes one clear
     * sentence naming the file. The files are written atomically, so an older file of the same
     * name is untouched.
     */
    static void writeOrExplain(Path file, Write write) throws IOException {
        try {
            write.run();
        } catch (IOException e) {
            throw new IOException("could not write " + file + ": " + reason(e)
                    + "; an older file of that name, if any, is unchanged", e);
        }
    }

    /** The innermost reason of an I/O failure, in words. */
    static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof NoSuchFileException) {
            return "no such file or directory: " + ((NoSuchFileException) t).getFile()
                    + " (was the directory removed?)";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied: " + ((AccessDeniedException) t).getFile();
        }
        if (t instanceof FileSystemException && ((FileSystemException) t).getReason() != null) {
            return ((FileSystemException) t).getReason();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
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
