package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

/** {@code scatter scaling} in-process, on problems small enough to take well under a second. */
class ScalingCommandTest {
    private static final String[] SMALL = {"-nx", "12", "-ny", "10", "-nc", "16"};

    @TempDir
    Path dir;

    private static CommandRun run(Map<String, String> env, String... args) {
        return CommandRun.run(env, Stream.concat(Stream.of("scaling"), Stream.of(args)).toArray(String[]::new));
    }

    private static String[] small(String... more) {
        return Stream.concat(Stream.of(SMALL), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void tablePerThreadCountWithTheSolversChecksumAndCsvAndPlot() throws Exception {
        Path csv = dir.resolve("scaling.csv");
        Path png = dir.resolve("speedup.png");
        CommandRun r = run(Map.of(), small("--max-threads", "3", "--repeat", "2", "--warmup", "0", "--csv", csv.toString(),
                "--plot", png.toString()));
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Scaling of lambda 0.5, nx 12, ny 10, nc 16: 143 nodes"), lines.get(0));
        assertEquals("threads  runs  median s  speedup  efficiency  Mpairs/s", lines.get(1));
        for (int t = 1; t <= 3; t++) {
            assertTrue(lines.get(1 + t).matches(" {6}" + t + " {5}2 .*"), lines.get(1 + t));
        }
        assertTrue(lines.get(2).contains("   1.00      100.0%"), "1 thread is the baseline: " + lines.get(2));

        String solver = CommandRun.run(Map.of(), small("-checksum", "--no-output")).out().trim();
        String checksum = solver.substring(ResultOptions.CHECKSUM_LABEL.length());
        assertEquals("Checksum, the same for every thread count: " + checksum, lines.get(5));

        assertEquals(4, Files.readAllLines(csv).size());
        assertTrue(Files.readAllLines(csv).get(3).startsWith("0.5,12,10,16,3,2,"));
        assertEquals(880, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void largestThreadCountDefaultsToTheSolversThreadCount() {
        CommandRun r = run(Map.of("OMP_NUM_THREADS", "2"), small("--repeat", "1", "--warmup", "0"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\n      2     1 ") && !r.out().contains("\n      3 "), r.out());
        r = run(Map.of("SLURM_CPUS_PER_TASK", "1"), small("--repeat", "1"));
        assertTrue(r.out().contains("\n      1     1 ") && !r.out().contains("\n      2 "), r.out());
    }

    @Test
    void mistakesAreOneLineExit2AndNothingIsWritten() throws Exception {
        String csv = dir.resolve("t.csv").toString();
        for (String[] args : List.of(
                new String[] {"--repeat", "0", "--csv", csv},
                new String[] {"--warmup", "-1", "--csv", csv},
                new String[] {"--max-threads", "0", "--csv", csv},
                new String[] {"--max-threads", "2000", "--csv", csv},
                new String[] {"--max-threads", "many", "--csv", csv},
                new String[] {"--plot", dir.resolve("speedup.jpg").toString(), "--csv", csv},
                new String[] {"--plot", dir.resolve("no/dir/speedup.png").toString(), "--csv", csv},
                new String[] {"-xc", "cos(2*pi*t", "--csv", csv},
                new String[] {"-o", "x.h5"})) {
            CommandRun r = run(Map.of(), small(args));
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("scatter: "), r.err());
        }
        assertEquals(List.of(), TestFiles.names(dir));
    }

    @Test
    void solverOptionsBeforeTheCommandNameAreNotSilentlyIgnored() {
        CommandRun r = CommandRun.run(Map.of(), "-nx", "300", "scaling", "--max-threads", "1");
        assertEquals(2, r.exit());
        assertEquals("scatter: -nx: options go after the command name: 'scatter scaling -nx ...'", r.err().trim());
    }
}
