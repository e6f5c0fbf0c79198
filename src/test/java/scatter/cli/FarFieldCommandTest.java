package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;
import scatter.physics.exact.ReferenceData;
import scatter.physics.exact.evaluation.FarFieldPattern;

/**
 * {@code --far-field} and {@code --angles} on the command line, and the far field every HDF5 result
 * holds, against independent values: the exact model's default case and the cylinder's series
 * ({@code src/test/resources/scatter/exact/}, docs/exact.md), the Kirchhoff model's forward
 * amplitude -2 + 2i (the shadow: lit and shadow sides cancel the incident wave exactly) and its
 * sigma_s 4.0751 from the independent implementation.
 */
class FarFieldCommandTest {
    private static final Pattern RESIDUAL = Pattern.compile("optical theorem residual (\\S+)");

    @TempDir
    Path dir;

    static double widthOf(CommandRun r) {
        List<String> width = r.out().lines().filter(l -> l.startsWith(FarFieldOptions.WIDTH_LABEL)).toList();
        assertEquals(1, width.size(), r.out());
        return Double.parseDouble(width.get(0).substring(FarFieldOptions.WIDTH_LABEL.length()));
    }

    /** The residual the log gives, e.g. "-1.1e-15" (the Kirchhoff model's in percent). */
    static double loggedResidual(CommandRun r) {
        Matcher m = RESIDUAL.matcher(r.log());
        assertTrue(m.find(), r.log());
        return Double.parseDouble(m.group(1));
    }

