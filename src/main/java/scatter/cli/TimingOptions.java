package scatter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Option;
import scatter.physics.Field;
import scatter.solve.Problem;
import scatter.timing.CoreCountAdvice;
import scatter.timing.TimingLog;
import scatter.solve.Evaluation;
import scatter.timing.TimingRecord;
import scatter.timing.WallClock;

/**
 * The solver's {@code --timing-log}: one row of timings per run, for comparing core counts later
 * with {@code scatter report}, and a word in the log when the run was too short for that.
 */
final class TimingOptions {
    @Option(names = "--timing-log", paramLabel = "FILE",
            description = "Append one CSV row of timings (threads, sizes, seconds) to FILE; compare runs with "
                    + "'scatter report FILE'.")
    Path timingLog;

    /**
     * Checks, before computing, that the log (if any) can be written, and that an exact-model run's
     * row can say so: a log begun before the model columns existed keeps its layout, in which the
     * row would pass for a Kirchhoff run's; likewise a run of several obstacles, in a log begun
     * before the obstacle count.
     */
    void check(Problem problem, Evaluation evaluation, OutputFiles outputs) throws IOException {
        outputs.add("--timing-log", timingLog);
        if (timingLog != null && Files.exists(timingLog) && !Files.isWritable(timingLog)) {
            throw new UsageException("--timing-log: cannot append to " + timingLog + " (permission denied)");
        }
        if (timingLog != null && problem.model().isExact()
                && !TimingLog.columnsFor(timingLog).contains(TimingRecord.MODEL)) {
            throw new UsageException("--timing-log: " + timingLog + " was begun by an earlier version, without the"
                    + " column '" + TimingRecord.MODEL + "', so an exact-model run would pass for a Kirchhoff run in"
                    + " it; give a new file (report reads both)");
        }
        if (timingLog != null && problem.obstacles().size() > 1
                && !TimingLog.columnsFor(timingLog).contains(TimingRecord.OBSTACLES)) {
            throw new UsageException("--timing-log: " + timingLog + " was begun by an earlier version, without the"
                    + " column '" + TimingRecord.OBSTACLES + "', so a run of " + problem.obstacles().size()
                    + " obstacles would pass for a run of one in it; give a new file (report reads both)");
        }
        if (timingLog != null && evaluation.isFmm()
                && !TimingLog.columnsFor(timingLog).contains(TimingRecord.EVALUATION)) {
            throw new UsageException("--timing-log: " + timingLog + " was begun by an earlier version, without the"
                    + " column '" + TimingRecord.EVALUATION + "', so an FMM run would pass for a direct sum in it;"
                    + " give a new file (report reads both)");
        }
    }

    /** The evaluation column's value: "direct", or "fmm(TOL)". */
    static String label(Evaluation evaluation) {
        return evaluation.isFmm() ? "fmm(" + evaluation.tolerance() + ")" : evaluation.method().label();
    }

    /**
     * What a finished run measured, for its row.
     *
     * @param sources the sources the kernel summed at each node: segments, or (some of) the exact
     *     model's boundary points
     * @param points the model's discretisation: segments, or the exact model's boundary points
     * @param computeSeconds the computing on the pool: the field, and the exact model's solve
     */
    record Measured(int threads, String threadSource, Field field, long sources, int points, double computeSeconds,
            double checksum, double threadPairsPerSecond, Evaluation evaluation) {
    }

    /**
     * Appends the run's row, if there is a log, and says in the log when the run computed too
     * briefly for its time to compare core counts, with a size that would do.
     */
    void record(Problem problem, Measured run, Map<String, String> env, Log log) throws IOException {
        if (timingLog == null) {
            return;
        }
        int inside = run.field().insideCount();
        long nodes = run.field().grid().nodes();
        TimingRecord row = new TimingRecord(Instant.now().toString(), SlurmJob.host(env), SlurmJob.jobId(env),
                run.threads(), run.threadSource(), problem.wavelength(), problem.nx(), problem.ny(), problem.nc(),
                nodes, inside, TimingRecord.pairs(nodes, inside, run.sources()), run.computeSeconds(),
                WallClock.secondsSinceJvmStart(), run.checksum(), run.threadPairsPerSecond(),
                problem.model().kind().label(), problem.model().condition().label(),
                problem.model().isExact() ? run.points() : 0, problem.obstacles().size(), label(run.evaluation()));
        Writes.explained(timingLog, () -> TimingLog.append(timingLog, row));
        CoreCountAdvice.of(new CoreCountAdvice.Run(run.computeSeconds(), run.threads(), problem.nx(), problem.ny(),
                problem.nc(), nodes, inside, run.sources(), !problem.model().isExact(), run.threadPairsPerSecond()))
                .ifPresent(advice -> log.warn(advice));
    }
}
