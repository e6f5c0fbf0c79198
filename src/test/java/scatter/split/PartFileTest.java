package scatter.split;

import scatter.output.Hdf5Writer;
import scatter.output.ResultLayout;
import scatter.output.TestFields;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.geometry.Grid;
import scatter.geometry.RowBand;
import scatter.physics.Field;
import scatter.solve.Evaluation;
import scatter.solve.Problem;

/** Part files: written, read back with jhdf's reader, and their checksum against Python's hashlib. */
class PartFileTest {
    /** SHA-256 of the tiny part below, from src/test/scripts/part_sha256.py (Python's hashlib). */
    private static final String TINY_SHA256 = "98b894038e9820741575043ee67766688fa9f67f7bde9ef977b4f66f50aa5ac5";

    @TempDir
    Path dir;

    /** Row 1 of a 2 x 3 node grid, with the values of part_sha256.py. */
    private static Field tinyPart() {
        Grid band = new Grid(1, 2, -1.5, 2.0, 0.0, 0.5).rows(RowBand.of(3, 1, 3));
        return new Field(band, new double[] {1.0, -0.0}, new double[] {1e-300, 3.5}, new double[] {0.0, -2.75},
                new double[] {0.0, 1.0 / 3.0}, new byte[] {1, 0});
    }

    /** A far field of four directions (the data need not be a problem's). */
    static final ResultLayout.FarField FAR = new ResultLayout.FarField(new double[] {0, 90, 180, 270},
            new double[] {1.5, -0.25, 1e-300, -0.0}, new double[] {2, 0.5, -3.75, 1.0 / 3.0}, 4.5, 4.25, 0.0625);

    /** What a Kirchhoff part holds for the whole run: {@link #FAR}. */
    static PartFile.Shared shared() {
        return new PartFile.Shared(null, FAR);
    }

    /** The attributes of a run on an nx by ny grid (of any size: the data need not be its field). */
    static Map<String, Object> attributes(int nx, int ny, int threads) {
        return ResultLayout.attributes(new Problem(0.5, nx, ny, 16, "cos(2*pi*t)", "sin(2*pi*t)"), Evaluation.DIRECT,
                threads);
    }

    @Test
    void checksumIsSha256OfTheStoredArraysAsPythonComputesIt() throws Exception {
        Field f = tinyPart();
        assertArrayEquals(new double[] {-1.5, 2.0}, f.grid().xs());
        assertArrayEquals(new double[] {0.25}, f.grid().ys());
        Path file = dir.resolve("tiny.h5");
        PartFile.write(f, RowBand.of(3, 1, 3), attributes(1, 2, 4), shared(), file);
        try (HdfFile hdf = new HdfFile(file)) {
            assertEquals(TINY_SHA256, hdf.getAttribute("sha256").getData());
        }
    }

    @Test
    void headerAndDataReadBack() throws Exception {
        Field whole = TestFields.sample(6, 9);
        RowBand band = RowBand.of(whole.grid(), 1, 3);
        Field part = slice(whole, band);
        Path file = dir.resolve("p.h5");
        PartFile.write(part, band, attributes(6, 9, 3), shared(), file);

        PartFile.Header h = PartFile.readHeader(file);
        assertEquals(band, h.band());
        assertEquals(3, h.threads());
        Map<String, Object> inputs = attributes(6, 9, 3);
        inputs.remove("threads");
        inputs.remove("evaluation");
        assertEquals(inputs, h.inputs());
        assertEquals(Evaluation.DIRECT, h.evaluation());
        assertArrayEquals(whole.grid().xs(), h.grid().xs());
        assertArrayEquals(whole.grid().ys(), h.grid().ys());

        assertEquals(Map.of("sigma_s", 4.5, "sigma_ext", 4.25, "optical_theorem_residual", 0.0625), h.widths());

        Field back = new Field(h.grid());
        PartFile.Shared read = PartFile.readInto(h, back);
        assertEquals(null, read.boundary());
        assertTrue(FAR.sameAs(read.farField()));
        int from = band.firstRow() * 7;
        int to = band.endRow() * 7;
        assertArrayEquals(Arrays.copyOfRange(whole.scatteredRe(), from, to), Arrays.copyOfRange(back.scatteredRe(), from, to));
        assertArrayEquals(Arrays.copyOfRange(whole.scatteredIm(), from, to), Arrays.copyOfRange(back.scatteredIm(), from, to));
        assertArrayEquals(Arrays.copyOfRange(whole.incidentRe(), from, to), Arrays.copyOfRange(back.incidentRe(), from, to));
        assertArrayEquals(Arrays.copyOfRange(whole.incidentIm(), from, to), Arrays.copyOfRange(back.incidentIm(), from, to));
        assertArrayEquals(Arrays.copyOfRange(whole.inside(), from, to), Arrays.copyOfRange(back.inside(), from, to));
        // rows of other bands are left alone
        assertEquals(0.0, back.scatteredRe()[0]);
        assertEquals(0.0, back.scatteredRe()[to]);
    }

    @Test
    void aPartIsReadLikeAResultFileOfItsRows() throws Exception {
        Field whole = TestFields.sample(4, 5);
        RowBand band = RowBand.of(whole.grid(), 1, 2);
        Path file = dir.resolve("p.h5");
        PartFile.write(slice(whole, band), band, attributes(4, 5, 1), shared(), file);
        try (HdfFile hdf = new HdfFile(file)) {
            assertArrayEquals(new int[] {band.rowCount(), 5}, hdf.getDatasetByPath("scattered_re").getDimensions());
            assertArrayEquals(slice(whole, band).grid().ys(), (double[]) hdf.getDatasetByPath("y").getData());
            assertArrayEquals(whole.grid().xs(), (double[]) hdf.getDatasetByPath("x").getData());
        }
    }