    private static List<double[]> csvRows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        assertEquals("angle_deg,f_re,f_im,f_abs2,echo_width,echo_width_db", lines.get(0));
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertEquals(6, cells.length, line);
            double[] row = new double[6];
            for (int c = 0; c < 6; c++) {
                row[c] = Double.parseDouble(cells[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static double dataset(HdfFile hdf, String name, int index) {
        return ((double[]) hdf.getDatasetByPath(name).getData())[index];
    }

    @Test
    void exactDefaultCaseWritesTheTablePrintsTheWidthAndStoresTheFarFieldInTheResult() throws Exception {
        Path csv = dir.resolve("ff.csv");
        Path h5 = dir.resolve("exact.h5");
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "--far-field", csv.toString(), "-checksum", "-t",
                "2", "-o", h5.toString());
        assertEquals(0, r.exit(), r.allErr());
        List<String> out = r.out().lines().toList();
        assertEquals(2, out.size(), r.out());
        assertTrue(out.get(0).startsWith(ResultOptions.CHECKSUM_LABEL), r.out());
        assertEquals(3.680289481167096, widthOf(r), 1e-12 * 3.68);
        assertTrue(Math.abs(loggedResidual(r)) < 1e-10, r.log());
        assertTrue(r.log().contains("(self-check of the exact solution: its estimated error and rounding allow "),
                r.log());
        assertFalse(r.log().contains("WARN"), r.log());

        // every 10 degrees against the independent implementation, to 1e-10 of the largest |f|
        List<double[]> rows = csvRows(csv);
        assertEquals(360, rows.size());
        List<ReferenceData.Row> ref = ReferenceData.rowsOf(ReferenceData.read("obstacle_farfield.csv"),
                "default_hard");
        double max = ref.stream().mapToDouble(row -> Math.hypot(row.number("f_re"), row.number("f_im"))).max()
                .orElseThrow();
        for (ReferenceData.Row want : ref) {
            double[] got = rows.get((int) want.number("angle_deg"));
            assertEquals(want.number("angle_deg"), got[0]);
            assertEquals(want.number("f_re"), got[1], 1e-10 * max, "f_re at " + got[0]);
            assertEquals(want.number("f_im"), got[2], 1e-10 * max, "f_im at " + got[0]);
            double abs2 = got[1] * got[1] + got[2] * got[2];
            assertEquals(abs2, got[3], 1e-15 * abs2);
            assertEquals(2 * Math.PI * abs2, got[4], 1e-14 * abs2);
            assertEquals(10 * Math.log10(2 * Math.PI * abs2 / 0.5), got[5], 1e-12);
        }

        try (HdfFile hdf = new HdfFile(h5)) {
            assertArrayEquals(new int[] {360}, hdf.getDatasetByPath("far_field_re").getDimensions());
            assertEquals(359.0, dataset(hdf, "far_field_angle_deg", 359));
            assertEquals(-1.6092020769807536, dataset(hdf, "far_field_re", 0), 1e-10 * max);
            assertEquals(2.0710874041863456, dataset(hdf, "far_field_im", 0), 1e-10 * max);
            // the same numbers as the table
            assertEquals(rows.get(123)[1], dataset(hdf, "far_field_re", 123));
            assertEquals(rows.get(123)[2], dataset(hdf, "far_field_im", 123));
        }
        assertEquals(3.680289481167096, (Double) TestFiles.attribute(h5, "sigma_s"), 1e-12 * 3.68);
        assertEquals(3.680289481167096, (Double) TestFiles.attribute(h5, "sigma_ext"), 1e-12 * 3.68);
        assertTrue(Math.abs((Double) TestFiles.attribute(h5, "optical_theorem_residual")) < 1e-10);
    }

    @Test
    void cylindersMatchTheirSeriesForBothBoundaryConditions() throws Exception {
        List<ReferenceData.Row> cases = ReferenceData.read("cylinder_cases.csv");
        List<ReferenceData.Row> far = ReferenceData.read("cylinder_farfield.csv");
        for (String name : List.of("soft_ka0.5", "hard_ka3.8317")) {
            ReferenceData.Row c = ReferenceData.rowsOf(cases, name).get(0);
            Path csv = dir.resolve(name + ".csv");
            // every 5 degrees, as the series file has it
            CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "--bc", c.text("bc"), "-lambda",
                    c.text("lambda"), "--angle", c.text("angle_deg"), "-xc", c.text("xc"), "-yc", c.text("yc"), "-nx",
                    "16", "-ny", "16", "--angles", "72", "--far-field", csv.toString(), "--no-output", "-q");
            assertEquals(0, r.exit(), r.allErr());
            assertEquals(c.number("sigma_s"), widthOf(r), 1e-10 * c.number("sigma_s"), name);
            List<double[]> rows = csvRows(csv);
            assertEquals(72, rows.size());
            List<ReferenceData.Row> series = ReferenceData.rowsOf(far, name);
            double max = series.stream().mapToDouble(row -> Math.hypot(row.number("f_re"), row.number("f_im")))
                    .max().orElseThrow();
            for (int l = 0; l < 72; l++) {
                ReferenceData.Row want = series.get(l);
                assertEquals(want.number("angle_deg"), rows.get(l)[0], name);
                assertEquals(want.number("f_re"), rows.get(l)[1], 1e-10 * max, name + " at " + rows.get(l)[0]);
                assertEquals(want.number("f_im"), rows.get(l)[2], 1e-10 * max, name + " at " + rows.get(l)[0]);
            }
        }
    }

    @Test
    void kirchhoffFarFieldIsTheShadowForwardAndItsEnergyErrorIsNotAWarning() throws Exception {
        Path h5 = dir.resolve("k.h5");
        Path farH5 = dir.resolve("ff.h5");
        CommandRun r = CommandRun.run(Map.of(), "--far-field", farH5.toString(), "-checksum", "-o", h5.toString());
        assertEquals(0, r.exit(), r.allErr());
        assertEquals(4.0751, widthOf(r), 5e-5);
        assertEquals(1.84, loggedResidual(r), 0.005);
        assertTrue(r.log().contains("the Kirchhoff approximation's energy error"), r.log());
        assertFalse(r.log().contains("WARN"), r.log());
        try (HdfFile result = new HdfFile(h5); HdfFile alone = new HdfFile(farH5)) {
            assertEquals(-2, dataset(result, "far_field_re", 0), 1e-12);
            assertEquals(2, dataset(result, "far_field_im", 0), 1e-12);
            // the far-field file: the result's far field and inputs, without grid, fields or threads
            assertEquals(List.of("far_field_angle_deg", "far_field_im", "far_field_re"),
                    alone.getChildren().keySet().stream().sorted().toList());
            for (String name : List.of("far_field_angle_deg", "far_field_re", "far_field_im")) {
                assertArrayEquals((double[]) result.getDatasetByPath(name).getData(),
                        (double[]) alone.getDatasetByPath(name).getData(), name);
            }
            for (String name : List.of("lambda", "nc", "xc", "angle", "sigma_s", "sigma_ext",
                    "optical_theorem_residual")) {
                assertEquals(TestFiles.attribute(h5, name), TestFiles.attribute(farH5, name), name);
            }
            assertFalse(alone.getAttributes().containsKey("threads"));
        }
        // sigma_ext = 4: the forward amplitude -2 + 2i through the optical theorem, sqrt(8 pi/k) 2 sqrt(2)
        assertEquals(4.0, (Double) TestFiles.attribute(h5, "sigma_ext"), 1e-12);
        assertEquals(0.0184, (Double) TestFiles.attribute(h5, "optical_theorem_residual"), 5e-5);
    }

    @Test
    void withoutFarFieldStdoutIsAsBeforeAndAPlotIsAPicture() throws Exception {
        CommandRun plain = CommandRun.run(Map.of(), "-checksum", "-o", dir.resolve("a.h5").toString());
        assertEquals(0, plain.exit(), plain.allErr());
        assertEquals(ResultOptions.CHECKSUM_LABEL + "4686.33932772557" + System.lineSeparator(), plain.out());

        Path png = dir.resolve("ff.png");
        CommandRun r = CommandRun.run(Map.of(), "-lambda", "2", "-nx", "16", "-ny", "16", "--far-field",
                png.toString(), "--no-output", "-q");
        assertEquals(0, r.exit(), r.allErr());
        assertEquals(1, r.out().lines().count(), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 800 && image.getHeight() >= 800, image.getWidth() + " x " + image.getHeight());
    }

    @Test
    void everyPartCarriesTheWholeFarFieldAndMergeRefusesPartsOfOtherAngles() throws Exception {
        String[] problem = {"-nx", "20", "-ny", "14", "-nc", "64", "-q"};
        Path single = dir.resolve("single.csv");
        CommandRun one = CommandRun.run(Map.of(), concat(problem, "--far-field", single.toString(), "--no-output"));
        assertEquals(0, one.exit(), one.allErr());
        List<Path> parts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path part = dir.resolve("p" + i + ".h5");
            Path csv = dir.resolve("p" + i + ".csv");
            CommandRun r = CommandRun.run(Map.of(), concat(problem, "--part", i + "/2", "-o", part.toString(),
                    "--far-field", csv.toString()));
            assertEquals(0, r.exit(), r.allErr());
            assertEquals(one.out(), r.out(), "a part prints the whole problem's width");
            assertEquals(-1, Files.mismatch(single, csv), "part " + i + "'s far field");
            parts.add(part);
        }
        Path other = dir.resolve("other1.h5");
        assertEquals(0, CommandRun.run(Map.of(), concat(problem, "--part", "1/2", "--angles", "90", "-o",
                other.toString())).exit());
        Path merged = dir.resolve("merged.h5");
        CommandRun m = CommandRun.run(Map.of(), "merge", parts.get(0).toString(), other.toString(), "-o",
                merged.toString());
        assertEquals(2, m.exit(), m.allErr());
        assertEquals("scatter: " + other + ": its far field differs from that of " + parts.get(0) + " (360 directions"
                + " there, 90 here: give every part the same --angles)" + System.lineSeparator(), m.err());
        assertFalse(Files.exists(merged));
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aVtkOrPngResultHoldsNoFarFieldSoAnglesAloneIsAWarning() {
        CommandRun r = CommandRun.run(Map.of(), "-nx", "8", "-ny", "8", "--angles", "720", "-o",
                dir.resolve("f.vtk").toString());
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("[WARN] --angles 720: nothing holds the far field; give --far-field FILE, or an .h5"
                + " result"), r.log());
        assertFalse(r.log().contains("far field:"), r.log());
    }

