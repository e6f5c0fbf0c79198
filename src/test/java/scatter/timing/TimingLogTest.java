package scatter.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timing log's rows as written, and every way a file can fail to be one. */
class TimingLogTest {
    @TempDir
    Path dir;

    /** The default case on 4 threads in 0.25 s, as task 3 of array job 77 on node7. */
    private static TimingRecord record(String host, double seconds) {
        return new TimingRecord("2025-01-01T00:00:00Z", host, "77_3", 4, "OMP_NUM_THREADS=4", 0.5, 128, 128, 128,
                16641, 1450, TimingRecord.pairs(16641, 1450, 128), seconds, 0.9, 4686.3393277255545, 80e6);
    }

    @Test
    void pairsAreTheOutsideNodesTimesTheSourcesAndThroughputIsPerSecond() {
        assertEquals(15191L * 128, TimingRecord.pairs(16641, 1450, 128));
        assertEquals(7.777792, record("node7", 0.25).mpairsPerSecond(), 1e-12);
    }

    @Test
    void headerOnceThenOneRowPerRunInTheColumnsOrder() throws IOException {
        Path log = dir.resolve("timings.csv");
        TimingLog.append(log, record("node7", 0.25));
        TimingLog.append(log, record("a,b", 0.125));
        List<String> lines = Files.readAllLines(log);
        assertEquals(List.of("timestamp,host,job_id,threads,thread_source,lambda,nx,ny,nc,nodes,inside,pairs,"
                        + "compute_seconds,wall_seconds,mpairs_per_second,checksum,thread_mpairs_per_second,model,bc,points,"
                        + "obstacles,evaluation",
                "2025-01-01T00:00:00Z,node7,77_3,4,OMP_NUM_THREADS=4,0.5,128,128,128,16641,1450,1944448,0.250000,"
                        + "0.900000,7.778,4686.3393277255545,80.000,kirchhoff,hard,,1,direct",
                "2025-01-01T00:00:00Z,\"a,b\",77_3,4,OMP_NUM_THREADS=4,0.5,128,128,128,16641,1450,1944448,0.125000,"
                        + "0.900000,15.556,4686.3393277255545,80.000,kirchhoff,hard,,1,direct"), lines);
        assertEquals(String.join(",", TimingRecord.COLUMNS), lines.get(0));
    }

    @Test
    void rowsReadBackAsRunsOfOneProblem() throws IOException {
        Path log = dir.resolve("timings.csv");
        TimingLog.append(log, record("node7", 0.25));
        TimingLog.append(log, record("a,b", 0.125));
        List<TimingLog.Run> runs = TimingLog.read(List.of(log));
        assertEquals(2, runs.size());
        assertEquals(log + ":3", runs.get(1).where());
        assertEquals(0.125, runs.get(1).computeSeconds());
        assertEquals(4, runs.get(1).threads());
        assertEquals(1944448L, runs.get(1).pairs());
        assertEquals(runs.get(0).problem(), runs.get(1).problem());
        assertEquals(80e6, runs.get(1).threadPairsPerSecond(), 1e-3);
        assertEquals(List.of("lambda", "nx", "ny", "nc", "nodes", "inside", "model", "bc", "points",
                "obstacles", "evaluation"),
                List.copyOf(runs.get(0).problem().keySet()));
    }

    @Test
    void anExactRunIsAProblemOfItsOwnWithItsBoundaryPoints() throws IOException {
        Path log = dir.resolve("timings.csv");
        TimingLog.append(log, record("node7", 0.25));
        TimingLog.append(log, new TimingRecord("2025-01-01T00:00:00Z", "node7", "", 2, "--threads", 0.5, 128, 128, 128,
                16641, 1452, TimingRecord.pairs(16641, 1452, 512), 0.8, 1.1, 4273.050524205767, 80e6, "exact", "soft",
                512));
        assertTrue(Files.readAllLines(log).get(2).endsWith(",exact,soft,512,1,direct"), Files.readString(log));
        List<TimingLog.Run> runs = TimingLog.read(List.of(log));
        assertEquals("exact", runs.get(1).problem().get("model"));
        assertEquals("512", runs.get(1).problem().get("points"));
        assertEquals("", runs.get(0).problem().get("points"));
        assertEquals(2, TimingReport.tables(runs).size());
    }

    @Test
    void theObstacleCountIsAProblemColumnThatOlderRowsReadAsOne() throws IOException {
        // the columns before the obstacle count: its rows are of one obstacle
        String before = String.join(",", TimingRecord.COLUMNS.subList(0, TimingRecord.COLUMNS.indexOf(
                TimingRecord.OBSTACLES)));
        Path old = dir.resolve("old.csv");
        Files.writeString(old, before + "\n2025-01-01T00:00:00Z,node7,77_3,4,OMP_NUM_THREADS=4,0.5,128,128,128,16641,"
                + "1450,1944448,0.5,0.9,3.9,4686.3393277255545,80.000,kirchhoff,hard,\n");
        Path log = dir.resolve("timings.csv");
        TimingLog.append(log, record("node7", 0.25));
        TimingLog.append(log, new TimingRecord("2025-01-01T00:00:00Z", "node7", "", 2, "--threads", 0.5, 128, 128,
                128, 16641, 1425, TimingRecord.pairs(16641, 1425, 256), 0.8, 1.1, 7359.8099085011145, 80e6,
                "kirchhoff", "hard", 0, 2));
        assertTrue(Files.readAllLines(log).get(2).endsWith(",kirchhoff,hard,,2,direct"), Files.readString(log));
        List<TimingLog.Run> runs = TimingLog.read(List.of(old, log));
        assertEquals("1", runs.get(0).problem().get(TimingRecord.OBSTACLES));
        assertEquals(runs.get(0).problem(), runs.get(1).problem(), "an older row is a row of one obstacle");
        assertEquals("2", runs.get(2).problem().get(TimingRecord.OBSTACLES));
        List<ScalingTable> tables = TimingReport.tables(runs);
        assertEquals(2, tables.size(), "two obstacles are another problem");
        assertEquals(List.of("1", "2"), tables.stream().map(t -> t.problem().getOrDefault(TimingRecord.OBSTACLES,
                "1")).sorted().toList());
        assertTrue(tables.stream().noneMatch(t -> "1".equals(t.problem().get(TimingRecord.OBSTACLES))),
                "one obstacle is not shown, as before");
    }

