package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fmm and --fmm-tol on the command line. */
class FmmCommandTest {
    @TempDir
    Path dir;

    private static double checksum(CommandRun r) {
        return Double.parseDouble(r.out().strip().substring(ResultOptions.CHECKSUM_LABEL.length()));
    }

    @Test
    void aToleranceWithoutFmmOrOutOfRangeIsRefused() {
        CommandRun r = CommandRun.run(Map.of(), "-nx", "8", "-ny", "8", "--fmm-tol", "1e-8", "--no-output");
        assertEquals(2, r.exit(), r.allErr());
        assertEquals("scatter: --fmm-tol: the tolerance is the FMM's; add --fmm", r.err().strip());
        r = CommandRun.run(Map.of(), "-nx", "8", "-ny", "8", "--fmm", "--fmm-tol", "0.5", "--no-output");
        assertEquals(2, r.exit(), r.allErr());
        assertEquals("scatter: --fmm-tol: 0.5 is outside 1e-14 to 1e-2", r.err().strip());
        assertEquals(0, CommandRun.run(Map.of(), "-q", "-nx", "8", "-ny", "8", "--fmm", "--fmm-tol", "1e-2",
                "--no-output").exit());
    }

    /** The default case is faster summed directly: --fmm says so and gives the direct checksum. */
    @Test
    void theDefaultCaseFallsBackToTheDirectSumAndSaysSo() {
        CommandRun r = CommandRun.run(Map.of(), "--fmm", "-checksum", "--no-output");
        assertEquals(0, r.exit(), r.allErr());
        assertEquals(4686.3393277255545, checksum(r), 1e-11 * 4686.3393277255545);
        assertTrue(r.log().contains("faster than the FMM's set-up: summing directly"), r.log());
    }

    /**
     * The job script's case (1024 x 1024 cells, 2048 segments) by the FMM: within 1e-11 of the
     * direct sum's checksum that scatter.sl and docs/slurm.md give, 295629.87700830627; the timing
     * log's row says "fmm".
     */
    @Test
    void theJobScriptsCaseByFmmMatchesItsDirectChecksum() throws Exception {
        Path log = dir.resolve("t.csv");
        CommandRun r = CommandRun.run(Map.of(), "-nx", "1024", "-ny", "1024", "-nc", "2048", "--fmm", "-checksum",
                "--no-output", "--timing-log", log.toString());
        assertEquals(0, r.exit(), r.allErr());
        assertEquals(295629.87700830627, checksum(r), 1e-11 * 295629.87700830627);
        assertTrue(r.log().contains("fast multipole method, tolerance 1.0E-12"), r.log());
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.get(0).endsWith(",evaluation"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",fmm(1.0E-12)"), lines.get(1));
    }
}