    @Test
    void aLooseExactSolutionIsJudgedAgainstItsLargerEstimatedError() {
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "-lambda", "2", "-nx", "8", "-ny", "8",
                "--points", "16", "--tol", "0.1", "--no-output");
        assertEquals(0, r.exit(), r.allErr());
        Matcher m = Pattern.compile("optical theorem residual (\\S+), which checks nothing here: the exact solution's"
                + " estimated error and rounding allow up to (\\S+) ").matcher(r.log());
        assertTrue(m.find(), r.log());
        double residual = Double.parseDouble(m.group(1));
        double bound = Double.parseDouble(m.group(2));
        // 16 points leave a residual far above rounding, and their estimated error (0.30) allows more
        assertTrue(Math.abs(residual) > 1e-8 && Math.abs(residual) < bound, r.log());
        assertFalse(r.log().contains("[WARN] optical theorem"), r.log());
    }

    @Test
    void theOpticalTheoremWarnsOnlyBeyondWhatTheEstimatedErrorAllows() {
        double[] none = new double[0];
        assertEquals(ModelLog.Check.PASSED, ModelLog.Check.of(new FarFieldPattern(none, none, none, 1, 1, 1e-15, 2e-12)));
        assertEquals(ModelLog.Check.PASSED, ModelLog.Check.of(new FarFieldPattern(none, none, none, 1, 1, -1e-11, 2e-12)));
        assertEquals(ModelLog.Check.FAILED, ModelLog.Check.of(new FarFieldPattern(none, none, none, 1, 1, 1e-9, 2e-12)));
        assertEquals(ModelLog.Check.FAILED,
                ModelLog.Check.of(new FarFieldPattern(none, none, none, 1, 1, Double.NaN, 2e-12)));
        // a circle of radius 1e-6 at lambda 0.5: a residual of -0.1 is rounding when 5.7 is allowed
        assertEquals(ModelLog.Check.UNINFORMATIVE,
                ModelLog.Check.of(new FarFieldPattern(none, none, none, 1.5e-20, 1.6e-20, -0.099, 5.7)));
    }

    @Test
    void mistakesAreOneLineNamingTheOptionAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("out.h5");
        Path csv = dir.resolve("ff.csv");
        Map<List<String>, String> cases = Map.of(
                List.of("--angles", "0", "--far-field", csv.toString()),
                "scatter: --angles: the number of far-field directions must be from 1 to 100000, not 0",
                List.of("--angles", "100001"),
                "scatter: --angles: the number of far-field directions must be from 1 to 100000, not 100001",
                List.of("--angles", "ten"), "scatter: Invalid value for option '--angles': 'ten' is not an int",
                List.of("--far-field", dir.resolve("ff.txt").toString()),
                "scatter: --far-field: cannot tell the format of '" + dir.resolve("ff.txt")
                        + "'; supported extensions: .csv, .png, .h5, .hdf5",
                List.of("--far-field", dir.resolve("no/ff.csv").toString()),
                "scatter: --far-field: directory " + dir.resolve("no") + " does not exist",
                List.of("--far-field", out.toString()),
                "scatter: --far-field: " + out + " is the -o file too; give it another name",
                List.of("-lambda", "1e-7", "--far-field", csv.toString()),
                "scatter: -lambda: the far field would sum");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            List<String> args = new ArrayList<>(List.of("-nx", "8", "-ny", "8", "-o", out.toString()));
            args.addAll(c.getKey());
            CommandRun r = CommandRun.run(Map.of(), args.toArray(String[]::new));
            assertEquals(2, r.exit(), c.getKey() + ": " + r.allErr());
            assertTrue(r.err().startsWith(c.getValue()), c.getKey() + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(r.hasStackTrace(), r.allErr());
            assertEquals(List.of(), TestFiles.names(dir), c.getKey().toString());
        }
        // the same tiny wavelength without a far field to compute: as before
        CommandRun vtk = CommandRun.run(Map.of(), "-nx", "8", "-ny", "8", "-lambda", "1e-7", "-o",
                dir.resolve("f.vtk").toString());
        assertEquals(0, vtk.exit(), vtk.allErr());
    }
}
