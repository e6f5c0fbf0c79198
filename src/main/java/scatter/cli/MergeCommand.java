package scatter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scatter.output.OutputFormat;
import scatter.output.ResultLayout;
import scatter.physics.Field;
import scatter.solve.Problem;
import scatter.split.PartMerge;

/**
 * {@code scatter merge}: joins the part files of a run split with {@code --part I/N} (e.g. over a
 * Slurm job array) into the result file a single run would have written (see {@link PartMerge}).
 */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Joins the parts of a run split with --part I/N (for instance the tasks of a Slurm job array) into "
                    + "one result file, the same file a single run with the same inputs writes: its fields are "
                    + "bit for bit the same, for any number of parts and threads.",
            "",
            "Checks first that the parts come from the same inputs (the same model, boundary condition and "
                    + "boundary points too) and were evaluated alike (directly, or all with --fmm at the same "
                    + "--fmm-tol), that together they hold every band of rows exactly once, and that each "
                    + "part's data match its own SHA-256 checksum; a missing, duplicated, damaged or mismatched part "
                    + "is named, and then nothing is written.",
            "The result's 'threads' attribute is the threads each part used (the largest, if they differed).",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the result file could not be written",
            "2:bad usage, or the parts are incomplete, damaged or from different runs (the message names the part)",
        },
        footer = {"%nExample:%n  for i in 0 1 2; do java -jar scatter.jar --part $i/3 -nx 512 -o part$i.h5; done",
            "  java -jar scatter.jar merge part*.h5 -o result.h5 -checksum"})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PART", arity = "1..*", description = "The part files, in any order.")
    List<Path> parts;

    @Mixin
    ResultOptions result = new ResultOptions();

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Log log = verbosity.log();
        Preflight.rejectSolverOptions(spec);
        Path file = result.file(ResultOptions.DEFAULT_OUTPUT);
        OutputFormat format = ResultOptions.formatOf(file);
        result.checkWritable(file, new OutputFiles());
        for (Path part : parts) {
            if (Files.exists(file) && Files.exists(part) && Files.isSameFile(part, file)) {
                throw new UsageException("-o: " + file + " is one of the parts to merge; give the result another name");
            }
        }

        PartMerge.Plan plan = PartMerge.check(parts);
        Problem problem = plan.problem();
        Preflight.checkMemory(plan.grid().nodes(), problem.segments(), result.writerBytesPerNode(format), format.name());
        log.info("merging {} parts of a {} x {} grid", plan.parts(), plan.grid().nx() + 1, plan.grid().ny() + 1);
        PartMerge.Merged merged = plan.merge();
        Field field = merged.field();
        if (Thread.interrupted()) {
            throw new InterruptedException(); // SIGTERM or Ctrl-C while the parts were read
        }
        Writes.together(files -> result.write(field, file, format.writer(merged.boundary(), merged.farField()),
                ResultLayout.attributes(problem, merged.boundary(), plan.evaluation(), plan.threads()), files));
        result.printChecksum(spec.commandLine().getOut(), null, field.checksum());
        log.info("merged {} parts, {} nodes ({} inside); wrote {}{}", plan.parts(), field.grid().nodes(),
                field.insideCount(), file, result.framesWritten());
        if (Thread.interrupted()) {
            throw new InterruptedException(); // a signal came while the last file was written
        }
        return CommandLine.ExitCode.OK;
    }
}
