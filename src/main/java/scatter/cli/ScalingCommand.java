package scatter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scatter.solve.Problem;
import scatter.timing.ScalingTableFormat;
import scatter.timing.SpeedupPlot;
import scatter.timing.ScalingSweep;
import scatter.timing.ScalingTable;
import scatter.physics.PreparedProblem;

/**
 * {@code scatter scaling}: solves one problem at 1, 2, 4, ... threads in this JVM and prints the
 * speedup table (see {@link ScalingSweep} for how it measures, {@link ScalingTable} for the
 * definitions).
 */
@Command(name = "scaling",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Measures the speedup of the field computation on 1, 2, 4, ... threads up to --max-threads.",
            "",
            "Solves the same problem in this JVM at each thread count, after warm-up runs so that JIT compilation "
                    + "is not counted, --repeat times each (thread counts interleaved, so that load from other "
                    + "users affects all alike), and prints per thread count the median compute time, the speedup "
                    + "T(1 thread) / T(threads), the parallel efficiency speedup / threads and the throughput in "
                    + "million (node, segment) pairs per second. Checks that every run gives the same checksum.",
            "To compare Slurm jobs with different --cpus-per-task instead, use 'scatter report'.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the run failed (e.g. the plot could not be written)",
            "2:bad usage or input (the message names the option)",
        },
        footer = {"%nExample:%n  java -jar scatter.jar scaling -nx 256 -ny 256 -nc 1024 --plot speedup.png"})
final class ScalingCommand implements Callable<Integer> {
    @Mixin
    ProblemOptions problemOptions = new ProblemOptions();

    @Option(names = "--max-threads", paramLabel = "N",
            description = "Largest thread count (default: OMP_NUM_THREADS, SLURM_CPUS_PER_TASK or all processors).")
    Integer maxThreads;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Timed runs per thread count; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Untimed runs first, at the largest thread count (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table to FILE as CSV.")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Also draw speedup against threads to FILE.png.")
    Path plot;

    @Mixin
    QuietOption quiet = new QuietOption();

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    /** A command that reads the default thread count from {@code env} (System.getenv() in production). */
    ScalingCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Logger log = LoggerFactory.getLogger(ScalingCommand.class);
        ScatterCommand.rejectSolverOptions(spec);
        int processors = Runtime.getRuntime().availableProcessors();
        ThreadCount max = maxThreads();
        if (repeat < 1) {
            throw new UsageException("--repeat: must be at least 1, not " + repeat);
        }
        if (warmups < 0) {
            throw new UsageException("--warmup: must be 0 or more, not " + warmups);
        }
        ScatterCommand.checkPlotName(plot);
        ScatterCommand.checkDirectoryWritable("--csv", csv);
        ScatterCommand.checkDirectoryWritable("--plot", plot);
        Problem problem = problemOptions.problem();
        problem.checkNumbers();
        // one field at a time: each run's field is garbage once its checksum is taken
        ScatterCommand.checkMemory(problem, null, false);
        PreparedProblem scatterer = problem.prepare();
        for (String note : scatterer.contour().notes()) {
            log.warn(note);
        }

        List<Integer> threads = ScalingSweep.threadCounts(max.threads());
        log.info("threads {} (largest from {}); {} processors available; grid {} x {} nodes, {} segments; "
                        + "{} warm-up run(s), then {} timed run(s) per thread count",
                threads, max.source(), processors, problem.nx() + 1, problem.ny() + 1, scatterer.sources().count(),
                warmups, repeat);
        if (max.threads() > processors) {
            log.warn("{} threads on {} processors: threads beyond {} share processors and cannot speed the run up",
                    max.threads(), processors, processors);
        }
        // other programs busy on the machine (a shared login node) take processors the sweep needs
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load >= processors - Math.min(max.threads(), processors) + 1) {
            log.warn("load average {} on {} processors before starting: other programs are using processors that "
                    + "{} threads need, so speedups will come out low; measure when the machine is quieter "
                    + "(see uptime or top)", String.format(Locale.ROOT, "%.2f", load), processors, max.threads());
        }
        ScalingSweep.Result result = ScalingSweep.of(scatterer).run(threads, warmups, repeat,
                (t, rep, of, seconds) -> log.info("{} thread{}, {}: {} s", t, t == 1 ? "" : "s",
                        rep == 0 ? "warm-up" : "run " + rep + " of " + of,
                        String.format(Locale.ROOT, "%.3f", seconds)));

        long pairs = (long) (result.nodes() - result.insideNodes()) * scatterer.sources().count();
        ScalingTable table = new ScalingTable(problemColumns(problem), result.seconds(), pairs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Scaling of %s: %d nodes (%d inside the obstacle), %d segments; median of %d run%s%n",
                table.label(), result.nodes(), result.insideNodes(), scatterer.sources().count(), repeat,
                repeat == 1 ? "" : "s");
        out.print(ScalingTableFormat.text(table));
        out.println("Checksum, the same for every thread count: " + result.checksum());
        out.flush();
        if (table.rows().get(0).medianSeconds() < 0.2) {
            log.warn("runs this short time the thread pool's start-up as much as the computing; for speedups "
                    + "that mean something use a larger problem (e.g. -nx 256 -ny 256 -nc 1024)");
        }
        if (csv != null) {
            ScalingTableFormat.writeCsv(List.of(table), csv);
            log.info("wrote {}", csv);
        }
        if (plot != null) {
            SpeedupPlot.write(List.of(table), String.format(Locale.ROOT,
                    "Speedup on %d processors, median of %d run%s", processors, repeat, repeat == 1 ? "" : "s"), plot);
            log.info("wrote {}", plot);
        }
        return CommandLine.ExitCode.OK;
    }

    private ThreadCount maxThreads() {
        if (maxThreads == null) {
            return ThreadCount.resolve(null, env, Runtime.getRuntime().availableProcessors());
        }
        if (maxThreads < 1 || maxThreads > ThreadCount.MAX_THREADS) {
            throw new UsageException("--max-threads: must be from 1 to " + ThreadCount.MAX_THREADS + ", not "
                    + maxThreads);
        }
        return new ThreadCount(maxThreads, "--max-threads");
    }

    /** The problem's columns, named as in the timing log so that tables of both read alike. */
    static Map<String, String> problemColumns(Problem problem) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("lambda", String.valueOf(problem.wavelength()));
        columns.put("nx", String.valueOf(problem.nx()));
        columns.put("ny", String.valueOf(problem.ny()));
        columns.put("nc", String.valueOf(problem.nc()));
        if (!problem.xc().equals(Problem.DEFAULT_XC) || !problem.yc().equals(Problem.DEFAULT_YC)) {
            columns.put("xc", problem.xc());
            columns.put("yc", problem.yc());
        }
        Problem defaults = Problem.defaults();
        if (problem.angle() != defaults.angle()) {
            columns.put("angle", String.valueOf(problem.angle()));
        }
        if (problem.insideTest() != defaults.insideTest()) {
            columns.put("inside_test", problem.insideTest().label());
        }
        return columns;
    }
}
