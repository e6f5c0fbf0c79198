package scatter.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.timing.ScalingTable;

class TimingReportTest {
    @TempDir
    Path dir;

    /** A run of a problem of nx = ny = n with 10^9 pairs. */
    private static TimingRecord row(int threads, int n, double seconds, double checksum) {
        return new TimingRecord("2025-01-01T00:00:00Z", "node, 1", "123", threads, "OMP_NUM_THREADS=" + threads, 0.5,
                n, n, 1024, (n + 1) * (n + 1), 100, 1_000_000_000L, seconds, seconds + 0.5, checksum, 80e6);
    }

    @Test
    void runsOfSeveralJobsAndFilesAreGroupedByProblemWithMedians() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        TimingLog.append(a, row(1, 256, 10.0, 5.0));
        TimingLog.append(a, row(2, 256, 5.5, 5.0));
        TimingLog.append(a, row(1, 128, 3.0, 7.0));
        TimingLog.append(b, row(2, 256, 5.0, 5.0));
        TimingLog.append(b, row(2, 256, 9.0, 5.0));   // a slow run, outvoted by the median
        TimingLog.append(b, row(4, 128, 1.0, 7.0));

        List<TimingLog.Run> runs = TimingLog.read(List.of(a, b));
        assertEquals(6, runs.size());
        assertEquals(a + ":3", runs.get(1).where());

        List<ScalingTable> tables = TimingReport.tables(runs);
        assertEquals(2, tables.size());
        ScalingTable big = tables.get(0);
        assertEquals("lambda 0.5, nx 256, ny 256, nc 1024, inside 100", big.label());
        assertEquals(2, big.rows().size());
        assertEquals(new ScalingTable.Row(1, 1, 10.0, 1.0, 1.0, 100.0), big.rows().get(0));
        assertEquals(new ScalingTable.Row(2, 3, 5.5, 10.0 / 5.5, 10.0 / 5.5 / 2, 1000.0 / 5.5),
                big.rows().get(1));
        ScalingTable small = tables.get(1);
        assertEquals(List.of(1, 4), small.rows().stream().map(ScalingTable.Row::threads).toList());
        assertEquals(3.0, small.rows().get(1).speedup(), 1e-15);
        assertEquals(0.75, small.rows().get(1).efficiency(), 1e-15);
    }

    @Test
    void concatenatedLogsWithRepeatedHeadersAndBlankLinesAreRead() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        TimingLog.append(a, row(1, 64, 2.0, 5.0));
        TimingLog.append(b, row(2, 64, 1.0, 5.0));
        Path all = dir.resolve("all.csv");
        Files.writeString(all, Files.readString(a) + "\n" + Files.readString(b));
        List<ScalingTable> tables = TimingReport.tables(TimingLog.read(List.of(all)));
        assertEquals(1, tables.size());
        assertEquals(2.0, tables.get(0).rows().get(1).speedup());
    }

    @Test
    void sameSizesButDifferentChecksumsAreDifferentProblems() throws IOException {
        Path a = dir.resolve("a.csv");
        TimingLog.append(a, row(1, 64, 2.0, 5.0));
        TimingLog.append(a, row(2, 64, 1.0, 5.0 * (1 + 1e-12)));  // same problem, other version's last digits
        TimingLog.append(a, row(2, 64, 1.5, 6.0));                // another contour of the same sizes
        List<ScalingTable> tables = TimingReport.tables(TimingLog.read(List.of(a)));
        assertEquals(2, tables.size());
        assertEquals(List.of(1, 2), tables.get(0).rows().stream().map(ScalingTable.Row::threads).toList());
        assertEquals("5.0", tables.get(0).problem().get("checksum"));
        assertEquals("6.0", tables.get(1).problem().get("checksum"));
        assertEquals(1, tables.get(1).rows().size());
    }

    @Test
    void anOlderLogWithFewerColumnsAndNumbersWrittenDifferentlyJoinsTheSameProblem() throws IOException {
        Path old = dir.resolve("old.csv");
        Files.writeString(old, "threads,nx,ny,nc,lambda,compute_seconds\n1,64,64,1024,0.50,4\n");
        Path now = dir.resolve("new.csv");
        Files.writeString(now, "nc,ny,nx,lambda,threads,compute_seconds\n1024,64,64,5e-1,2,2.5\n");
        List<ScalingTable> tables = TimingReport.tables(TimingLog.read(List.of(old, now)));
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(1.6, tables.get(0).rows().get(1).speedup(), 1e-15);
        assertTrue(Double.isNaN(tables.get(0).rows().get(0).mpairsPerSecond()), "no pairs column");
    }

    /** A run of the problem of {@link #row} evaluated as {@code evaluation} says. */
    private static TimingRecord row(int threads, double seconds, String evaluation) {
        return new TimingRecord("2025-01-01T00:00:00Z", "node", "", threads, "-t", 0.5, 256, 256, 1024, 257 * 257, 100,
                1_000_000_000L, seconds, seconds + 0.5, 5.0, 0, "kirchhoff", "hard", 0, 1, evaluation);
    }

    /**
     * FMM runs and direct sums of one problem are never one speedup table: the evaluation column
     * tells them apart, and a log written before it (direct sums only) reads as direct.
     */
    @Test
    void fmmAndDirectRunsAreDifferentTables() throws IOException {
        Path a = dir.resolve("a.csv");
        TimingLog.append(a, row(1, 10.0, "direct"));
        TimingLog.append(a, row(2, 5.0, "direct"));
        TimingLog.append(a, row(1, 0.4, "fmm(1.0E-12)"));
        TimingLog.append(a, row(2, 0.2, "fmm(1.0E-12)"));
        Path old = dir.resolve("old.csv");
        List<String> lines = Files.readAllLines(a);
        Files.write(old, lines.stream().limit(3).map(l -> l.substring(0, l.lastIndexOf(','))).toList());
        List<ScalingTable> tables = TimingReport.tables(TimingLog.read(List.of(a, old)));
        assertEquals(2, tables.size());
        assertEquals(List.of(1, 2), tables.get(0).rows().stream().map(ScalingTable.Row::threads).toList());
        assertEquals(4, tables.get(0).rows().get(0).runs() + tables.get(0).rows().get(1).runs());
        assertTrue(tables.get(1).label().contains("evaluation fmm(1.0E-12)"), tables.get(1).label());
        assertTrue(!tables.get(0).label().contains("evaluation"), tables.get(0).label());
        assertEquals(2.0, tables.get(1).rows().get(1).speedup(), 1e-12);
    }
}
