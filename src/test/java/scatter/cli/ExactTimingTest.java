package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;
import scatter.physics.exact.ReferenceData;

/**
 * The exact model in the timing log, in {@code report} and in {@code scaling}: its rows say model,
 * boundary condition and boundary points, report keeps them apart from Kirchhoff runs of the same
 * sizes, and scaling times the solve with the field and checks its checksum at every thread count.
 */
class ExactTimingTest {
    /** The default obstacle at lambda 2 (reference case default_hard_l2: 256 boundary points). */
    private static final ReferenceData.Row L2 = ExactCommandTest.reference("default_hard_l2");
    private static final String[] SIZES = {"-lambda", "2", "-nx", "16", "-ny", "16"};

    @TempDir
    Path dir;

    private static String[] with(String[] first, String... more) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), java.util.stream.Stream.of(more))
                .toArray(String[]::new);
    }

    @Test
    void exactRowsSayModelBcAndPointsAndReportKeepsTheModelsApart() throws Exception {
        Path log = dir.resolve("t.csv");
        for (String threads : List.of("1", "2")) {
            assertEquals(0, CommandRun.run(Map.of(), with(SIZES, "--model", "exact", "-t", threads, "--no-output",
                    "--timing-log", log.toString())).exit());
            assertEquals(0, CommandRun.run(Map.of(), with(SIZES, "-t", threads, "--no-output", "--timing-log",
                    log.toString())).exit());
        }
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.get(0).endsWith(",model,bc,points,obstacles,evaluation"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",exact,hard," + L2.integer("points") + ",1,direct"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",kirchhoff,hard,,1,direct"), lines.get(2));

        CommandRun r = CommandRun.run(Map.of(), "report", log.toString());
        assertEquals(0, r.exit(), r.allErr());
        List<String> headings = r.out().lines().filter(l -> l.startsWith("lambda")).toList();
        assertEquals(2, headings.size(), r.out());
        assertTrue(headings.get(0).matches("lambda 2(\\.0)?, nx 16, ny 16, nc 128, inside \\d+, model exact, bc hard, "
                + "points " + L2.integer("points") + ": 2 runs"), headings.get(0));
        assertTrue(headings.get(1).matches("lambda 2(\\.0)?, nx 16, ny 16, nc 128, inside \\d+: 2 runs"),
                headings.get(1));
    }

    @Test
    void anExactRunIsNotAppendedToALogWithoutTheModelColumn() throws Exception {
        Path log = dir.resolve("old.csv");
        String old = "timestamp,host,job_id,threads,thread_source,lambda,nx,ny,nc,nodes,inside,pairs,"
                + "compute_seconds,wall_seconds,mpairs_per_second,checksum\n";
        Files.writeString(log, old);
        CommandRun r = CommandRun.run(Map.of(), with(SIZES, "--model", "exact", "--no-output", "--timing-log",
                log.toString()));
        assertEquals(2, r.exit(), r.allErr());
        assertTrue(r.err().startsWith("scatter: --timing-log: " + log + " was begun by an earlier version, without the"
                + " column 'model'"), r.err());
        assertEquals(old, Files.readString(log));
        assertEquals("", r.log(), "nothing computed");
        // a Kirchhoff run still is, in the log's own layout
        assertEquals(0, CommandRun.run(Map.of(), with(SIZES, "--no-output", "--timing-log", log.toString())).exit());
        assertEquals(2, Files.readAllLines(log).size());
    }

    @Test
    void scalingTimesTheSolveAndTheFieldAndChecksTheChecksum() throws Exception {
        Path csv = dir.resolve("scaling.csv");
        CommandRun r = CommandRun.run(Map.of(), with(new String[] {"scaling", "--model", "exact"}, with(SIZES,
                "--max-threads", "2", "--repeat", "1", "--warmup", "0", "--csv", csv.toString())));
        assertEquals(0, r.exit(), r.allErr());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Scaling of lambda 2.0, nx 16, ny 16, nc 128, model exact, bc hard, points "
                + L2.integer("points") + ": 289 nodes"), lines.get(0));
        assertTrue(lines.get(0).contains(L2.integer("points") + " boundary points"), lines.get(0));
        String solver = CommandRun.run(Map.of(), with(SIZES, "--model", "exact", "-checksum", "--no-output")).out();
        assertEquals("Checksum, the same for every thread count: "
                + solver.strip().substring(ResultOptions.CHECKSUM_LABEL.length()), lines.get(4));
        assertTrue(r.log().contains("each solves the boundary equation"), r.log());
        assertTrue(Files.readAllLines(csv).get(0).startsWith("lambda,nx,ny,nc,model,bc,points,threads"),
                Files.readString(csv));
        assertEquals(List.of("scaling.csv"), TestFiles.names(dir));
    }
}