    @Test
    void aLogBegunByAnEarlierVersionGetsRowsInItsOwnLayout() throws IOException {
        // the columns of scatter 1.0's logs, before thread_mpairs_per_second
        String old = "timestamp,host,job_id,threads,thread_source,lambda,nx,ny,nc,nodes,inside,pairs,"
                + "compute_seconds,wall_seconds,mpairs_per_second,checksum";
        Path log = dir.resolve("timings.csv");
        Files.writeString(log, old + "\nt,h,1,2,s,0.5,128,128,128,16641,1450,1944448,0.5,1.1,3.9,4686.3393277255545");
        TimingLog.append(log, record("node7", 0.25));
        List<String> lines = Files.readAllLines(log);
        assertEquals(3, lines.size(), "the old last line, without its newline, keeps its own line");
        assertEquals(old, lines.get(0));
        assertEquals("2025-01-01T00:00:00Z,node7,77_3,4,OMP_NUM_THREADS=4,0.5,128,128,128,16641,1450,1944448,"
                + "0.250000,0.900000,7.778,4686.3393277255545", lines.get(2));
        List<TimingLog.Run> runs = TimingLog.read(List.of(log));
        assertEquals(2, runs.size());
        assertEquals(runs.get(0).problem(), runs.get(1).problem());
        assertEquals("kirchhoff", runs.get(0).problem().get("model"), "an old log's runs are Kirchhoff runs");
        assertEquals(0, runs.get(1).threadPairsPerSecond(), "an old log does not say");
        // and a new log's Kirchhoff runs of the same problem are the same problem
        Path fresh = dir.resolve("fresh.csv");
        TimingLog.append(fresh, record("node7", 0.25));
        assertEquals(runs.get(0).problem(), TimingLog.read(List.of(fresh)).get(0).problem());
    }

    /** The message of the TimingLogException that reading {@code text} as a log gives. */
    private String error(String text) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, text);
        return assertThrows(TimingLogException.class, () -> TimingLog.read(List.of(f))).getMessage();
    }

    @Test
    void malformedInputIsNamedByFileAndLine() throws IOException {
        String header = String.join(",", TimingRecord.COLUMNS) + "\n";
        String good = "t,h,1,2,s,0.5,8,8,16,81,0,1296,0.01,0.4,0.1,3.5,0.2,kirchhoff,hard,,1,direct\n";
        String f = dir.resolve("t.csv").toString();

        assertTrue(error(header + good + "t,h,1,2,s,0.5,8,8\n").startsWith(f + ":3: 8 fields, but the header (line 1) "
                + "has 22"), error(header + good + "t,h,1,2,s,0.5,8,8\n"));
        assertTrue(error(header + good.replace(",2,s,", ",two,s,")).startsWith(f + ":2: threads must be an integer"));
        assertTrue(error(header + good.replace(",2,s,", ",0,s,")).startsWith(f + ":2: threads must be a positive"));
        assertTrue(error(header + good.replace("0.01", "fast")).startsWith(f + ":2: compute_seconds must be a number"));
        assertTrue(error(header + good.replace("0.01", "-1")).startsWith(f + ":2: compute_seconds must be positive"));
        assertTrue(error(header + good.replace(",0.5,", ",,")).startsWith(f + ":2: no value for lambda"));
        assertTrue(error(header + good + "threads,nx,ny,nc,lambda,compute_seconds\n").startsWith(f + ":3: 6 fields"));
        assertTrue(error(header + good + header.replace("checksum", "angle,checksum"))
                .startsWith(f + ":3: a second header"));
        assertTrue(error(header + "\"t,h,1,2,s,0.5,8,8,16,81,0,1296,0.01,0.4,0.1,3.5,0.2,kirchhoff,hard,,1\n")
                .startsWith(f + ":2: a quote in field 1 is not closed"));
        assertTrue(error("x,y,z\n1,2,3\n").startsWith(f + ":1: not a scatter timing log: no column 'threads'"));
        assertTrue(error("\n\n").startsWith(f + ": empty"));
        assertTrue(error("\u0089PNG\r\n\u001a\n").contains("not a scatter timing log"));
    }

    @Test
    void missingFilesAndDirectoriesAreOneLineErrors() {
        Path missing = dir.resolve("nope.csv");
        assertEquals(missing + ": no such file",
                assertThrows(TimingLogException.class, () -> TimingLog.read(List.of(missing))).getMessage());
        assertTrue(assertThrows(TimingLogException.class, () -> TimingLog.read(List.of(dir))).getMessage()
                .contains("is a directory"));
    }

    @Test
    void quotedFieldsFollowRfc4180() {
        Path f = Path.of("x.csv");
        assertEquals(List.of("a,b", "say \"hi\"", "", "c"), TimingLog.fields(f, 1, "\"a,b\",\"say \"\"hi\"\"\",,c"));
        assertEquals(List.of("", ""), TimingLog.fields(f, 1, ","));
        assertTrue(assertThrows(TimingLogException.class, () -> TimingLog.fields(f, 4, "\"a\"b,c")).getMessage()
                .startsWith("x.csv:4: text after a closing quote in field 1"));
    }
}
