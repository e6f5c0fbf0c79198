package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

/**
 * The packaged jar as a process, for what only a real process shows: signals (Slurm's SIGTERM at
 * the time limit, Ctrl-C's SIGINT), the output directory vanishing mid-run, and the memory check
 * against a real -Xmx. Run by maven-failsafe in {@code verify}, after the jar is packaged.
 * Each run is bounded: the process is killed if it outlives its test. Each gets a heap of
 * {@value #HEAP} unless the test sets its own, so that the runs behave alike on every machine.
 */
class JarIT {
    /** A run that computes for tens of seconds on two threads, so a signal lands mid-computation. */
    private static final String[] LONG_RUN = {"-nx", "1000", "-ny", "1000", "-nc", "1024", "-t", "2"};
    /** The heap of the jar's runs, whatever the machine's memory. */
    private static final String HEAP = "-Xmx1g";
    /** How long a stop after a signal may take: workers stop within a node, well under a second. */
    private static final long STOP_SECONDS = 10;

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void sigtermDuringTheComputationStopsPromptlyWith143AndKeepsTheOlderResult() throws Exception {
        Path result = dir.resolve("out.h5");
        Files.writeString(result, "older result");
        Started run = start(List.of(), LONG_RUN, "-o", result.toString());
        run.awaitLog("threads (from");
        Thread.sleep(500);
        signal(run, "TERM");
        assertEquals(143, run.awaitExit(STOP_SECONDS));
        assertEquals("scatter: interrupted by SIGTERM; the run stopped and left no partial result file",
                run.lastLine());
        assertEquals("older result", Files.readString(result));
        assertEquals(List.of("out.h5"), TestFiles.names(dir));
    }

    @Test
    void sigintDuringTheComputationStopsPromptlyWith130() throws Exception {
        Path result = dir.resolve("out.vtk");
        // a job started in the background may have SIGINT ignored, and then keeps it ignored:
        // env gives the jar the default handling, as in an interactive shell
        Started run = start(List.of("env", "--default-signal=INT"), LONG_RUN, "-o", result.toString());
        run.awaitLog("threads (from");
        Thread.sleep(500);
        signal(run, "INT");
        assertEquals(130, run.awaitExit(STOP_SECONDS));
        assertEquals("scatter: interrupted by SIGINT; the run stopped and left no partial result file", run.lastLine());
        assertEquals(List.of(), TestFiles.names(dir));
    }

    @Test
    void sigtermWhileTheResultIsWrittenLeavesNoPartialFile() throws Exception {
        Path result = dir.resolve("out.h5");
        Files.writeString(result, "older result");
        // a big grid against few segments: computing takes a second, writing HDF5 several
        Started run = start(List.of(), new String[] {"-nx", "2000", "-ny", "2000", "-nc", "8", "-t", "2"},
                "-o", result.toString());
        await(() -> hasTemporary(dir), 120, "the temporary result file");
        signal(run, "TERM");
        assertEquals(143, run.awaitExit(STOP_SECONDS));
        assertEquals("older result", Files.readString(result));
        assertEquals(List.of("out.h5"), TestFiles.names(dir));
    }