    @Test
    void theFarFieldHasItsOwnChecksumLeavingTheDataChecksumAsBefore() throws Exception {
        Path file = dir.resolve("tiny.h5");
        PartFile.write(tinyPart(), RowBand.of(3, 1, 3), attributes(1, 2, 4), shared(), file);
        ByteBuffer bytes = ByteBuffer.allocate(12 * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] a : List.of(FAR.angleDegrees(), FAR.re(), FAR.im())) {
            for (double v : a) {
                bytes.putDouble(v);
            }
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        try (HdfFile hdf = new HdfFile(file)) {
            assertEquals(TINY_SHA256, hdf.getAttribute("sha256").getData());
            assertEquals(expected, hdf.getAttribute("far_field_sha256").getData());
            assertArrayEquals(FAR.re(), (double[]) hdf.getDatasetByPath("far_field_re").getData());
            assertEquals(0.0625, hdf.getAttribute("optical_theorem_residual").getData());
        }
    }

    @Test
    void aPartWithoutFarFieldComesFromAnEarlierVersion() throws Exception {
        Path file = dir.resolve("p.h5");
        RowBand band = RowBand.of(3, 1, 3);
        PartFile.write(tinyPart(), band, attributes(1, 2, 4), shared(), file);
        Map<String, Object> old = new java.util.LinkedHashMap<>();
        try (HdfFile hdf = new HdfFile(file)) {
            hdf.getAttributes().forEach((k, v) -> old.put(k, v.getData()));
        }
        old.keySet().removeAll(List.of("_jHDF", "far_field_sha256", "sigma_s", "sigma_ext",
                "optical_theorem_residual"));
        Path earlier = dir.resolve("earlier.h5");
        new Hdf5Writer().write(tinyPart(), old, earlier);
        PartException e = assertThrows(PartException.class, () -> PartFile.readHeader(earlier));
        assertEquals(earlier + ": holds no far field: it was written by an earlier version of scatter; compute the"
                + " parts again with this version", e.getMessage());
    }

    /** An FMM part stores its method and tolerance, and its header gives them back apart from the inputs. */
    @Test
    void anFmmPartSaysItsToleranceAndReadsItBack() throws Exception {
        Path file = dir.resolve("p.h5");
        Map<String, Object> attributes = ResultLayout.attributes(new Problem(0.5, 1, 2, 16, "cos(2*pi*t)",
                "sin(2*pi*t)"), Evaluation.fmm(1e-6), 4);
        PartFile.write(tinyPart(), RowBand.of(3, 1, 3), attributes, shared(), file);
        try (HdfFile hdf = new HdfFile(file)) {
            assertEquals("fmm", hdf.getAttribute("evaluation").getData());
            assertEquals(1e-6, hdf.getAttribute("fmm_tol").getData());
            // the digest is of the data alone: the same as the direct part's
            assertEquals(TINY_SHA256, hdf.getAttribute("sha256").getData());
        }
        PartFile.Header h = PartFile.readHeader(file);
        assertEquals(Evaluation.fmm(1e-6), h.evaluation());
        assertTrue(!h.inputs().containsKey("evaluation") && !h.inputs().containsKey("fmm_tol"), h.inputs().toString());
    }

    /** A part whose evaluation attributes this version does not write is named, not guessed at. */
    @Test
    void aPartWithAnUnknownEvaluationIsNamed() throws Exception {
        Path file = dir.resolve("p.h5");
        Map<String, Object> attributes = attributes(1, 2, 4);
        attributes.put("evaluation", "multigrid");
        PartFile.write(tinyPart(), RowBand.of(3, 1, 3), attributes, shared(), file);
        PartException e = assertThrows(PartException.class, () -> PartFile.readHeader(file));
        assertEquals(file + ": attributes evaluation = multigrid, fmm_tol = (none) are not an evaluation this version"
                + " writes: direct, or fmm with its tolerance", e.getMessage());
    }

    @Test
    void aResultFileIsNotAPart() throws Exception {
        Path file = dir.resolve("result.h5");
        new Hdf5Writer().write(TestFields.sample(3, 3), attributes(3, 3, 1), file);
        PartException e = assertThrows(PartException.class, () -> PartFile.readHeader(file));
        assertTrue(e.getMessage().startsWith(file + ": not a part file"), e.getMessage());
    }

    @Test
    void missingOrNonHdf5FilesAreNamed() throws Exception {
        Path none = dir.resolve("none.h5");
        PartException e = assertThrows(PartException.class, () -> PartFile.readHeader(none));
        assertEquals(none + ": no such file", e.getMessage());
        Path text = Files.writeString(dir.resolve("text.h5"), "not HDF5 at all\n");
        e = assertThrows(PartException.class, () -> PartFile.readHeader(text));
        assertTrue(e.getMessage().startsWith(text + ": cannot read it as an HDF5 part file"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    /** The band's rows of a whole field, as the solver computes them for a part. */
    static Field slice(Field whole, RowBand band) {
        int cols = whole.grid().nx() + 1;
        int from = band.firstRow() * cols;
        int to = band.endRow() * cols;
        return new Field(whole.grid().rows(band), Arrays.copyOfRange(whole.incidentRe(), from, to),
                Arrays.copyOfRange(whole.incidentIm(), from, to), Arrays.copyOfRange(whole.scatteredRe(), from, to),
                Arrays.copyOfRange(whole.scatteredIm(), from, to), Arrays.copyOfRange(whole.inside(), from, to));
    }
}
