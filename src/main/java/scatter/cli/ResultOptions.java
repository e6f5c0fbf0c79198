package scatter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import scatter.geometry.RowBand;
import scatter.output.AnimationFrames;
import scatter.output.AtomicFile;
import scatter.output.FieldWriter;
import scatter.output.OutputFormat;
import scatter.output.PythonFloat;
import scatter.physics.Field;

/**
 * The options of every command that produces a field (the solver, {@code merge}): the result file,
 * the animation frames and the checksum line, with what they share: the checks before computing,
 * the checksum line's wording, and writing with failures explained.
 */
public final class ResultOptions {
    static final String DEFAULT_OUTPUT = "scatter.h5";
    /** The checksum line, as the teaching code prints it, up to the number. */
    static final String CHECKSUM_LABEL = "Sum of scattered field |amplitudes|^2: ";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Result file: .h5/.hdf5 (HDF5), .vtk (legacy VTK for ParaView/VisIt) or .png (a picture "
                    + "of the total field) (default: " + DEFAULT_OUTPUT + ").")
    Path output;

    @Option(names = {"-save", "--save"},
            description = "Also write the 20 animation frames scatter_0.vtk ... scatter_19.vtk next to the result file.")
    boolean save;

    @Option(names = {"-checksum", "--checksum"}, description = "Print the sum of |scattered field|^2 on stdout.")
    boolean checksum;

    /**
     * Whether a command with --no-output writes a result file. -o and --no-output contradict each
     * other; as for a repeated option, the one given last wins, so that a script's default can be
     * overridden.
     */
    static boolean writesResult(CommandSpec spec) {
        CommandLine.Model.OptionSpec output = spec.findOption("--output");
        CommandLine.Model.OptionSpec none = spec.findOption("--no-output");
        boolean write = true;
        for (CommandLine.Model.ArgSpec arg : spec.commandLine().getParseResult().matchedArgs()) {
            write = arg == output || (write && arg != none);
        }
        return write;
    }

    /** The result file: -o if given, else {@code defaultName}. */
    Path file(String defaultName) {
        return output != null ? output : Path.of(defaultName);
    }

    /**
     * The format of a result file, from its extension.
     *
     * @throws UsageException naming -o and the extensions there are
     */
    static OutputFormat formatOf(Path result) {
        return OutputFormat.of(result).orElseThrow(() -> new UsageException("-o: cannot tell the format of '" + result
                + "'; supported extensions: " + OutputFormat.supported()));
    }

    /** The directory the frames go to: the result file's, or the working directory. */
    static Path framesDirectory(Path result) {
        Path parent = result == null ? null : result.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

    /** Checks, before computing, that the result file (if any) and the frames (if asked for) can be written. */
    void checkWritable(Path result, OutputFiles outputs) {
        outputs.add("-o", result);
        if (save) {
            for (Path frame : AnimationFrames.files(framesDirectory(result))) {
                outputs.add("-save", frame);
            }
        }
    }

    /**
     * Memory that writing adds per node: the result's format's or the frames', whichever needs
     * more, since they are written one after the other.
     */
    long writerBytesPerNode(OutputFormat format) {
        long result = format == null ? 0 : format.bytesPerNode();
        return Math.max(result, save ? AnimationFrames.BYTES_PER_NODE : 0);
    }

    /** A part is an HDF5 part file; pictures and frames are made from the merged result. */
    void checkPartOutput(OutputFormat format, Path file) {
        if (format != null && format != OutputFormat.HDF5) {
            throw new UsageException("-o: a part is written as an HDF5 part file; give a name ending in .h5, not '"
                    + file + "' (scatter merge writes the joined result in any format)");
        }
        if (save) {
            throw new UsageException("-save: a part has only some rows; write the frames with scatter merge -save");
        }
    }

    /**
     * Prints the checksum line if asked, the number as the teaching code prints it (Python's
     * repr). A part's sum covers its band only, and its line says so, so that no script takes it
     * for the run's.
     *
     * @param band the part's band, or null for the whole grid
     */
    void printChecksum(PrintWriter out, RowBand band, double sum) {
        if (checksum) {
            String number = PythonFloat.repr(sum);
            out.println(band == null ? CHECKSUM_LABEL + number
                    : CHECKSUM_LABEL.replace(": ", " over " + band.describe() + ": ") + number);
            out.flush();
        }
    }

    /**
     * Writes the result file (if any) and, with -save, the frames, into the run's group of files.
     *
     * @throws IOException saying which file could not be written and why
     */
    void write(Field field, Path result, FieldWriter writer, Map<String, Object> attributes, AtomicFile.Group files)
            throws IOException {
        if (result != null) {
            Writes.inGroup(result, () -> files.write(result, tmp -> writer.write(field, attributes, tmp)));
        }
        if (save) {
            Path dir = framesDirectory(result);
            Writes.inGroup(dir.resolve("scatter_*.vtk"), () -> AnimationFrames.write(field, dir, files));
        }
    }

    /** For the log line after writing: " and 20 frames scatter_*.vtk" with -save, else nothing. */
    String framesWritten() {
        return save ? " and " + AnimationFrames.FRAMES + " frames scatter_*.vtk" : "";
    }
}
