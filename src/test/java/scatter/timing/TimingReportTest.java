package scatter.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.timing.ScalingTable;

class TimingReportTest {
    @TempDir
    Path dir;

    /** A row as the solver writes it (see ScatterCommand), for a problem of nx = ny = n. */
    private static Map<String, Object> row(int threads, int n, double seconds, double checksum) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("timestamp", "2025-01-01T00:00:00Z");
        row.put("host", "node, 1");
        row.put("job_id", "123");
        row.put("threads", threads);
        row.put("thread_source", "OMP_NUM_THREADS=" + threads);
        row.put("lambda", 0.5);
        row.put("nx", n);
        row.put("ny", n);
        row.put("nc", 1024);
        row.put("nodes", (n + 1) * (n + 1));
        row.put("inside", 100);
        row.put("pairs", 1_000_000_000L);
        row.put("compute_seconds", String.valueOf(seconds));
        row.put("wall_seconds", String.valueOf(seconds + 0.5));
        row.put("mpairs_per_second", "1.0");
        row.put("checksum", checksum);
        return row;
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

        List<TimingReport.Run> runs = TimingReport.read(List.of(a, b));
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
        List<ScalingTable> tables = TimingReport.tables(TimingReport.read(List.of(all)));
        assertEquals(1, tables.size());
        assertEquals(2.0, tables.get(0).rows().get(1).speedup());
    }

    @Test
    void sameSizesButDifferentChecksumsAreDifferentProblems() throws IOException {
        Path a = dir.resolve("a.csv");
        TimingLog.append(a, row(1, 64, 2.0, 5.0));
        TimingLog.append(a, row(2, 64, 1.0, 5.0 * (1 + 1e-12)));  // same problem, other version's last digits
        TimingLog.append(a, row(2, 64, 1.5, 6.0));                // another contour of the same sizes
        List<ScalingTable> tables = TimingReport.tables(TimingReport.read(List.of(a)));
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
        List<ScalingTable> tables = TimingReport.tables(TimingReport.read(List.of(old, now)));
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(1.6, tables.get(0).rows().get(1).speedup(), 1e-15);
        assertTrue(Double.isNaN(tables.get(0).rows().get(0).mpairsPerSecond()), "no pairs column");
    }

    /** The message of the TimingLogException that reading {@code text} as a log gives. */
    private String error(String text) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, text);
        return assertThrows(TimingLogException.class, () -> TimingReport.read(List.of(f))).getMessage();
    }

    @Test
    void malformedInputIsNamedByFileAndLine() throws IOException {
        String header = String.join(",", TimingLog.COLUMNS) + "\n";
        String good = "t,h,1,2,s,0.5,8,8,16,81,0,1296,0.01,0.4,0.1,3.5\n";
        String f = dir.resolve("t.csv").toString();

        assertTrue(error(header + good + "t,h,1,2,s,0.5,8,8\n").startsWith(f + ":3: 8 fields, but the header (line 1) "
                + "has 16"), error(header + good + "t,h,1,2,s,0.5,8,8\n"));
        assertTrue(error(header + good.replace(",2,s,", ",two,s,")).startsWith(f + ":2: threads must be an integer"));
        assertTrue(error(header + good.replace(",2,s,", ",0,s,")).startsWith(f + ":2: threads must be a positive"));
        assertTrue(error(header + good.replace("0.01", "fast")).startsWith(f + ":2: compute_seconds must be a number"));
        assertTrue(error(header + good.replace("0.01", "-1")).startsWith(f + ":2: compute_seconds must be positive"));
        assertTrue(error(header + good.replace(",0.5,", ",,")).startsWith(f + ":2: no value for lambda"));
        assertTrue(error(header + good + "threads,nx,ny,nc,lambda,compute_seconds\n").startsWith(f + ":3: 6 fields"));
        assertTrue(error(header + good + header.replace("checksum", "angle,checksum"))
                .startsWith(f + ":3: a second header"));
        assertTrue(error(header + "\"t,h,1,2,s,0.5,8,8,16,81,0,1296,0.01,0.4,0.1,3.5\n")
                .startsWith(f + ":2: a quote in field 1 is not closed"));
        assertTrue(error("x,y,z\n1,2,3\n").startsWith(f + ":1: not a scatter timing log: no column 'threads'"));
        assertTrue(error("\n\n").startsWith(f + ": empty"));
        assertTrue(error("\u0089PNG\r\n\u001a\n").contains("not a scatter timing log"));
    }

    @Test
    void missingFilesAndDirectoriesAreOneLineErrors() {
        Path missing = dir.resolve("nope.csv");
        assertEquals(missing + ": no such file",
                assertThrows(TimingLogException.class, () -> TimingReport.read(List.of(missing))).getMessage());
        assertTrue(assertThrows(TimingLogException.class, () -> TimingReport.read(List.of(dir))).getMessage()
                .contains("is a directory"));
    }

    @Test
    void quotedFieldsFollowRfc4180() {
        Path f = Path.of("x.csv");
        assertEquals(List.of("a,b", "say \"hi\"", "", "c"), TimingReport.fields(f, 1, "\"a,b\",\"say \"\"hi\"\"\",,c"));
        assertEquals(List.of("", ""), TimingReport.fields(f, 1, ","));
        assertTrue(assertThrows(TimingLogException.class, () -> TimingReport.fields(f, 4, "\"a\"b,c")).getMessage()
                .startsWith("x.csv:4: text after a closing quote in field 1"));
    }
}
