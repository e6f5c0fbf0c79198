package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in-process: exit codes, messages, outputs. */
class ScatterCommandTest {
    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = scatter.Main.commandLine(new ScatterCommand(env));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void checksumLineAndHdf5Output() throws Exception {
        Path h5 = dir.resolve("out.h5");
        Run r = run(Map.of(), "-checksum", "-nx", "40", "-ny", "30", "-nc", "64", "-t", "2", "-o", h5.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("Sum of scattered field \\|amplitudes\\|\\^2: [0-9.E+-]+\\R"), r.out());
        assertTrue(Files.size(h5) > 0);
        assertEquals(List.of("out.h5"), names());
    }

    @Test
    void angleAndInsideTestAreRecordedInTheResult() throws Exception {
        Path h5 = dir.resolve("out.h5");
        Run r = run(Map.of(), "-nx", "10", "-ny", "10", "-nc", "32", "--angle", "30", "--inside-test", "cross",
                "-o", h5.toString());
        assertEquals(0, r.exit(), r.err());
        try (io.jhdf.HdfFile hdf = new io.jhdf.HdfFile(h5)) {
            assertEquals(30.0, ((Number) scalar(hdf.getAttribute("angle").getData())).doubleValue());
            assertEquals("cross", scalar(hdf.getAttribute("inside_test").getData()));
        }
        r = run(Map.of(), "-nx", "10", "-ny", "10", "-nc", "32", "-o", h5.toString());
        assertEquals(0, r.exit(), r.err());
        try (io.jhdf.HdfFile hdf = new io.jhdf.HdfFile(h5)) {
            assertEquals(0.0, ((Number) scalar(hdf.getAttribute("angle").getData())).doubleValue());
            assertEquals("winding", scalar(hdf.getAttribute("inside_test").getData()));
        }
    }

    private static Object scalar(Object data) {
        return data.getClass().isArray() ? java.lang.reflect.Array.get(data, 0) : data;
    }

