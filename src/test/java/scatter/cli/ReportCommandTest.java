package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scatter report} in-process, on logs written by the solver itself. */
class ReportCommandTest {
    @TempDir
    Path dir;

    /** Solves a small problem like a Slurm job with {@code cpus} cores, appending to {@code log}. */
    private static void job(Path log, int cpus, String nx) {
        CommandRun r = CommandRun.run(Map.of("SLURM_CPUS_PER_TASK", String.valueOf(cpus), "SLURM_JOB_ID", "9" + cpus),
                "-nx", nx, "-ny", "16", "-nc", "32", "--no-output", "--timing-log", log.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void jobsOnOneAndTwoCoresGiveASpeedupTableCsvAndPlot() throws Exception {
        Path log = dir.resolve("scatter-timings.csv");
        job(log, 1, "16");
        job(log, 2, "16");
        job(log, 2, "20");
        Path csv = dir.resolve("report.csv");
        Path png = dir.resolve("report.png");
        CommandRun r = CommandRun.run(Map.of(), "report", log.toString(), "--csv", csv.toString(), "--plot",
                png.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("lambda 0\\.5, nx 16, ny 16, nc 32, inside \\d+: 2 runs"), lines.get(0));
        assertEquals("threads  runs  median s  speedup  efficiency  Mpairs/s", lines.get(1));
        assertTrue(lines.get(2).startsWith("      1     1 ") && lines.get(2).contains("   1.00      100.0%"),
                lines.get(2));
        assertTrue(lines.get(3).startsWith("      2     1 "), lines.get(3));
        assertEquals("", lines.get(4));
        assertTrue(lines.get(5).startsWith("lambda 0.5, nx 20, ny 16, nc 32, inside "), lines.get(5));
        assertTrue(lines.get(5).endsWith("1 run; no 1-thread run, speedups are over 2 threads"), lines.get(5));
        assertTrue(lines.get(8).startsWith("(one thread count only"), lines.get(8));
        assertEquals(4, Files.readAllLines(csv).size());
        assertEquals(880, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void badLogsNameFileAndLine() throws Exception {
        Path log = dir.resolve("t.csv");
        job(log, 1, "16");
        Files.writeString(log, Files.readString(log) + "2025-01-01T00:00:00Z,host,1,2\n");
        CommandRun r = CommandRun.run(Map.of(), "report", log.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("scatter: " + log + ":3: 4 fields, but the header (line 1) has "), r.err());
        assertEquals(1, r.err().lines().count());
        assertEquals("", r.out());

        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, String.join(",", scatter.timing.TimingRecord.COLUMNS) + "\n");
        r = CommandRun.run(Map.of(), "report", empty.toString());
        assertEquals(2, r.exit());
        assertEquals("scatter: " + empty + ": no runs recorded yet, only the header", r.err().trim());

        r = CommandRun.run(Map.of(), "report");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'scatter report --help'"), r.err());
    }
}
