package scatter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scatter.solve.Problem;
import scatter.geometry.InsideTest;
import scatter.output.AnimationFrames;
import scatter.output.AtomicFile;
import scatter.output.OutputFormat;
import scatter.split.PartFile;
import scatter.split.PartMerge;
import scatter.physics.Field;

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
            "Checks first that the parts come from the same inputs, that together they hold every band of "
                    + "rows exactly once, and that each part's data match its own SHA-256 checksum; a missing, "
                    + "duplicated, damaged or mismatched part is named, and then nothing is written.",
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
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PART", arity = "1..*", description = "The part files, in any order.")
    List<Path> parts;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Result file: .h5/.hdf5 (HDF5), .vtk (legacy VTK for ParaView/VisIt) or .png (a picture "
                    + "of the total field) (default: " + ScatterCommand.DEFAULT_OUTPUT + ").")
    Path output;

    @Option(names = {"-save", "--save"},
            description = "Also write the 20 animation frames scatter_0.vtk ... scatter_19.vtk next to the result file.")
    boolean save;

    @Option(names = {"-checksum", "--checksum"},
            description = "Print the sum of |scattered field|^2 on stdout, as a single run prints it.")
    boolean checksum;

    @Mixin
    QuietOption quiet = new QuietOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Logger log = LoggerFactory.getLogger(MergeCommand.class);
        ScatterCommand.rejectSolverOptions(spec);
        Path result = output != null ? output : Path.of(ScatterCommand.DEFAULT_OUTPUT);
        OutputFormat format = ScatterCommand.formatOf(result);
        ScatterCommand.checkDirectoryWritable("-o", result);
        Path frameDir = ScatterCommand.framesDirectory(result);
        if (save) {
            ScatterCommand.checkDirectoryWritable("-save", frameDir.resolve("scatter_0.vtk"));
        }
        for (Path part : parts) {
            if (Files.exists(result) && Files.exists(part) && Files.isSameFile(part, result)) {
                throw new UsageException("-o: " + result + " is one of the parts to merge; give the result another name");
            }
        }

        PartMerge.Plan plan = PartMerge.check(parts);
        Problem problem = problem(plan.inputs(), plan.headers().get(0).file());
        ScatterCommand.checkMemory(problem, plan.grid().nodes(), format, save);
        Map<String, Object> attributes = ScatterCommand.attributes(problem, plan.threads());
        log.info("merging {} parts of a {} x {} grid", plan.parts(), plan.grid().nx() + 1, plan.grid().ny() + 1);
        Field field = plan.assemble();
        if (Thread.interrupted()) {
            throw new InterruptedException(); // SIGTERM or Ctrl-C while the parts were read
        }
        if (checksum) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(ScatterCommand.CHECKSUM_LABEL + field.checksum());
            out.flush();
        }
        ScatterCommand.writeOrExplain(result,
                () -> AtomicFile.write(result, tmp -> format.writer().write(field, attributes, tmp)));
        if (save) {
            ScatterCommand.writeOrExplain(frameDir.resolve("scatter_*.vtk"), () -> AnimationFrames.write(field, frameDir));
        }
        log.info("merged {} parts, {} nodes ({} inside); wrote {}{}", plan.parts(), field.grid().nodes(),
                field.insideCount(), result, save ? " and " + AnimationFrames.FRAMES + " frames scatter_*.vtk" : "");
        if (Thread.interrupted()) {
            throw new InterruptedException(); // a signal came while the last file was written
        }
        return CommandLine.ExitCode.OK;
    }

    /**
     * The problem the parts were computed for, from the inputs they store: the attributes a single
     * run writes are made from it, so the merged file has them in the same order and of the same
     * types.
     *
     * @throws UsageException if the inputs are not exactly those this version writes
     */
    static Problem problem(Map<String, Object> inputs, Path from) {
        Problem problem;
        try {
            String label = (String) inputs.get("inside_test");
            InsideTest.Kind inside = null;
            for (InsideTest.Kind kind : InsideTest.Kind.values()) {
                if (kind.label().equals(label)) {
                    inside = kind;
                }
            }
            problem = new Problem((Double) inputs.get("lambda"), (Integer) inputs.get("nx"), (Integer) inputs.get("ny"),
                    (Integer) inputs.get("nc"), (String) inputs.get("xc"), (String) inputs.get("yc"),
                    (Double) inputs.get("angle"), inside);
        } catch (ClassCastException | NullPointerException e) {
            problem = null;
        }
        Map<String, Object> written = new LinkedHashMap<>();
        if (problem != null && problem.insideTest() != null) {
            written.putAll(ScatterCommand.attributes(problem, 1));
            written.remove(PartFile.THREADS);
        }
        if (written.isEmpty() || !written.equals(inputs)) {
            throw new UsageException(from + ": its inputs " + inputs + " are not those this version of scatter "
                    + "writes (" + String.join(", ", ScatterCommand.attributes(Problem.defaults(), 1).keySet())
                    + "); merge it with the version that computed it");
        }
        return problem;
    }
}
