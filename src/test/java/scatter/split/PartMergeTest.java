package scatter.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;
import scatter.geometry.RowBand;
import scatter.output.ResultLayout;
import scatter.physics.Field;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.evaluation.FarField;
import scatter.solve.Evaluation;
import scatter.solve.FieldSolver;
import scatter.solve.Problem;

/** Merging parts: the whole field back bit for bit, and every way a set of parts can be wrong. */
class PartMergeTest {
    private static final Problem PROBLEM = new Problem(0.5, 30, 20, 64, Problem.DEFAULT_XC, Problem.DEFAULT_YC);
    private static PreparedProblem prepared;
    private static Field whole;
    /** The problem's far field, as every part holds it. */
    private static ResultLayout.FarField far;

    @TempDir
    Path dir;

    @BeforeAll
    static void solveWhole() throws InterruptedException {
        prepared = PROBLEM.prepare();
        whole = new FieldSolver(2).solve(prepared, null);
        far = farField(prepared, 36);
    }

    private static ResultLayout.FarField farField(PreparedProblem p, int angles) {
        return ResultLayout.FarField.of(FarField.kirchhoff(p.contour(), p.wave(), angles));
    }

    private static Map<String, Object> attributes(Problem p, int threads) {
        return ResultLayout.attributes(p, Evaluation.DIRECT, threads);
    }

    /** Solves each band of the problem as a part run would and writes part files p0.h5 ... */
    private List<Path> writeParts(Problem problem, int parts, int threads, String prefix) throws Exception {
        return writeParts(problem, parts, threads, prefix, 36);
    }