    @Test
    void outputDirectoryRemovedMidRunIsExit1WithAClearMessage() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("results"));
        Path result = sub.resolve("out.h5");
        Started run = start(List.of(), new String[] {"-nx", "400", "-ny", "400", "-nc", "512", "-t", "2"},
                "-o", result.toString());
        run.awaitLog("threads (from");
        TestFiles.deleteTree(sub);
        assertEquals(1, run.awaitExit(120));
        assertTrue(run.lastLine().startsWith("scatter: error: could not write " + result
                + ": no such file or directory"), run.lastLine());
        assertFalse(run.log().contains("\tat "), run.log());
        assertEquals(List.of(), TestFiles.names(dir));
    }

    @Test
    void aRunTooBigForTheHeapIsRefusedAndTheSuggestedXmxIsEnough() throws Exception {
        Path result = dir.resolve("out.h5");
        String[] grid = {"-nx", "1500", "-ny", "1500", "-nc", "8", "-t", "2"};
        Started small = start(List.of(), new String[] {"-Xmx64m"}, grid, "-o", result.toString());
        assertEquals(2, small.awaitExit(30));
        Matcher m = Pattern.compile("java (-Xmx[0-9]+[mg]) -jar").matcher(small.lastLine());
        assertTrue(m.find(), small.lastLine());
        assertEquals(List.of(), TestFiles.names(dir));

        Started enough = start(List.of(), new String[] {m.group(1)}, grid, "-o", result.toString());
        assertEquals(0, enough.awaitExit(120), enough.log());
        assertEquals(List.of("out.h5"), TestFiles.names(dir));
    }

    @Test
    void sigtermWhileTheExactModelFactorsItsMatrixStopsWithin1SecondWith143() throws Exception {
        Path result = dir.resolve("out.h5");
        Files.writeString(result, "older result");
        // 4096 points fixed: the 2048-point level, then the 4096-point one, whose LU (1.8e11 flops)
        // takes seconds on two cores; signalled inside that level's solve, which stops between two
        // of the LU's blocks
        Started run = start(List.of(), new String[] {"--model", "exact", "-lambda", "0.05", "-nx", "64", "-ny", "64",
            "--points", "4096", "-t", "2"}, "-o", result.toString());
        run.awaitLog("exact model: solving the boundary equation");
        Thread.sleep(4000);
        assertTrue(run.process().isAlive(), "the solve ended before the signal: " + run.log());
        long signalled = System.nanoTime();
        signal(run, "TERM");
        assertEquals(143, run.awaitExit(STOP_SECONDS));
        double seconds = (System.nanoTime() - signalled) * 1e-9;
        assertTrue(run.log().contains("interrupted by SIGTERM"), run.log());
        assertFalse(run.log().contains("exact model, sound-hard: "), "stopped before the solve ended: " + run.log());
        assertTrue(seconds < 1, "stopped " + seconds + " s after the signal");
        assertEquals("older result", Files.readString(result));
        assertEquals(List.of("out.h5"), TestFiles.names(dir));
    }

    @Test
    void anExactSystemTooBigForTheHeapIsRefusedWithWaysOutThatWorkWhenFollowed() throws Exception {
        Path result = dir.resolve("out.h5");
        // the default obstacle at lambda 0.1 settles at 1024 points, whose system (34 MB with the
        // heap's margin) does not fit in a 32 MB heap; 512 points do
        String[] problem = {"--model", "exact", "-lambda", "0.1", "-nx", "16", "-ny", "16", "-o", result.toString()};
        String small = "-Xmx32m";

        // a fixed count: refused before anything is solved
        String[] fixed = concat(problem, "--points", "1024");
        Started refused = start(List.of(), new String[] {small}, fixed, new String[0]);
        assertEquals(2, refused.awaitExit(30));
        String line = refused.lastLine();
        assertTrue(line.matches("scatter: --points: the boundary system at 1024 points needs about 34 MB of memory but"
                + " the Java heap has \\d+ MB free; give Java more memory, e.g. java -Xmx\\d+m -jar scatter.jar \\.\\.\\.,"
                + " or use --points \\d+ \\(the log then gives its estimated error\\)"), line);
        assertFalse(refused.log().contains("\tat "), refused.log());
        assertEquals(List.of(), TestFiles.names(dir));
        assertFollowingWorks(line, small, fixed);

        Files.delete(result);     // written by the runs that followed the advice
        // found by doubling: refused at the level that does not fit, with a heap for the largest
        // level the doubling may reach (8192 points), not only for this one
        Started doubling = start(List.of(), new String[] {small}, problem, new String[0]);
        assertEquals(2, doubling.awaitExit(60));
        line = doubling.lastLine();
        assertTrue(line.startsWith("scatter: --model exact: the boundary system at 1024 points, where the doubling to"
                + " meet --tol got to, needs about 34 MB of memory but the Java heap has "), line);
        assertTrue(line.contains("; the doubling may go on to 8192 points, which need about 1.6 GB; give Java more"
                + " memory, e.g. java -Xmx"), line);
        assertFalse(line.contains("--tol,"), "a larger --tol cannot make a level fit: " + line);
        assertEquals(List.of(), TestFiles.names(dir));
        assertFollowingWorks(line, small, problem);
    }

    /**
     * A polygon's system on RCIP's panels too large for the heap (the hard square's second panel length
     * at lambda 0.105, 2496 unknowns of the single layer, in 96 MB; at the default lambda its 512 now fit)
     * is refused in the panels' words, without --points (refused for polygons),
     * with a heap for the most unknowns the halving may reach; followed, the run finishes.
     */
    @Test
    void aPolygonsSystemTooBigForTheHeapIsRefusedWithAHeapThatWorks() throws Exception {
        String[] problem = {"--model", "exact", "-xc", "(abs(4*t-2)-1)-(abs(2-abs(4*t-1))-1)", "-yc",
            "(abs(4*t-2)-1)+(abs(2-abs(4*t-1))-1)", "--tol", "1e-8", "-lambda", "0.105", "-nx", "16", "-ny", "16",
            "--no-output"};
        Started refused = start(List.of(), new String[] {"-Xmx96m"}, problem, new String[0]);
        assertEquals(2, refused.awaitExit(60));
        String line = refused.lastLine();
        assertTrue(line.startsWith("scatter: --model exact: the polygon's system at 2496 unknowns, where the halving of"
                + " its panels to meet --tol got to, needs about "), line);
        assertTrue(line.contains("the halving may go on to 4096 unknowns"), line);
        assertFalse(line.contains("--points"), line);
        assertFalse(refused.log().contains("\tat "), refused.log());
        Matcher xmx = Pattern.compile("java (-Xmx\\d+[mg]) -jar").matcher(line);
        assertTrue(xmx.find(), line);
        Started more = start(List.of(), new String[] {xmx.group(1)}, problem, new String[0]);
        assertEquals(0, more.awaitExit(180), xmx.group(1) + ": " + more.log());
    }

    /**
     * Runs {@code run} again with the -Xmx the refusal suggests, and with its heap and the --points
     * it suggests: both must get past every memory check and finish.
     */
    private void assertFollowingWorks(String refusal, String heap, String[] run) throws Exception {
        Matcher xmx = Pattern.compile("java (-Xmx\\d+[mg]) -jar").matcher(refusal);
        assertTrue(xmx.find(), refusal);
        Started more = start(List.of(), new String[] {xmx.group(1)}, run, new String[0]);
        assertEquals(0, more.awaitExit(120), xmx.group(1) + ": " + more.log());
        Matcher points = Pattern.compile("use --points (\\d+)").matcher(refusal);
        assertTrue(points.find(), refusal);
        List<String> fewer = new ArrayList<>(List.of(run));
        int at = fewer.indexOf("--points");
        if (at >= 0) {
            fewer.subList(at, at + 2).clear();
        }
        fewer.addAll(List.of("--points", points.group(1)));
        Started fits = start(List.of(), new String[] {heap}, fewer.toArray(new String[0]), new String[0]);
        assertEquals(0, fits.awaitExit(120), "--points " + points.group(1) + ": " + fits.log());
        assertTrue(fits.log().contains("exact model, sound-hard: " + points.group(1) + " boundary points (fixed by"
                + " --points; solved at " + Integer.parseInt(points.group(1)) / 2 + ", " + points.group(1)
                + "), estimated error "), fits.log());
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(new String[0]);
    }

    @Test
    void theLoggedWallTimeIsTheProcessTimeMeasuredFromOutside() throws Exception {
        Path log = dir.resolve("timings.csv");
        double smallestGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 5; i++) {
            long before = System.nanoTime();
            Started run = start(List.of(), new String[] {"-nx", "64", "-ny", "64", "-nc", "64", "-t", "1"},
                    "--timing-log", log.toString(), "--no-output");
            assertEquals(0, run.awaitExit(60), run.log());
            double outside = (System.nanoTime() - before) * 1e-9;
            List<String> lines = Files.readAllLines(log);
            List<String> header = List.of(lines.get(0).split(","));
            double wall = Double.parseDouble(lines.get(lines.size() - 1).split(",")[header.indexOf("wall_seconds")]);
            // the logged time leaves out only the launcher's first milliseconds and the JVM's exit,
            // so it is a little shorter than the process as seen from here, never longer
            assertTrue(wall <= outside, "logged " + wall + " s, the process took " + outside + " s");
            smallestGap = Math.min(smallestGap, outside - wall);
        }
        // on a busy machine the launcher itself may take longer than usual before the JVM notes its
        // start, so one quiet run of five is asked to show how little is left out
        assertTrue(smallestGap <= 0.25, "the logged time left out at least " + smallestGap + " s of the process");
    }

    // ---- running the jar ----

    /** A started jar and the file its stderr goes to. */
    private record Started(Process process, Path stderr) {
        String log() throws IOException {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        }

        String lastLine() throws IOException {
            List<String> lines = log().lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        void awaitLog(String text) throws Exception {
            await(() -> {
                try {
                    return log().contains(text);
                } catch (IOException e) {
                    return false;
                }
            }, 60, "'" + text + "' on stderr");
        }

        int awaitExit(long seconds) throws Exception {
            assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "the process did not end within " + seconds + " s: "
                    + log());
            return process.exitValue();
        }
    }

    private Started start(List<String> prefix, String[] run, String... more) throws IOException {
        return start(prefix, new String[] {HEAP}, run, more);
    }

    private Started start(List<String> prefix, String[] jvm, String[] run, String... more) throws IOException {
        Path jar = Path.of(System.getProperty("scatter.buildDirectory", "target"), "scatter.jar");
        assertTrue(Files.isRegularFile(jar), "no " + jar + ": run mvn verify, which packages it first");
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvm));
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(run));
        command.addAll(List.of(more));
        Path stderr = Files.createTempFile("scatter-it-", ".err");
        stderr.toFile().deleteOnExit();
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        pb.environment().remove("OMP_NUM_THREADS");
        Process p = pb.start();
        started.add(p);
        return new Started(p, stderr);
    }

    private static void signal(Started run, String name) throws Exception {
        // bash's built-in kill: a bare Debian machine may have no /bin/kill (package procps)
        Process kill = new ProcessBuilder("bash", "-c", "kill -" + name + " " + run.process().pid()).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + name);
    }

    private static void await(BooleanSupplier condition, long seconds, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited " + seconds + " s for " + what);
            Thread.sleep(10);
        }
    }

    private static boolean hasTemporary(Path dir) {
        try {
            return TestFiles.names(dir).stream().anyMatch(n -> n.endsWith(".part"));
        } catch (IOException e) {
            return false;
        }
    }
}
