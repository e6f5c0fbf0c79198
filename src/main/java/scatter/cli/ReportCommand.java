package scatter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scatter.timing.ScalingTable;
import scatter.timing.ScalingTableFormat;
import scatter.timing.TimingLog;
import scatter.timing.TimingReport;

/**
 * {@code scatter report}: the speedup tables of the runs recorded in timing logs (see
 * {@link TimingReport}).
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Compares the runs recorded in timing logs: the speedup of each core count.",
            "",
            "Reads the CSV files written by --timing-log (by any number of runs or Slurm jobs, e.g. "
                    + "'sbatch --cpus-per-task=N scatter.sl' for several N), groups the runs by problem and prints "
                    + "for each problem the median compute time per thread count, the speedup over the fewest "
                    + "threads (normally 1), the parallel efficiency and the throughput in million (node, segment) "
                    + "pairs per second. Runs of the Kirchhoff and the exact model are different problems; an exact "
                    + "run's time is its solve and its field, its pairs (node, boundary point).",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the run failed (e.g. the plot could not be written)",
            "2:bad usage or input (the message names the file and line)",
        },
        footer = {"%nExample:%n  for n in 1 2 4 8; do sbatch --cpus-per-task=$n scatter.sl -nc 1024; done",
            "  java -jar scatter.jar report scatter-timings.csv --plot speedup.png"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Timing logs written by scatter --timing-log.")
    List<Path> files;

    @Mixin
    TableOptions tableOptions = new TableOptions();

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Log log = verbosity.log();
        Preflight.rejectSolverOptions(spec);
        tableOptions.check();
        List<TimingLog.Run> runs = TimingLog.read(files);
        if (runs.isEmpty()) {
            throw new UsageException(String.join(", ", files.stream().map(Path::toString).toList())
                    + ": no runs recorded yet, only the header");
        }
        List<TimingReport.Group> groups = TimingReport.groups(runs);
        List<ScalingTable> tables = groups.stream().map(TimingReport.Group::table).toList();

        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < tables.size(); i++) {
            ScalingTable t = tables.get(i);
            int count = t.rows().stream().mapToInt(ScalingTable.Row::runs).sum();
            out.printf(Locale.ROOT, "%s%s: %d run%s%s%n", i == 0 ? "" : "\n", t.label(), count, count == 1 ? "" : "s",
                    t.baselineThreads() == 1 ? "" : "; no 1-thread run, speedups are over " + t.baselineThreads()
                            + " threads");
            out.print(ScalingTableFormat.text(t));
            if (t.rows().size() == 1) {
                out.println("(one thread count only: run the same problem on another number of cores to compare)");
            }
            groups.get(i).tooShort().ifPresent(advice -> out.println("(" + advice + ")"));
        }
        out.flush();
        log.info("{} runs from {} file{}, {} problem{}", runs.size(), files.size(), files.size() == 1 ? "" : "s",
                tables.size(), tables.size() == 1 ? "" : "s");
        tableOptions.write(tables, "Speedup, median of the runs at each thread count", log);
        return CommandLine.ExitCode.OK;
    }
}
