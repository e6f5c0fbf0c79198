package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

/**
 * The solver's command line in-process: outputs, options, help, logging. (Every way to get the
 * input wrong is in {@link BadInputTest}, failures while running in {@link FaultTest}.)
 */
class ScatterCommandTest {
    @TempDir
    Path dir;

    @Test
    void checksumLineAndHdf5Output() throws Exception {
        Path h5 = dir.resolve("out.h5");
        CommandRun r = CommandRun.run(Map.of(), "-checksum", "-nx", "40", "-ny", "30", "-nc", "64", "-t", "2", "-o", h5.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("Sum of scattered field \\|amplitudes\\|\\^2: [0-9.e+-]+\\R"), r.out());
        assertTrue(Files.size(h5) > 0);
        assertEquals(List.of("out.h5"), TestFiles.names(dir));
    }

    /**
     * A small checksum is printed as the teaching code (Python) prints it: "9.81...e-08", not
     * Java's "9.81...E-8". The value is src/test/scripts/reference.py's for the same command
     * (9.813622951005941e-08; its summation order differs in the last digits).
     */
    @Test
    void smallChecksumIsPrintedAsPythonPrintsIt() {
        CommandRun r = CommandRun.run(Map.of(), "-checksum", "--no-output", "-nx", "16", "-ny", "16", "-nc", "32",
                "-xc", "1e-5*cos(2*pi*t)", "-yc", "1e-5*sin(2*pi*t)");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("Sum of scattered field \\|amplitudes\\|\\^2: 9\\.8136229510059[0-9]*e-08\\R"), r.out());
        double sum = Double.parseDouble(r.out().strip().substring(ResultOptions.CHECKSUM_LABEL.length()));
        assertEquals(9.813622951005941e-08, sum, 1e-13 * sum);
    }

    /** A directory where a frame goes is refused before computing, with advice that works. */
    @Test
    void aFrameThatIsADirectoryIsRefusedBeforeComputing() throws Exception {
        Files.createDirectory(dir.resolve("scatter_5.vtk"));
        CommandRun r = CommandRun.run(Map.of(), "-nx", "8", "-ny", "8", "-save", "-o", dir.resolve("out.h5").toString());
        assertEquals(2, r.exit(), r.allErr());
        assertEquals("scatter: -save: the frame " + dir.resolve("scatter_5.vtk") + " is a directory; move it away, or"
                + " write the result (and so the frames) into another directory", r.err().strip());
        assertEquals("", r.log());
        assertEquals(List.of("scatter_5.vtk"), TestFiles.names(dir));
        Path other = Files.createDirectory(dir.resolve("other"));
        CommandRun followed = CommandRun.run(Map.of(), "-q", "-nx", "8", "-ny", "8", "-save", "-o",
                other.resolve("out.h5").toString());
        assertEquals(0, followed.exit(), followed.allErr());
        assertEquals(21, TestFiles.names(other).size(), TestFiles.names(other).toString());
    }

    @Test
    void angleAndInsideTestAreRecordedInTheResult() throws Exception {
        Path h5 = dir.resolve("out.h5");
        CommandRun r = CommandRun.run(Map.of(), "-nx", "10", "-ny", "10", "-nc", "32", "--angle", "30", "--inside-test", "cross",
                "-o", h5.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(30.0, TestFiles.attribute(h5, "angle"));
        assertEquals("cross", TestFiles.attribute(h5, "inside_test"));
        r = CommandRun.run(Map.of(), "-nx", "10", "-ny", "10", "-nc", "32", "-o", h5.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(0.0, TestFiles.attribute(h5, "angle"));
        assertEquals("winding", TestFiles.attribute(h5, "inside_test"));
    }

    @Test
    void gnuStyleAliasesWork() {
        CommandRun r = CommandRun.run(Map.of(), "--checksum", "--lambda", "0.7", "--nx", "20", "--ny", "20", "--nc", "32",
                "--xc", "cos(2*pi*t)", "--yc", "sin(2*pi*t)", "--no-output");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith(ResultOptions.CHECKSUM_LABEL));
    }

    @Test
    void expressionStartingWithMinusIsAValue() {
        CommandRun r = CommandRun.run(Map.of(), "-xc", "-cos(2*pi*t)", "-yc", "sin(2*pi*t)", "-nx", "10", "-ny", "10", "-nc", "16",
                "--no-output", "-checksum");
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aRepeatedOptionTakesTheLastValueSoJobScriptsCanBeOverridden() throws Exception {
        Path first = dir.resolve("first.h5");
        Path second = dir.resolve("second.vtk");
        CommandRun r = CommandRun.run(Map.of(), "-nx", "8", "-ny", "8", "-nc", "16", "-o", first.toString(), "-o", second.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("second.vtk"), TestFiles.names(dir));
    }

    @Test
    void ofOutputAndNoOutputTheLastGivenWins() throws Exception {
        Path vtk = dir.resolve("field.vtk");
        CommandRun written = CommandRun.run(Map.of(), "-nx", "8", "-ny", "8", "-nc", "16", "--no-output",
                "-o", vtk.toString());
        assertEquals(0, written.exit(), written.err());
        assertEquals(List.of("field.vtk"), TestFiles.names(dir));
        Files.delete(vtk);
        CommandRun none = CommandRun.run(Map.of(), "-nx", "8", "-ny", "8", "-nc", "16", "-o", vtk.toString(),
                "--no-output", "-checksum");
        assertEquals(0, none.exit(), none.err());
        assertEquals(List.of(), TestFiles.names(dir));
        assertTrue(none.log().contains("; no result file"), none.log());
    }

    @Test
    void timingLogGetsOneRowPerRun() throws Exception {
        Path log = dir.resolve("t.csv");
        for (String threads : new String[] {"1", "2"}) {
            CommandRun r = CommandRun.run(Map.of("OMP_NUM_THREADS", threads, "SLURM_JOB_ID", "77"), "-nx", "16", "-ny", "16",
                    "--no-output", "--timing-log", log.toString());
            assertEquals(0, r.exit(), r.err());
            // milliseconds of computing: the log says they cannot compare core counts, and what would
            assertTrue(r.log().matches("(?s).*\\[WARN\\] compute took 0\\.\\d\\d s: too short to compare core counts; "
                    + "-nx \\d+ -ny \\d+ -nc \\d+ would take about \\d+ s on 1 thread\\R.*"), r.log());
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
        CommandRun r = CommandRun.run(Map.of(), "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("-lambda, --lambda=L"), r.out());
        assertTrue(r.out().contains("(default: 0.5)"), r.out());
        assertTrue(r.out().contains("(default: cos(2*pi*t + 0.5*sin(2*pi*t + 0.9)))"), r.out());
        r = CommandRun.run(Map.of(), "-V");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("scatter "), r.out());
        assertFalse(r.out().contains("unknown"), r.out());
    }

    @Test
    void helpListsTheCommandsToCompareCoreCounts() {
        CommandRun r = CommandRun.run(Map.of(), "--help");
        assertTrue(r.out().contains("Commands (without one, scatter solves):"), r.out());
        assertTrue(r.out().contains("\n  scaling  Measures the speedup"), r.out());
        assertTrue(r.out().contains("\n  report   Compares the runs recorded in timing logs"), r.out());
        assertTrue(r.out().contains("\n  merge    Joins the parts of a run split with --part I/N"), r.out());
        assertTrue(r.out().contains("\n  compare  Solves the problem in both models on the same grid"), r.out());
        r = CommandRun.run(Map.of(), "scaling", "--help");
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
        CommandRun r = CommandRun.run(Map.of(), "-nx", "30", "-ny", "20", "-nc", "32", "-o", png.toString());
        assertEquals(0, r.exit(), r.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 640 && image.getHeight() > 400, image.getWidth() + " x " + image.getHeight());
        assertEquals(List.of("field.png"), TestFiles.names(dir));
    }
}
