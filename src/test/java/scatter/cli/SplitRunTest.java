package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

/**
 * A run split with --part and joined with merge, from the command line: the merged file is the
 * file a single run writes, byte for byte, and every way the parts can be wrong is an error that
 * names the part and writes nothing.
 */
class SplitRunTest {
    private static final String[] PROBLEM = {"-nx", "40", "-ny", "26", "-nc", "96", "-xc",
        "(1+0.3*cos(6*pi*t))*cos(2*pi*t)", "-yc", "(1+0.3*cos(6*pi*t))*sin(2*pi*t)", "--angle", "30"};

    @TempDir
    Path dir;

    /** Runs parts 0..n-1 with the given threads, each into dir/p{i}.h5. */
    private List<Path> parts(int n, String threads) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path file = dir.resolve("p" + i + ".h5");
            CommandRun r = CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "--part", i + "/" + n, "-t", threads, "-o",
                    file.toString()));
            assertEquals(0, r.exit(), r.allErr());
            files.add(file);
        }
        return files;
    }

    @Test
    void mergedHdf5VtkAndPngAreTheSingleRunsFilesByteForByte() throws Exception {
        Path single = dir.resolve("single.h5");
        CommandRun one = CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "-t", "2", "-checksum", "-o", single.toString()));
        assertEquals(0, one.exit(), one.allErr());
        Path singleVtk = dir.resolve("single.vtk");
        assertEquals(0, CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "-t", "2", "-o", singleVtk.toString())).exit());

        List<Path> parts = parts(5, "2");
        Path merged = dir.resolve("merged.h5");
        CommandRun m = CommandRun.merge(parts, "-o", merged.toString(), "-checksum");
        assertEquals(0, m.exit(), m.allErr());
        assertEquals(one.out(), m.out());
        assertTrue(m.out().startsWith(ResultOptions.CHECKSUM_LABEL), m.out());
        assertEquals(-1, Files.mismatch(single, merged), "merged HDF5 differs from the single run's");

        Path mergedVtk = dir.resolve("merged.vtk");
        assertEquals(0, CommandRun.merge(parts, "-o", mergedVtk.toString()).exit());
        assertEquals(-1, Files.mismatch(singleVtk, mergedVtk), "merged VTK differs from the single run's");

        Path singlePng = dir.resolve("single.png");
        assertEquals(0, CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "-t", "2", "-o", singlePng.toString())).exit());
        Path mergedPng = dir.resolve("merged.png");
        assertEquals(0, CommandRun.merge(parts, "-o", mergedPng.toString()).exit());
        assertEquals(-1, Files.mismatch(singlePng, mergedPng), "merged PNG differs from the single run's");
    }

    @Test
    void partsRunWithDifferentThreadCountsMergeToTheSameFields() throws Exception {
        Path single = dir.resolve("single.h5");
        assertEquals(0, CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "-t", "3", "-o", single.toString())).exit());
        List<Path> parts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path file = dir.resolve("t" + i + ".h5");
            assertEquals(0, CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "--part", i + "/3", "-t", String.valueOf(1 + i),
                    "-o", file.toString())).exit());
            parts.add(file);
        }
        Path merged = dir.resolve("merged.h5");
        CommandRun m = CommandRun.merge(parts, "-o", merged.toString());
        assertEquals(0, m.exit(), m.allErr());
        // threads = the largest of the parts', 3, as the single run had: the files are the same
        assertEquals(-1, Files.mismatch(single, merged));
    }

    /**
     * A set of parts that does not make a run (the messages themselves are checked in
     * PartMergeTest): one line naming the part, exit 2, nothing written and an older result kept.
     */
    @Test
    void partsThatDoNotMakeARunAreNamedAndAnOlderResultIsKept() throws Exception {
        List<Path> parts = parts(3, "1");
        Path odd = dir.resolve("odd.h5");
        assertEquals(0, CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "--part", "2/3", "--angle", "31", "-o",
                odd.toString())).exit());
        Path damaged = Files.copy(parts.get(1), dir.resolve("damaged.h5"));
        try (io.jhdf.HdfFile hdf = new io.jhdf.HdfFile(damaged)) {
            TestFiles.flipLowestBit(damaged, ((double[]) hdf.getDatasetByPath("scattered_re").getDataFlat())[5]);
        }
        Path merged = Files.writeString(dir.resolve("merged.h5"), "older result");
        Map<List<Path>, String> cases = Map.of(
                List.of(parts.get(0), parts.get(2)), "missing part 1 of 3 (rows 9-17); all 3 parts are needed",
                List.of(parts.get(0), parts.get(1), parts.get(2), parts.get(0)), "part 0 of 3 (rows 0-8) is given 2 times",
                List.of(parts.get(0), parts.get(1), odd), odd + ": not from the same run as " + parts.get(0)
                        + " (angle = 30.0 in " + parts.get(0) + " but 31.0 here)",
                List.of(parts.get(0), damaged, parts.get(2)), damaged + ": its data do not match its SHA-256 checksum");
        for (Map.Entry<List<Path>, String> c : cases.entrySet()) {
            CommandRun m = CommandRun.merge(c.getKey(), "-o", merged.toString());
            assertEquals(2, m.exit(), m.allErr());
            assertTrue(m.err().startsWith("scatter: " + c.getValue()), m.err());
            assertEquals(1, m.err().lines().count(), m.err());
            assertFalse(m.hasStackTrace(), m.allErr());
            assertEquals("older result", Files.readString(merged));
        }
        assertEquals(List.of("damaged.h5", "merged.h5", "odd.h5", "p0.h5", "p1.h5", "p2.h5"), TestFiles.names(dir));
    }

    @Test
    void solverOptionsBeforeMergeAreRefused() throws Exception {
        List<Path> parts = parts(2, "1");
        CommandRun m = CommandRun.run(Map.of(), "-nx", "40", "merge", parts.get(0).toString(), parts.get(1).toString(),
                "-o", dir.resolve("merged.h5").toString());
        assertEquals(2, m.exit());
        assertTrue(m.err().startsWith("scatter: -nx: options go after the command name"), m.err());
    }

    @Test
    void theResultMayNotOverwriteAPart() throws Exception {
        List<Path> parts = parts(2, "1");
        CommandRun m = CommandRun.merge(parts, "-o", parts.get(0).toString());
        assertEquals(2, m.exit());
        assertTrue(m.err().startsWith("scatter: -o: "), m.err());
    }

    @Test
    void aPartIsHdf5AndHasNoFrames() {
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "--part", "0/2", "-o", dir.resolve("p.vtk").toString()));
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("scatter: -o: a part is written as an HDF5 part file"), r.err());
        r = CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "--part", "0/2", "-save", "-o", dir.resolve("p.h5").toString()));
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("scatter: -save: "), r.err());
    }

    @Test
    void morePartsThanRowsIsRefusedBeforeComputing() {
        CommandRun r = CommandRun.run(Map.of(), "-nx", "8", "-ny", "4", "--part", "0/6", "--no-output");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("scatter: --part: a grid of 5 rows of nodes (-ny 4) splits into at most 5 parts"),
                r.err());
        Map<String, String> array = Map.of("SLURM_ARRAY_TASK_ID", "0", "SLURM_ARRAY_TASK_COUNT", "6");
        r = CommandRun.run(array, "-nx", "8", "-ny", "4", "--no-output");
        assertTrue(r.err().startsWith("scatter: SLURM_ARRAY_TASK_COUNT: "), r.err());
    }

    @Test
    void aJobArrayTaskWritesItsPartAndSaysSo() throws Exception {
        Map<String, String> env = Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_MIN", "0",
                "SLURM_ARRAY_TASK_MAX", "3", "SLURM_ARRAY_TASK_COUNT", "4");
        Path file = dir.resolve("task.h5");
        CommandRun r = CommandRun.run(env, CommandRun.args(PROBLEM, "-o", file.toString(), "-checksum"));
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("computing part 2 of 4 (rows 13-19) of the grid only (from SLURM_ARRAY_TASK_ID=2, "
                + "SLURM_ARRAY_TASK_COUNT=4)"), r.log());
        assertTrue(r.out().startsWith("Sum of scattered field |amplitudes|^2 over part 2 of 4 (rows 13-19): "), r.out());
        assertEquals(2, scatter.split.PartFile.readHeader(file).band().part());
        // --whole: the whole grid, e.g. for a parameter sweep
        r = CommandRun.run(env, CommandRun.args(PROBLEM, "--whole", "-o", dir.resolve("whole.h5").toString(), "-checksum"));
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.out().startsWith(ResultOptions.CHECKSUM_LABEL), r.out());
        assertFalse(r.log().contains("computing part"), r.log());
    }
}
