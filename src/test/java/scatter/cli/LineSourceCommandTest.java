package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scatter.TestFiles;

/**
 * --source on the command line: what it refuses (one line, exit 2, nothing written), what a line
 * source's result holds, and the log of a source inside an obstacle (the exact model's check of
 * itself, with the error it measured).
 */
class LineSourceCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"1", "1,2,3", "a,b", "1,", ",2", "nan,0", "inf,1", "1;2", ""})
    void refusesWhatIsNoPosition(String value) {
        Path out = dir.resolve("f.h5");
        CommandRun r = CommandRun.run(Map.of(), "--source=" + value, "-o", out.toString());
        assertEquals(2, r.exit());
        assertEquals("scatter: --source: give the source's position as two finite numbers X,Y separated by a comma,"
                + " e.g. --source 0.1,0.05, not '" + value + "'", r.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesAnAngleWithASource() {
        CommandRun r = CommandRun.run(Map.of(), "--source", "-3,0", "--angle", "30", "--no-output");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("scatter: --angle: "), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kirchhoff", "exact"})
    void refusesASourceOnTheBoundary(String model) {
        // the diamond's vertex and the circle's point (1, 0): on the boundary of each model's curve
        String[] circle = {"-xc", "cos(2*pi*t)", "-yc", "sin(2*pi*t)"};
        Path out = dir.resolve("f.h5");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(circle, "--model", model, "--source", "1,0", "-o",
                out.toString()));
        assertEquals(2, r.exit(), r.err());
        assertEquals("scatter: --source: the source (1, 0) is on the boundary of the obstacle (within 1e-9 of its"
                + " size), where its field is infinite; move it off the boundary", r.err().strip());
        assertFalse(Files.exists(out));
    }

    /**
     * A source 1e-7 off the boundary: its data vary on that scale, far finer than the most points the
     * exact model solves with resolve; refused at once in one line (it used to double for a minute and
     * then report that the solution did not settle, blaming the wavelength).
     */
    @Test
    void theExactModelRefusesASourceTooCloseToResolve() {
        Path out = dir.resolve("near.h5");
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "-xc", "cos(2*pi*t)", "-yc", "sin(2*pi*t)",
                "--source", "1.0000001,0", "-nx", "16", "-ny", "16", "-o", out.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertTrue(r.err().startsWith("scatter: --source: the source (1.0000001, 0) is 1.00e-07 from the boundary of"
                + " the obstacle"), r.err());
        assertTrue(r.err().contains("move the source at least 0.012 from the boundary"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void kirchhoffRefusesASourceInsideAndTheAdviceWorks() {
        String[] circle = {"-xc", "cos(2*pi*t)", "-yc", "sin(2*pi*t)", "-nx", "32", "-ny", "32"};
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(circle, "--source", "0.3,-0.2", "--no-output"));
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count());
        assertTrue(r.err().startsWith("scatter: --source: the source (0.3, -0.2) lies inside the obstacle"), r.err());
        assertTrue(r.err().contains("--model exact"), r.err());
        CommandRun exact = CommandRun.run(Map.of(), CommandRun.args(circle, "--source", "0.3,-0.2", "--model",
                "exact", "--no-output"));
        assertEquals(0, exact.exit(), exact.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hard", "soft"})
    void exactModelLogsTheErrorOfASourceInside(String bc) {
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "--bc", bc, "--source", "0.1,0.05", "-nx", "48",
                "-ny", "48", "--no-output");
        assertEquals(0, r.exit(), r.err());
        Matcher m = Pattern.compile("this run is a check of the solver, measured error (\\S+) \\(max \\|u_s \\+ u_inc\\|"
                + " over the (\\d+) grid nodes outside").matcher(r.log());
        assertTrue(m.find(), r.log());
        assertTrue(Double.parseDouble(m.group(1)) < 1e-10, m.group(1));
        assertTrue(r.log().contains("the optical theorem is the plane wave's and does not apply to a line source"),
                r.log());
        assertFalse(r.log().contains("residual NaN"), r.log());
    }

    @Test
    void aLineSourceResultSaysWhatLitIt() {
        Path h5 = dir.resolve("f.h5");
        CommandRun r = CommandRun.run(Map.of(), "--source", "-3,0.5", "-nx", "32", "-ny", "32", "-o", h5.toString(),
                "-checksum");
        assertEquals(0, r.exit(), r.err());
        assertEquals("line source", TestFiles.attribute(h5, "incident"));
        assertEquals(-3.0, TestFiles.attribute(h5, "source_x"));
        assertEquals(0.5, TestFiles.attribute(h5, "source_y"));
        try (io.jhdf.HdfFile hdf = new io.jhdf.HdfFile(h5)) {
            assertEquals(null, hdf.getAttribute("angle"));
            assertEquals(null, hdf.getAttribute("sigma_ext"));
            assertEquals(null, hdf.getAttribute("optical_theorem_residual"));
        }
        assertTrue(TestFiles.attribute(h5, "sigma_s") instanceof Double);
        // the parts of the same run merge into the same file's values
        List<Path> parts = List.of(dir.resolve("p0.h5"), dir.resolve("p1.h5"));
        for (int i = 0; i < 2; i++) {
            assertEquals(0, CommandRun.run(Map.of(), "--source", "-3,0.5", "-nx", "32", "-ny", "32", "--part",
                    i + "/2", "-o", parts.get(i).toString()).exit());
        }
        CommandRun merged = CommandRun.merge(parts, "-o", dir.resolve("m.h5").toString(), "-checksum");
        assertEquals(0, merged.exit(), merged.err());
        assertEquals(r.out(), merged.out());
    }
}
