package scatter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
import scatter.output.PythonFloat;
import scatter.physics.PreparedProblem;
import scatter.solve.Evaluation;
import scatter.solve.PreparedModel;
import scatter.solve.Problem;
import scatter.timing.ScalingSweep;
import scatter.timing.ScalingTable;
import scatter.timing.ScalingTableFormat;
import scatter.timing.TimingRecord;

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
            "With --model exact each run solves the boundary equation and then computes the field, as a run's "
                    + "compute time counts them: the matrix assembly, the LU factorisation and the field all "
                    + "use the threads; pairs are (node, boundary point).",
            "To compare Slurm jobs with different --cpus-per-task instead, use 'scatter report'.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the run failed (e.g. the plot could not be written)",
            "2:bad usage or input (the message names the option)",
        },
        footer = {"%nExample:%n  java -jar scatter.jar scaling -nx 256 -ny 256 -nc 1024 --plot speedup.png"})
public final class ScalingCommand implements Callable<Integer> {
    @Mixin
    EvaluationOptions evaluation = new EvaluationOptions();

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

    @Mixin
    TableOptions tableOptions = new TableOptions();

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    /** A command that reads the default thread count from {@code env} (System.getenv() in production). */
    public ScalingCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Log log = verbosity.log();
        Preflight.rejectSolverOptions(spec);
        int processors = Runtime.getRuntime().availableProcessors();
        ThreadCount max = maxThreads();
        if (repeat < 1) {
            throw new UsageException("--repeat: must be at least 1, not " + repeat);
        }
        if (warmups < 0) {
            throw new UsageException("--warmup: must be 0 or more, not " + warmups);
        }
        tableOptions.check();
        Problem problem = problemOptions.problem();
        problem.checkNumbers();
        // one field at a time: each run's field is garbage once its checksum is taken
        Preflight.checkMemory(problem.nodes(), problem.segments(), evaluation.bytesPerNode(), null,
                problem.fixedPointsInAll());
        Preflight.checkSystemMemory(problem);
        // checks the problem (and finds the exact model's boundary points) before anything is timed
        PreparedModel model = problem.prepare(max.threads());
        ModelLog.solved(problem, model, log);
        PreparedProblem prepared = model.problem();
        for (String note : ModelLog.contourNotes(model)) {
            log.warn(note);
        }

        List<Integer> threads = ScalingSweep.threadCounts(max.threads());
        int sources = prepared.sources().count();
        log.info("threads {} (largest from {}); {} processors available; grid {} x {} nodes, {}; "
                        + "{} warm-up run(s), then {} timed run(s) per thread count{}",
                threads, max.source(), processors, problem.nx() + 1, problem.ny() + 1, ModelLog.sources(model),
                warmups, repeat, model.exact() == null ? ""
                        : "; each solves the boundary equation (assembly and LU on the threads) and the field");
        warnAboutLoad(log, max.threads(), processors);
        Evaluation used = evaluation.forRun((double) prepared.grid().nodes() * sources, max.threads(), log);
        ScalingSweep sweeper = model.exact() == null ? ScalingSweep.of(prepared, used) : ScalingSweep.of(problem, used);
        ScalingSweep.Result sweep = sweeper.run(threads, warmups, repeat,
                (t, rep, of, seconds) -> log.info("{} thread{}, {}: {} s", t, t == 1 ? "" : "s",
                        rep == 0 ? "warm-up" : "run " + rep + " of " + of,
                        String.format(Locale.ROOT, "%.3f", seconds)));

        long pairs = TimingRecord.pairs(sweep.nodes(), sweep.insideNodes(), sources);
        Map<String, String> columns = ScalingTable.columns(problem);
        if (model.exact() != null) {
            columns.put(TimingRecord.POINTS, String.valueOf(model.points()));
        }
        if (used.isFmm()) {
            columns.put(TimingRecord.EVALUATION, TimingOptions.label(used));
        }
        ScalingTable table = new ScalingTable(columns, sweep.seconds(), pairs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Scaling of %s: %d nodes (%d inside the obstacle%s), %s; median of %d run%s%n",
                table.label(), sweep.nodes(), sweep.insideNodes(), problem.obstacles().size() == 1 ? "" : "s",
                model.exact() == null ? sources + " segments"
                        : model.points() + " boundary points", repeat, repeat == 1 ? "" : "s");
        out.print(ScalingTableFormat.text(table));
        out.println("Checksum, the same for every thread count: " + PythonFloat.repr(sweep.checksum()));
        out.flush();
        if (table.rows().get(0).medianSeconds() < 0.2) {
            log.warn("runs this short time the thread pool's start-up as much as the computing; for speedups "
                    + "that mean something use a larger problem (e.g. {})",
                    model.exact() == null ? "-nx 256 -ny 256 -nc 1024" : "-nx 512 -ny 512");
        }
        tableOptions.write(List.of(table), String.format(Locale.ROOT, "Speedup on %d processors, median of %d run%s",
                processors, repeat, repeat == 1 ? "" : "s"), log);
        return CommandLine.ExitCode.OK;
    }

    /** Warns when the sweep cannot show a speedup: more threads than processors, or others using them. */
    private static void warnAboutLoad(Log log, int maxThreads, int processors) {
        if (maxThreads > processors) {
            log.warn("{} threads on {} processors: threads beyond {} share processors and cannot speed the run up",
                    maxThreads, processors, processors);
        }
        // other programs busy on the machine (a shared login node) take processors the sweep needs
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load >= processors - Math.min(maxThreads, processors) + 1) {
            log.warn("load average {} on {} processors before starting: other programs are using processors that "
                    + "{} threads need, so speedups will come out low; measure when the machine is quieter "
                    + "(see uptime or top)", String.format(Locale.ROOT, "%.2f", load), processors, maxThreads);
        }
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
}