    private List<Path> writeParts(Problem problem, int parts, int threads, String prefix, int angles)
            throws Exception {
        PreparedProblem s = problem == PROBLEM ? prepared : problem.prepare();
        PartFile.Shared shared = new PartFile.Shared(null, farField(s, angles));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            RowBand band = RowBand.of(s.grid(), i, parts);
            Field f = new FieldSolver(threads).solve(s.rows(band), null);
            Path file = dir.resolve(prefix + i + ".h5");
            PartFile.write(f, band, attributes(problem, threads), shared, file);
            files.add(file);
        }
        return files;
    }

    private static void assertSameField(Field expected, Field actual) {
        assertArrayEquals(expected.incidentRe(), actual.incidentRe());
        assertArrayEquals(expected.incidentIm(), actual.incidentIm());
        assertArrayEquals(expected.scatteredRe(), actual.scatteredRe());
        assertArrayEquals(expected.scatteredIm(), actual.scatteredIm());
        assertArrayEquals(expected.inside(), actual.inside());
        assertArrayEquals(expected.grid().xs(), actual.grid().xs());
        assertArrayEquals(expected.grid().ys(), actual.grid().ys());
        assertEquals(Double.doubleToRawLongBits(expected.checksum()), Double.doubleToRawLongBits(actual.checksum()));
    }

    @Test
    void mergedPartsAreTheWholeFieldBitForBitInAnyOrder() throws Exception {
        for (int parts : new int[] {1, 3, 7, 21}) {
            List<Path> files = writeParts(PROBLEM, parts, 1 + parts % 3, "n" + parts + "p");
            java.util.Collections.reverse(files);
            PartMerge.Plan plan = PartMerge.check(files);
            assertEquals(parts, plan.parts());
            assertEquals(1 + parts % 3, plan.threads());
            assertEquals(PROBLEM.nc(), plan.inputs().get("nc"));
            assertEquals(PROBLEM.xc(), plan.inputs().get("xc"));
            PartMerge.Merged merged = plan.merge();
            assertSameField(whole, merged.field());
            assertTrue(far.sameAs(merged.farField()));
        }
    }

    @Test
    void partsWithDifferentFarFieldsOrADamagedOneAreNamed() throws Exception {
        List<Path> files = writeParts(PROBLEM, 3, 1, "p");
        Path finer = writeParts(PROBLEM, 3, 1, "finer", 72).get(2);
        List<Path> mixed = List.of(files.get(0), files.get(1), finer);
        PartException e = assertThrows(PartException.class, () -> PartMerge.merge(mixed));
        assertEquals(finer + ": its far field differs from that of " + files.get(0) + " (36 directions there, 72"
                + " here: give every part the same --angles)", e.getMessage());

        Path damaged = Files.copy(files.get(1), dir.resolve("damaged.h5"));
        TestFiles.flipLowestBit(damaged, far.im()[5]);
        List<Path> withDamaged = List.of(files.get(0), damaged, files.get(2));
        e = assertThrows(PartException.class, () -> PartMerge.merge(withDamaged));
        assertTrue(e.getMessage().startsWith(damaged + ": its far field does not match its far_field_sha256"
                + " checksum: the file is damaged"), e.getMessage());
    }

    @Test
    void aMissingPartIsNamedWithItsRows() throws Exception {
        List<Path> files = writeParts(PROBLEM, 3, 1, "p");
        files.remove(1);
        PartException e = assertThrows(PartException.class, () -> PartMerge.merge(files));
        assertTrue(e.getMessage().startsWith("missing part 1 of 3 (rows 7-13); all 3 parts are needed"), e.getMessage());
        files.remove(0);
        e = assertThrows(PartException.class, () -> PartMerge.merge(files));
        assertTrue(e.getMessage().startsWith("missing part 0 of 3 (rows 0-6), part 1 of 3 (rows 7-13);"),
                e.getMessage());
    }

    @Test
    void aDuplicatedPartIsNamed() throws Exception {
        List<Path> files = writeParts(PROBLEM, 3, 1, "p");
        Path copy = Files.copy(files.get(2), dir.resolve("copy.h5"));
        files.add(copy);
        PartException e = assertThrows(PartException.class, () -> PartMerge.merge(files));
        assertEquals("part 2 of 3 (rows 14-20) is given 2 times: " + files.get(2) + ", " + copy + "; give each part once",
                e.getMessage());
    }

    @Test
    void aCorruptPartIsNamed() throws Exception {
        List<Path> files = writeParts(PROBLEM, 3, 1, "p");
        Path bad = files.get(1);
        // one scattered value of the band, where it is stored in the file
        RowBand band = RowBand.of(21, 1, 3);
        TestFiles.flipLowestBit(bad, whole.scatteredRe()[band.firstRow() * 31 + 3]);
        PartException e = assertThrows(PartException.class, () -> PartMerge.merge(files));
        assertEquals(bad + ": its data do not match its SHA-256 checksum: the file is damaged; compute part 1 of 3 "
                + "(rows 7-13) again", e.getMessage());
    }

    @Test
    void aTruncatedPartIsNamed() throws Exception {
        List<Path> files = writeParts(PROBLEM, 2, 1, "p");
        Path bad = files.get(0);
        byte[] bytes = Files.readAllBytes(bad);
        Files.write(bad, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        PartException e = assertThrows(PartException.class, () -> PartMerge.merge(files));
        assertTrue(e.getMessage().startsWith(bad + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aPartOfAnotherProblemIsNamed() throws Exception {
        List<Path> files = writeParts(PROBLEM, 3, 1, "p");
        Problem other = new Problem(0.5, 30, 20, 65, Problem.DEFAULT_XC, Problem.DEFAULT_YC);
        Path odd = writeParts(other, 3, 1, "other").get(1);
        files.set(1, odd);
        PartException e = assertThrows(PartException.class, () -> PartMerge.merge(files));
        assertEquals(odd + ": not from the same run as " + files.get(0) + " (nc = 64 in " + files.get(0)
                + " but 65 here); all parts must come from the same inputs and split", e.getMessage());
    }

    @Test
    void aPartOfAnotherSplitIsNamed() throws Exception {
        List<Path> files = writeParts(PROBLEM, 3, 1, "p");
        Path odd = writeParts(PROBLEM, 4, 1, "four").get(3);
        files.add(0, odd);
        PartException e = assertThrows(PartException.class, () -> PartMerge.merge(files));
        assertTrue(e.getMessage().startsWith(odd + ": not from the same run as " + files.get(1)
                + " (split into 3 parts there but 4 here)"), e.getMessage());
    }

    @Test
    void aPartWhoseRowsContradictItsNumberIsNamed() throws Exception {
        List<Path> files = writeParts(PROBLEM, 3, 1, "p");
        // a part written for rows 6-12 but labelled part 1 of 3 (rows 7-13)
        Field shifted = new FieldSolver(1).solve(prepared.rows(new RowBand(1, 3, 6, 7)), null);
        Path bad = dir.resolve("shifted.h5");
        PartFile.write(shifted, new RowBand(1, 3, 6, 7), attributes(PROBLEM, 1), new PartFile.Shared(null, far), bad);
        files.set(1, bad);
        PartException e = assertThrows(PartException.class, () -> PartMerge.merge(files));
        assertTrue(e.getMessage().startsWith(bad + ": says it is part 1 of 3 with rows 6-12, but that part is part 1 "
                + "of 3 (rows 7-13)"), e.getMessage());
    }

    @Test
    void thePartsGiveBackTheirProblemOrSayWhyNot() throws Exception {
        List<Path> files = writeParts(PROBLEM, 2, 1, "p");
        assertEquals(PROBLEM, PartMerge.check(files).problem());
        // parts written by a version with other inputs (here: no angle or inside test)
        PartMerge.Plan old = PartMerge.check(files);
        Map<String, Object> inputs = new java.util.TreeMap<>(old.inputs());
        inputs.remove("angle");
        PartMerge.Plan other = new PartMerge.Plan(old.headers(), old.grid(), inputs, old.evaluation(), old.threads());
        PartException e = assertThrows(PartException.class, other::problem);
        assertEquals(files.get(0) + ": its inputs " + inputs + " are not those this version of scatter writes (lambda, nx,"
                + " ny, nc, xc, yc, angle, inside_test, evaluation, threads); merge it with the version that computed it",
                e.getMessage());
    }

    @Test
    void nothingToMergeIsAnError() {
        assertThrows(PartException.class, () -> PartMerge.merge(List.of()));
    }
}
