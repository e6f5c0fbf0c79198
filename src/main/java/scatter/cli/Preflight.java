package scatter.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import scatter.solve.MemoryEstimate;

/**
 * The checks every command makes before it computes anything, so that a mistake costs no compute
 * time: output directories, the memory a run needs, options given in the wrong place. Each failure
 * is a {@link UsageException} naming the option.
 */
final class Preflight {
    private Preflight() {
    }

    /**
     * Fails if the file's directory is missing or not writable. Writability is tried with a real
     * file: permission bits do not tell (root may write anywhere, a read-only or special file
     * system refuses everyone).
     *
     * @param option the option that named the file, for the message; nothing is checked for a null file
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

    /**
     * Fails if the run cannot fit in the Java heap, saying how much it needs and which -Xmx would do.
     *
     * @param nodes nodes computed: all, or a part's band
     * @param segments contour segments (nc)
     * @param writerBytesPerNode what writing the results adds per node
     * @param writing the format written, e.g. "HDF5", or null if none
     */
    static void checkMemory(long nodes, int segments, long writerBytesPerNode, String writing) {
        MemoryEstimate memory = MemoryEstimate.of(nodes, segments, writerBytesPerNode);
        if (!memory.fits()) {
            throw new UsageException(String.format(Locale.ROOT,
                    "-nx/-ny/-nc: this run needs about %s of memory (%d nodes, %d segments%s) but the Java heap"
                            + " has %s free; use a coarser grid or give Java more memory, e.g."
                            + " java -Xmx%s -jar scatter.jar ...",
                    bytes(memory.needed()), nodes, segments, writing == null ? "" : ", writing " + writing,
                    bytes(memory.available()), memory.suggestedXmx()));
        }
    }

    private static String bytes(long n) {
        return n >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", (n + (1 << 20) - 1) >> 20);
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
}