    @Test
    void gnuStyleAliasesWork() {
        Run r = run(Map.of(), "--checksum", "--lambda", "0.7", "--nx", "20", "--ny", "20", "--nc", "32",
                "--xc", "cos(2*pi*t)", "--yc", "sin(2*pi*t)", "--no-output");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith(ResultOptions.CHECKSUM_LABEL));
    }

    @Test
    void malformedExpressionIsExit2WithOneLineNamingTheOption() {
        Run r = run(Map.of(), "-xc", "cos(2*pi*t", "--no-output");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("scatter: -xc: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        r = run(Map.of(), "-yc", "sin(2*pi*s)", "--no-output");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("scatter: -yc: "), r.err());
    }

    @Test
    void expressionStartingWithMinusIsAValue() {
        Run r = run(Map.of(), "-xc", "-cos(2*pi*t)", "-yc", "sin(2*pi*t)", "-nx", "10", "-ny", "10", "-nc", "16",
                "--no-output", "-checksum");
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void badNumbersAreExit2() {
        for (String[] args : List.of(
                new String[] {"-nx", "abc"}, new String[] {"-lambda", "-1"}, new String[] {"-lambda", "NaN"},
                new String[] {"-nc", "0"}, new String[] {"--bogus"}, new String[] {"-lambda", "Infinity"})) {
            Run r = run(Map.of(), Stream.concat(Stream.of(args), Stream.of("--no-output")).toArray(String[]::new));
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void aRepeatedOptionTakesTheLastValueSoJobScriptsCanBeOverridden() throws Exception {
        Path first = dir.resolve("first.h5");
        Path second = dir.resolve("second.vtk");
        Run r = run(Map.of(), "-nx", "8", "-ny", "8", "-nc", "16", "-o", first.toString(), "-o", second.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("second.vtk"), names());
    }

    @Test
    void badThreadEnvironmentIsExit2NamingTheVariable() {
        Run r = run(Map.of("OMP_NUM_THREADS", "abc"), "--no-output");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("OMP_NUM_THREADS"), r.err());
    }

    @Test
    void unknownExtensionListsSupportedOnesAndWritesNothing() throws Exception {
        Run r = run(Map.of(), "-o", dir.resolve("out.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(".h5") && r.err().contains(".vtk"), r.err());
        assertEquals(List.of(), names());
    }

    @Test
    void missingOutputDirectoryIsReportedBeforeComputing() {
        Run r = run(Map.of(), "-o", dir.resolve("no/such/dir/out.h5").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void timingLogGetsOneRowPerRun() throws Exception {
        Path log = dir.resolve("t.csv");
        for (String threads : new String[] {"1", "2"}) {
            Run r = run(Map.of("OMP_NUM_THREADS", threads, "SLURM_JOB_ID", "77"), "-nx", "16", "-ny", "16",
                    "--no-output", "--timing-log", log.toString());
            assertEquals(0, r.exit(), r.err());
        }
        List<String> lines = Files.readAllLines(log);
        assertEquals(3, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        for (String column : List.of("threads", "nx", "ny", "nc", "nodes", "pairs", "compute_seconds", "wall_seconds")) {
            assertTrue(header.contains(column), column);
        }
        assertEquals("1", lines.get(1).split(",")[header.indexOf("threads")]);
        assertEquals("2", lines.get(2).split(",")[header.indexOf("threads")]);
        assertEquals("289", lines.get(2).split(",")[header.indexOf("nodes")]);
        assertEquals("77", lines.get(2).split(",")[header.indexOf("job_id")]);
    }

    @Test
    void helpShowsDefaultsAndVersionWorks() {
        Run r = run(Map.of(), "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("-lambda, --lambda=L"), r.out());
        assertTrue(r.out().contains("(default: 0.5)"), r.out());
        assertTrue(r.out().contains("(default: cos(2*pi*t + 0.5*sin(2*pi*t + 0.9)))"), r.out());
        r = run(Map.of(), "-V");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("scatter "), r.out());
        assertFalse(r.out().contains("unknown"), r.out());
    }

    @Test
    void helpListsTheCommandsToCompareCoreCounts() {
        Run r = run(Map.of(), "--help");
        assertTrue(r.out().contains("Commands (to compare core counts, to join parts; without one, scatter solves):"),
                r.out());
        assertTrue(r.out().contains("\n  scaling  Measures the speedup"), r.out());
        assertTrue(r.out().contains("\n  report   Compares the runs recorded in timing logs"), r.out());
        assertTrue(r.out().contains("\n  merge    Joins the parts of a run split with --part I/N"), r.out());
        r = run(Map.of(), "scaling", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: scatter scaling "), r.out());
        assertTrue(r.out().contains("--max-threads=N") && r.out().contains("-nc, --nc=N"), r.out());
    }

    @Test
    void quietDropsTheInfoLinesButKeepsWarningsAndResults() {
        // a clockwise contour is reversed with a warning
        String[] problem = {"-nx", "8", "-ny", "8", "-nc", "32", "-yc", "-sin(2*pi*t)", "--no-output", "-checksum"};
        CommandRun loud = CommandRun.run(Map.of(), problem);
        assertEquals(0, loud.exit(), loud.allErr());
        assertTrue(loud.log().contains("[INFO] "), loud.log());
        assertTrue(loud.log().contains("[WARN] the contour runs clockwise"), loud.log());

        CommandRun quiet = CommandRun.run(Map.of(), Stream.concat(Stream.of("-q"), Stream.of(problem))
                .toArray(String[]::new));
        assertEquals(0, quiet.exit(), quiet.allErr());
        assertFalse(quiet.log().contains("[INFO]"), quiet.log());
        assertTrue(quiet.log().contains("[WARN] the contour runs clockwise"), quiet.log());
        assertEquals(loud.out(), quiet.out(), "the results are the same");

        CommandRun quietScaling = CommandRun.run(Map.of(), "scaling", "-q", "-nx", "8", "-ny", "8", "-nc", "16",
                "--max-threads", "1", "--repeat", "1");
        assertEquals(0, quietScaling.exit(), quietScaling.allErr());
        assertFalse(quietScaling.log().contains("[INFO]"), quietScaling.log());

        // -q is the command's own setting: the next run in this JVM logs as before
        assertTrue(CommandRun.run(Map.of(), problem).log().contains("[INFO] "));
    }

    @Test
    void pngOutputIsAPictureOfTheField() throws Exception {
        Path png = dir.resolve("field.png");
        Run r = run(Map.of(), "-nx", "30", "-ny", "20", "-nc", "32", "-o", png.toString());
        assertEquals(0, r.exit(), r.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 640 && image.getHeight() > 400, image.getWidth() + " x " + image.getHeight());
        assertEquals(List.of("field.png"), names());
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
