package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;
import scatter.solve.Evaluation;
import scatter.split.PartFile;

/**
 * Results and parts say how their field was evaluated (the attributes evaluation and fmm_tol), and
 * merge joins only parts evaluated alike: it names the parts that differ and how to compute them
 * again, and reads parts of versions without the attribute as direct sums.
 */
class EvaluationAttributeTest {
    /**
     * 257 x 257 nodes against 1024 segments: 6.8e7 (node, source) pairs, enough that --fmm does not
     * fall back to the direct sum ({@link Evaluation#FMM_MIN_PAIRS}); a half or a third of the grid
     * alone would.
     */
    private static final String[] FMM_SIZE = {"-nx", "256", "-ny", "256", "-nc", "1024"};
    /** A problem that parts compute in a moment, by the direct sum. */
    private static final String[] SMALL = {"-nx", "40", "-ny", "26", "-nc", "96", "--angle", "30"};

    @TempDir
    Path dir;

    private Path run(String name, String[] problem, String... more) {
        Path file = dir.resolve(name);
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(problem, CommandRun.args(more, "-q", "-o",
                file.toString())));
        assertEquals(0, r.exit(), r.allErr());
        return file;
    }

    private static boolean hasAttribute(Path h5, String name) {
        try (HdfFile hdf = new HdfFile(h5)) {
            return hdf.getAttributes().containsKey(name);
        }
    }

    @Test
    void aResultSaysHowItWasEvaluatedInHdf5AndInTheVtkHeader() throws Exception {
        Path direct = run("direct.h5", FMM_SIZE);
        assertEquals("direct", TestFiles.attribute(direct, "evaluation"));
        assertFalse(hasAttribute(direct, "fmm_tol"));
        Path fmm = run("fmm.h5", FMM_SIZE, "--fmm", "--fmm-tol", "1e-9");
        assertEquals("fmm", TestFiles.attribute(fmm, "evaluation"));
        assertEquals(1e-9, TestFiles.attribute(fmm, "fmm_tol"));
        Path vtk = run("fmm.vtk", FMM_SIZE, "--fmm", "--fmm-tol", "1e-9", "-t", "2");
        String header = Files.readAllLines(vtk, java.nio.charset.StandardCharsets.ISO_8859_1).get(1);
        assertTrue(header.endsWith(" inside_test=winding evaluation=fmm fmm_tol=1.0E-9 threads=2"), header);
        // where --fmm falls back to the direct sum (the default case), the result says what was done
        assertEquals("direct", TestFiles.attribute(run("fallback.h5", new String[0], "--fmm"), "evaluation"));
    }

    /**
     * Each half of the grid alone would fall back to the direct sum; the parts decide as the whole
     * run does, so both are FMM parts, and their merge is the single --fmm run's file byte for byte.
     */
    @Test
    void thePartsOfAnFmmRunAreAllFmmPartsAndMergeIntoTheSingleRunsFile() throws Exception {
        List<Path> parts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path part = run("p" + i + ".h5", FMM_SIZE, "--fmm", "--part", i + "/2", "-t", "2");
            assertEquals(Evaluation.fmm(1e-12), PartFile.readHeader(part).evaluation());
            assertEquals("fmm", TestFiles.attribute(part, "evaluation"));
            assertEquals(1e-12, TestFiles.attribute(part, "fmm_tol"));
            parts.add(part);
        }
        Path single = run("single.h5", FMM_SIZE, "--fmm", "-t", "2");
        Path merged = dir.resolve("merged.h5");
        CommandRun m = CommandRun.merge(parts, "-o", merged.toString());
        assertEquals(0, m.exit(), m.allErr());
        assertEquals(-1, Files.mismatch(single, merged), "merged HDF5 differs from the single --fmm run's");
    }

    /**
     * Parts summed by other methods or to other tolerances: one line naming the parts that differ
     * from the most, the options that compute them again, exit 2, nothing written; followed, the
     * advice gives parts that merge.
     */
    @Test
    void mergeRefusesPartsEvaluatedOtherwiseAndSaysHowToComputeThemAgain() throws Exception {
        Path p0 = run("p0.h5", FMM_SIZE, "--fmm", "--part", "0/3");
        Path p1 = run("p1.h5", FMM_SIZE, "--fmm", "--part", "1/3");
        Path direct = run("direct2.h5", FMM_SIZE, "--part", "2/3");
        Path loose = run("loose2.h5", FMM_SIZE, "--fmm", "--fmm-tol", "1e-6", "--part", "2/3");
        Path merged = dir.resolve("merged.h5");
        Map<List<Path>, String> cases = Map.of(
                List.of(direct, p1, p0), direct + " summed directly, but " + p1 + " by the fast multipole method to"
                        + " fmm_tol 1.0E-12: the parts of a run must be evaluated alike; compute part 2 of 3"
                        + " (rows 171-256) again with --fmm --fmm-tol 1.0E-12 and the same options otherwise",
                List.of(p0, p1, loose), loose + " by the fast multipole method to fmm_tol 1.0E-6, but " + p0
                        + " by the fast multipole method to fmm_tol 1.0E-12: the parts of a run must be evaluated"
                        + " alike; compute part 2 of 3 (rows 171-256) again with --fmm --fmm-tol 1.0E-12 and the"
                        + " same options otherwise");
        for (Map.Entry<List<Path>, String> c : cases.entrySet()) {
            CommandRun m = CommandRun.merge(c.getKey(), "-o", merged.toString());
            assertEquals(2, m.exit(), m.allErr());
            assertEquals("scatter: " + c.getValue(), m.err().strip());
            assertFalse(m.hasStackTrace(), m.allErr());
            assertFalse(Files.exists(merged));
        }
        // with the others direct, the FMM part is the odd one out
        Path d0 = run("d0.h5", FMM_SIZE, "--part", "0/3");
        Path d1 = run("d1.h5", FMM_SIZE, "--part", "1/3");
        Path fmm = run("fmm2.h5", FMM_SIZE, "--fmm", "--part", "2/3");
        CommandRun m = CommandRun.merge(List.of(d0, fmm, d1), "-o", merged.toString());
        assertEquals(2, m.exit(), m.allErr());
        assertEquals("scatter: " + fmm + " by the fast multipole method to fmm_tol 1.0E-12, but " + d0 + " summed"
                + " directly: the parts of a run must be evaluated alike; compute part 2 of 3 (rows 171-256) again"
                + " without --fmm and the same options otherwise", m.err().strip());
        // the advice followed
        Path again = run("again2.h5", FMM_SIZE, "--fmm", "--fmm-tol", "1.0E-12", "--part", "2/3");
        m = CommandRun.merge(List.of(p0, p1, again), "-o", merged.toString());
        assertEquals(0, m.exit(), m.allErr());
        assertEquals("fmm", TestFiles.attribute(merged, "evaluation"));
    }

    /**
     * Parts of a version before the attribute (a part of this version without it, which is what that
     * version wrote) were summed directly: they merge, alone or with parts of this version, into
     * the single run's file, which says "direct".
     */
    @Test
    void partsWrittenBeforeTheAttributeMergeAsDirectSums() throws Exception {
        Path single = run("single.h5", SMALL, "-t", "1");
        Path old0 = withoutEvaluation(run("p0.h5", SMALL, "--part", "0/3", "-t", "1"));
        Path old1 = withoutEvaluation(run("p1.h5", SMALL, "--part", "1/3", "-t", "1"));
        Path new2 = run("p2.h5", SMALL, "--part", "2/3", "-t", "1");
        assertFalse(hasAttribute(old0, "evaluation"));
        assertEquals(Evaluation.DIRECT, PartFile.readHeader(old0).evaluation());
        Path merged = dir.resolve("merged.h5");
        CommandRun m = CommandRun.merge(List.of(old0, old1, new2), "-o", merged.toString());
        assertEquals(0, m.exit(), m.allErr());
        assertEquals(-1, Files.mismatch(single, merged), "merged HDF5 differs from the single run's");
        assertEquals("direct", TestFiles.attribute(merged, "evaluation"));
    }

    /** A copy of a part file, old-&lt;name&gt;, with every dataset and attribute but evaluation. */
    private Path withoutEvaluation(Path part) {
        Path old = dir.resolve("old-" + part.getFileName());
        try (HdfFile hdf = new HdfFile(part); WritableHdfFile out = HdfFile.write(old)) {
            for (Node node : hdf.getChildren().values()) {
                out.putDataset(node.getName(), ((Dataset) node).getData());
            }
            hdf.getAttributes().forEach((name, a) -> {
                if (!name.equals("_jHDF") && !name.equals("evaluation")) {
                    out.putAttribute(name, a.getData());
                }
            });
        }
        return old;
    }
}
