package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

/**
 * A run of the exact model split with --part and joined with merge: every part solves the boundary
 * equation itself, the same bit for bit, so the merged file is the single run's byte for byte, its
 * boundary solution included; parts of different models, boundary conditions or point counts are
 * refused, naming the part.
 */
class ExactSplitTest {
    /** The default obstacle at lambda 2: 256 boundary points, a fraction of a second to solve. */
    private static final String[] PROBLEM = {"--model", "exact", "-lambda", "2", "-nx", "40", "-ny", "26", "-q"};

    @TempDir
    Path dir;

    private Path part(String[] problem, int i, int n, String name) {
        Path file = dir.resolve(name);
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(problem, "--part", i + "/" + n, "-t", "2", "-o", file.toString()));
        assertEquals(0, r.exit(), r.allErr());
        return file;
    }

    @Test
    void mergedPartsAreTheSingleRunsFileByteForByteBoundarySolutionIncluded() throws Exception {
        Path single = dir.resolve("single.h5");
        CommandRun one = CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "-t", "2", "-checksum", "-o", single.toString()));
        assertEquals(0, one.exit(), one.allErr());
        List<Path> parts = List.of(part(PROBLEM, 0, 3, "p0.h5"), part(PROBLEM, 1, 3, "p1.h5"),
                part(PROBLEM, 2, 3, "p2.h5"));
        Path merged = dir.resolve("merged.h5");
        CommandRun m = CommandRun.merge(parts, "-q", "-o", merged.toString(), "-checksum");
        assertEquals(0, m.exit(), m.allErr());
        assertEquals(one.out(), m.out());
        assertEquals(-1, Files.mismatch(single, merged), "merged HDF5 differs from the single run's");
        assertEquals(256, TestFiles.attribute(merged, "points"));

        Path singlePng = dir.resolve("single.png");
        assertEquals(0, CommandRun.run(Map.of(), CommandRun.args(PROBLEM, "-o", singlePng.toString())).exit());
        Path mergedPng = dir.resolve("merged.png");
        assertEquals(0, CommandRun.merge(parts, "-q", "-o", mergedPng.toString()).exit());
        assertEquals(-1, Files.mismatch(singlePng, mergedPng), "merged PNG differs from the single run's");
    }

    @Test
    void partsOfAnotherModelBoundaryConditionOrPointCountAreNamed() throws Exception {
        Path p0 = part(PROBLEM, 0, 3, "p0.h5");
        Path p1 = part(PROBLEM, 1, 3, "p1.h5");
        Path p2 = part(PROBLEM, 2, 3, "p2.h5");
        String[] kirchhoff = {"-lambda", "2", "-nx", "40", "-ny", "26", "-q"};
        Path k2 = part(kirchhoff, 2, 3, "k2.h5");
        Path soft2 = part(CommandRun.args(PROBLEM, "--bc", "soft"), 2, 3, "soft2.h5");
        Path fixed2 = part(CommandRun.args(PROBLEM, "--points", "128", "--tol", "0.01"), 2, 3, "fixed2.h5");
        Path damaged = Files.copy(p1, dir.resolve("damaged.h5"));
        try (io.jhdf.HdfFile hdf = new io.jhdf.HdfFile(damaged)) {
            TestFiles.flipLowestBit(damaged, ((double[]) hdf.getDatasetByPath("density_re").getDataFlat())[7]);
        }
        Path merged = Files.writeString(dir.resolve("merged.h5"), "older result");
        Map<List<Path>, String> cases = Map.of(
                List.of(p0, p1, k2), k2 + ": not from the same run as " + p0 + " (model = 'exact' in " + p0
                        + " but 'kirchhoff' here)",
                List.of(p0, p1, soft2), soft2 + ": not from the same run as " + p0 + " (bc = 'hard' in " + p0
                        + " but 'soft' here)",
                List.of(p0, p1, fixed2), fixed2 + ": not from the same run as " + p0 + " (points = 256 in " + p0
                        + " but 128 here)",
                List.of(p0, damaged, p2), damaged + ": its data do not match its SHA-256 checksum");
        for (Map.Entry<List<Path>, String> c : cases.entrySet()) {
            CommandRun m = CommandRun.merge(c.getKey(), "-q", "-o", merged.toString());
            assertEquals(2, m.exit(), m.allErr());
            assertTrue(m.err().startsWith("scatter: " + c.getValue()), m.err());
            assertEquals(1, m.err().lines().count(), m.err());
            assertFalse(m.hasStackTrace(), m.allErr());
            assertEquals("older result", Files.readString(merged));
        }
    }
}
