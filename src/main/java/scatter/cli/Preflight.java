package scatter.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;
import scatter.physics.exact.system.BoundarySolver;
import scatter.solve.MemoryEstimate;
import scatter.solve.Model;
import scatter.solve.Problem;
import scatter.solve.SystemTooLargeException;

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
     * @param segments contour segments (nc for each obstacle: {@link scatter.solve.Problem#segments()})
     * @param writerBytesPerNode what writing the results adds per node
     * @param writing the format written, e.g. "HDF5", or null if none
     */
    static void checkMemory(long nodes, long segments, long writerBytesPerNode, String writing) {
        checkMemory(nodes, segments, writerBytesPerNode, writing, 0);
    }

    /**
     * As {@link #checkMemory(long, long, long, String)}, for the exact model's field with
     * {@code boundaryPoints} boundary points (0 for the Kirchhoff model).
     */
    static void checkMemory(long nodes, long segments, long writerBytesPerNode, String writing, int boundaryPoints) {
        MemoryEstimate memory = MemoryEstimate.of(nodes, segments, writerBytesPerNode, boundaryPoints);
        if (!memory.fits()) {
            // after the exact model's solve the heap still holds its matrices, garbage by now
            System.gc();
            memory = MemoryEstimate.of(nodes, segments, writerBytesPerNode, boundaryPoints);
        }
        if (!memory.fits()) {
            throw new UsageException(String.format(Locale.ROOT,
                    "-nx/-ny/-nc: this run needs about %s of memory (%d nodes, %d segments%s%s) but the Java heap"
                            + " has %s free; use a coarser grid or give Java more memory, e.g."
                            + " java -Xmx%s -jar scatter.jar ...",
                    bytes(memory.needed()), nodes, segments,
                    boundaryPoints == 0 ? "" : ", " + boundaryPoints + " boundary points",
                    writing == null ? "" : ", writing " + writing,
                    bytes(memory.available()), memory.suggestedXmx()));
        }
    }

    /**
     * Fails if a fixed number of boundary points (--points, on each obstacle) makes a linear system too large for the
     * Java heap; counts found by doubling are checked level by level as the solve reaches them.
     */
    static void checkSystemMemory(Problem problem) {
        Model model = problem.model();
        if (model.isExact() && model.fixedPoints()) {
            int points = problem.fixedPointsInAll();
            MemoryEstimate memory = MemoryEstimate.ofSystem(points);
            if (!memory.fits()) {
                throw new UsageException(systemTooLarge(new SystemTooLargeException(points, true, memory,
                        problem.obstacles().size())));
            }
        }
    }

    /**
     * The message for an exact-model system too large for the heap, e.g. "--points: the boundary
     * system at 4096 points needs about 424 MB of memory ...". Both ways out it offers work when
     * followed: the -Xmx covers the largest system the run may reach (for the doubling, the one at
     * its cap, not only the one refused), and the --points given fits in the heap as it is.
     */
    static String systemTooLarge(SystemTooLargeException e) {
        MemoryEstimate memory = e.memory();
        if (e.panelCap() > 0) {
            return String.format(Locale.ROOT, "--model exact: the polygon's system at %d unknowns, where the halving of"
                    + " its panels to meet --tol got to, needs about %s of memory but the Java heap has %s free; the"
                    + " halving may go on to %d unknowns, which need about %s; give Java more memory, e.g. java -Xmx%s"
                    + " -jar scatter.jar ..., or use a larger --tol", e.points(), bytes(memory.needed()),
                    bytes(memory.available()), e.panelCap(), bytes(e.largest().needed()), e.largest().suggestedXmx());
        }
        String more = e.fixed() ? "" : String.format(Locale.ROOT, "; the doubling may go on to %d points, which need"
                + " about %s", BoundarySolver.MAX_POINTS, bytes(e.largest().needed()));
        String fewer = e.fittingPoints() == 0 ? ""
                : ", or use --points " + e.fittingPoints() + " (the log then gives its estimated error)";
        return String.format(Locale.ROOT, "%s: the boundary system at %d points%s needs about %s of memory but the"
                        + " Java heap has %s free%s; give Java more memory, e.g. java -Xmx%s -jar scatter.jar ...%s",
                e.fixed() ? "--points" : "--model exact", e.points(),
                e.fixed() ? "" : ", where the doubling to meet --tol got to,", bytes(memory.needed()),
                bytes(memory.available()), more, e.largest().suggestedXmx(), fewer);
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
