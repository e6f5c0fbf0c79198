package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;
import scatter.physics.exact.ReferenceData;

/**
 * {@code --model exact} on the command line, against the independent numpy/scipy implementation's
 * values ({@code src/test/resources/scatter/exact/obstacle_*.csv}): the checksum, the inside count and
 * the number of boundary points the doubling settles on, the attributes and datasets of the HDF5
 * result, and its density checked through the far field it implies (computed here from the stored
 * boundary points and density alone, with the curve's derivative written out by hand).
 */
class ExactCommandTest {
    /** Relative error allowed for checksums (the acceptance's 1e-9). */
    private static final double CHECKSUM = 1e-9;
    /** Error allowed for the far field, relative to its largest value. */
    private static final double FAR_FIELD = 1e-10;

    @TempDir
    Path dir;

    static ReferenceData.Row reference(String name) {
        return ReferenceData.rowsOf(ReferenceData.read("obstacle_cases.csv"), name).get(0);
    }

    static double checksumOf(CommandRun r) {
        assertTrue(r.out().startsWith(ResultOptions.CHECKSUM_LABEL), r.out());
        return Double.parseDouble(r.out().strip().substring(ResultOptions.CHECKSUM_LABEL.length()));
    }

    @Test
    void theDefaultCaseIsTheIndependentImplementationsWithItsBoundarySolutionInTheResult() throws Exception {
        ReferenceData.Row ref = reference("default_hard");
        Path h5 = dir.resolve("exact.h5");
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "-checksum", "-t", "2", "-o", h5.toString());
        assertEquals(0, r.exit(), r.allErr());
        double error = Math.abs(checksumOf(r) - ref.number("checksum")) / ref.number("checksum");
        assertTrue(error < CHECKSUM, "checksum " + r.out() + " against " + ref.number("checksum") + ": " + error);
        int points = ref.integer("points");
        assertTrue(r.log().contains("exact model, sound-hard: " + points + " boundary points"), r.log());
        assertTrue(r.log().matches("(?s).*compute [0-9.]+ s \\(solve [0-9.]+ s: assembly [0-9.]+ s, LU [0-9.]+ s; "
                + "field [0-9.]+ s\\).*"), r.log());

        assertEquals("exact", TestFiles.attribute(h5, "model"));
        assertEquals("hard", TestFiles.attribute(h5, "bc"));
        assertEquals("smooth", TestFiles.attribute(h5, "inside_test"));
        assertEquals(1e-12, TestFiles.attribute(h5, "tolerance"));
        assertEquals(0, TestFiles.attribute(h5, "fixed_points"));
        assertEquals(points, TestFiles.attribute(h5, "points"));
        double change = (Double) TestFiles.attribute(h5, "change");
        assertTrue(change > 0 && change < 1e-12, "change " + change);
        assertEquals(2 * Math.PI / 0.5, TestFiles.attribute(h5, "coupling"), "eta = k for an obstacle 4 wavelengths round");
        double estimate = (Double) TestFiles.attribute(h5, "error_estimate");
        assertTrue(estimate >= 2 * change && estimate < 1e-12, "error_estimate " + estimate);
        try (HdfFile hdf = new HdfFile(h5)) {
            int inside = 0;
            for (int[] row : (int[][]) hdf.getDatasetByPath("inside").getData()) {
                for (int v : row) {
                    inside += v;
                }
            }
            assertEquals(ref.integer("inside"), inside);
            double[] x = (double[]) hdf.getDatasetByPath("boundary_x").getData();
            double[] y = (double[]) hdf.getDatasetByPath("boundary_y").getData();
            double[] re = (double[]) hdf.getDatasetByPath("density_re").getData();
            double[] im = (double[]) hdf.getDatasetByPath("density_im").getData();
            assertEquals(points, x.length);
            assertEquals(points, im.length);
            // the expressions' own values at t_j = j / points (BoundaryPoints), up to their rounding
            for (int j = 0; j < points; j++) {
                double t = (double) j / points;
                assertEquals(Math.cos(2 * Math.PI * t + 0.5 * Math.sin(2 * Math.PI * t + 0.9)), x[j], 1e-15);
                assertEquals(Math.sin(2 * Math.PI * t), y[j], 1e-15);
            }
            assertFarFieldMatches("default_hard", ref.number("lambda"), x, y, re, im);
        }
    }

    /**
     * The far field the stored density implies, f(theta) = e^{-i pi/4}/sqrt(8 pi k) sum_j (pi/n)
     * [k n_j.xhat + eta |z'_j|] e^{-ik xhat.z_j} psi_j (docs/exact.md; n_j = (y'(s_j), -x'(s_j)), eta = k
     * here, the stored coupling),
     * against the independent implementation's at every angle it gives.
     */
    private static void assertFarFieldMatches(String name, double lambda, double[] x, double[] y, double[] re,
            double[] im) {
        double k = 2 * Math.PI / lambda;
        int count = x.length;
        List<ReferenceData.Row> far = ReferenceData.rowsOf(ReferenceData.read("obstacle_farfield.csv"), name);
        double scale = 0;
        double worst = 0;
        for (ReferenceData.Row row : far) {
            double theta = Math.toRadians(row.number("angle_deg"));
            double cx = Math.cos(theta);
            double cy = Math.sin(theta);
            double sumRe = 0;
            double sumIm = 0;
            for (int j = 0; j < count; j++) {
                double t = (double) j / count;
                // the default obstacle's derivative d/ds = (1/2 pi) d/dt, by hand
                double phase = 2 * Math.PI * t + 0.5 * Math.sin(2 * Math.PI * t + 0.9);
                double dx = -Math.sin(phase) * (1 + 0.5 * Math.cos(2 * Math.PI * t + 0.9));
                double dy = Math.cos(2 * Math.PI * t);
                double weight = (2 * Math.PI / count) * (k * (dy * cx - dx * cy) + k * Math.hypot(dx, dy));
                double arg = -k * (cx * x[j] + cy * y[j]);
                double eRe = Math.cos(arg);
                double eIm = Math.sin(arg);
                sumRe += weight * (eRe * re[j] - eIm * im[j]);
                sumIm += weight * (eRe * im[j] + eIm * re[j]);
            }
            double c = 1 / Math.sqrt(8 * Math.PI * k);
            // times e^{-i pi/4} = (1 - i)/sqrt(2)
            double fRe = c * (sumRe + sumIm) / Math.sqrt(2);
            double fIm = c * (sumIm - sumRe) / Math.sqrt(2);
            scale = Math.max(scale, Math.hypot(row.number("f_re"), row.number("f_im")));
            worst = Math.max(worst, Math.hypot(fRe - row.number("f_re"), fIm - row.number("f_im")));
        }
        assertTrue(far.size() >= 36, "angles " + far.size());
        assertTrue(worst < FAR_FIELD * scale, "far field off by " + worst / scale);
    }

    /**
     * Wavelengths a million times the obstacle: a circle of radius 1e-6 at lambda 0.5 and of radius 1
     * at lambda 1e6, both boundary conditions, against the series summed in mpmath over every node
     * ({@code lowfreq_commands.csv}, src/test/scripts/lowfreq_reference.py), with no warning, and the
     * coupling 1/(2 R0) in the result (R0 = sqrt 2 radius, the bounding box's half diagonal).
     */
    @Test
    void longWavelengthsGiveTheSeriesChecksumWithoutAWarning() throws Exception {
        for (ReferenceData.Row ref : ReferenceData.read("lowfreq_commands.csv")) {
            Path h5 = dir.resolve(ref.text("case") + ".h5");
            CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "--bc", ref.text("bc"), "-checksum",
                    "-xc", ref.text("xc"), "-yc", ref.text("yc"), "-lambda", ref.text("lambda"), "-o", h5.toString());
            assertEquals(0, r.exit(), r.allErr());
            double error = Math.abs(checksumOf(r) - ref.number("checksum")) / ref.number("checksum");
            assertTrue(error < CHECKSUM, ref.text("case") + ": " + r.out() + " against " + ref.number("checksum"));
            assertFalse(r.log().contains("WARN"), r.log());
            assertEquals(0.5 / (Math.sqrt(2) * ref.number("radius")), (Double) TestFiles.attribute(h5, "coupling"),
                    1e-12 / ref.number("radius"));
        }
    }

    @Test
    void soundSoftGivesTheIndependentImplementationsChecksum() {
        ReferenceData.Row ref = reference("default_soft");
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "--bc", "soft", "-checksum", "--no-output");
        assertEquals(0, r.exit(), r.allErr());
        double error = Math.abs(checksumOf(r) - ref.number("checksum")) / ref.number("checksum");
        assertTrue(error < CHECKSUM, r.out() + " against " + ref.number("checksum"));
        assertTrue(r.log().contains("exact model, sound-soft: " + ref.integer("points") + " boundary points"), r.log());
    }

    @Test
    void anEllipseAtAnAngleAndTheStarToo() {
        for (String name : List.of("ellipse_hard", "star_hard")) {
            ReferenceData.Row ref = reference(name);
            CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "-checksum", "--no-output",
                    "-lambda", ref.text("lambda"), "--angle", ref.text("angle_deg"), "-nx", ref.text("nx"),
                    "-ny", ref.text("ny"), "-nc", ref.text("nc"), "-xc", ref.text("xc"), "-yc", ref.text("yc"));
            assertEquals(0, r.exit(), r.allErr());
            double error = Math.abs(checksumOf(r) - ref.number("checksum")) / ref.number("checksum");
            assertTrue(error < CHECKSUM, name + ": " + r.out() + " against " + ref.number("checksum"));
            assertTrue(r.log().contains("nodes (" + ref.integer("inside") + " inside), " + ref.integer("points")
                    + " boundary points"), r.log());
        }
    }

    @Test
    void aFixedCountWarnsWithItsEstimatedErrorWhenItIsPoor() throws Exception {
        Path h5 = dir.resolve("coarse.h5");
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "--points", "128", "-nx", "24", "-ny", "24", "-q",
                "-o", h5.toString());
        assertEquals(0, r.exit(), r.allErr());
        // the independent implementation's density on 128 points is off by 9.9e-12 (error_estimate.csv)
        double truth = trueError("default_l0.5", "hard", 128);
        assertTrue(r.log().matches("(?s)\\[WARN\\] --points 128: the boundary solution's estimated error is 2e-11,"
                + " above --tol 1e-12; use more points, or leave --points out to double them until it is below --tol.*"),
                r.log());
        double estimate = (Double) TestFiles.attribute(h5, "error_estimate");
        assertTrue(estimate >= truth && estimate < 10 * truth, estimate + " against " + truth);
        // the change from 64 points is the 64-point solution's error, and is stored as that
        assertEquals(trueError("default_l0.5", "hard", 64), (Double) TestFiles.attribute(h5, "change"), 2e-4);
        assertEquals(128, TestFiles.attribute(h5, "points"));
        assertEquals(128, TestFiles.attribute(h5, "fixed_points"));
        CommandRun enough = CommandRun.run(Map.of(), "--model", "exact", "--points", "128", "--tol", "1e-10", "-nx",
                "24", "-ny", "24", "-q", "--no-output");
        assertEquals(0, enough.exit(), enough.allErr());
        assertEquals("", enough.allErr(), "below --tol: no warning");
    }

    @Test
    void aFixedCountWhoseCoarserHalfIsPoorIsNotBlamedForIt() throws Exception {
        // 256 points are off by 1.1e-2 at lambda 0.1, 512 by 1.3e-14 (error_estimate.csv): the change
        // between them says nothing about the 512-point solution, which needs no warning
        Path h5 = dir.resolve("fine.h5");
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "-lambda", "0.1", "--points", "512", "-nx", "16",
                "-ny", "16", "-o", h5.toString());
        assertEquals(0, r.exit(), r.allErr());
        assertFalse(r.log().contains("WARN"), r.log());
        // the estimate is at its rounding floor, 2 eps k L = 1.7e-13 at this wavelength
        assertTrue(r.log().contains("512 boundary points (fixed by --points; solved at 256, 512), estimated error 1.7e-13,"
                + " change 0.011 from 256 points (the error of that coarser solution)"), r.log());
        double estimate = (Double) TestFiles.attribute(h5, "error_estimate");
        assertTrue(estimate >= trueError("default_l0.1", "hard", 512) && estimate < 1e-12, "estimate " + estimate);
        assertEquals(trueError("default_l0.1", "hard", 256), (Double) TestFiles.attribute(h5, "change"), 1e-4);
    }

    @Test
    void aToleranceBelowTheRoundingOfTheWavelengthIsWarnedOfWithOneThatWorks() throws Exception {
        // at lambda 0.1 the density is rounded to about 1.7e-13 (2 eps k L): more points cannot help
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "-lambda", "0.1", "--tol", "1e-13", "-nx", "8",
                "-ny", "8", "-t", "2", "-q", "--no-output");
        assertEquals(0, r.exit(), r.allErr());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[WARN\\] --tol 1e-13: the boundary solution's"
                + " estimated error is 1\\.[78]e-13, which is rounding at this wavelength \\(more points cannot lower it\\);"
                + " use --tol (\\S+) or more").matcher(r.log().strip());
        assertTrue(m.matches(), r.log());
        CommandRun followed = CommandRun.run(Map.of(), "--model", "exact", "-lambda", "0.1", "--tol", m.group(1), "-nx",
                "8", "-ny", "8", "-t", "2", "-q", "--no-output");
        assertEquals(0, followed.exit(), followed.allErr());
        assertEquals("", followed.allErr(), "--tol " + m.group(1) + ": no warning");
    }

    /** The true error of the boundary solution on {@code points} points (src/test/scripts/error_estimate.py). */
    private static double trueError(String name, String bc, int points) {
        return ReferenceData.rowsOf(ReferenceData.read("error_estimate.csv"), name).stream()
                .filter(r -> r.text("bc").equals(bc) && r.integer("points") == points).findFirst().orElseThrow()
                .number("true_error");
    }

    /** The exact model reverses a clockwise curve for its outward normal, and says so in its own terms. */
    @Test
    void clockwiseCurveIsReversedForTheOutwardNormal() {
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "-q", "--no-output", "-nx", "16", "-ny", "16",
                "-xc", "cos(2*pi*t)", "-yc", "-sin(2*pi*t)");
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("[WARN] the contour runs clockwise (signed area -3.14"), r.log());
        assertTrue(r.log().contains("reversed it (t -> 1 - t) so that the boundary's normal points out of the"
                + " obstacle, as the exact model's equations take it"), r.log());
        assertFalse(r.log().contains("segment"), r.log());
    }

    @Test
    void optionsOfTheOtherModelAreRefusedNamingThem() {
        Map<List<String>, String> refusals = Map.of(
                List.of("--bc", "soft"), "scatter: --bc: the Kirchhoff model is for sound-hard obstacles only",
                List.of("--tol", "1e-8"), "scatter: --tol: sets the exact model's boundary points; add --model exact",
                List.of("--points", "256"), "scatter: --points: sets the exact model's boundary points; add --model exact",
                List.of("--model", "exact", "--inside-test", "cross"), "scatter: --inside-test: the exact model finds",
                List.of("--model", "exact", "--points", "100"),
                "scatter: --points: the number of boundary points must be a power of two from 8 to 8192, not 100",
                List.of("--model", "exact", "--points", "0"), "scatter: --points: the number of boundary points must",
                List.of("--model", "exact", "--tol", "1e-15"), "scatter: --tol: the tolerance must be from 1e-13 to 0.1",
                List.of("--model", "exact", "--tol", "NaN"), "scatter: --tol: the tolerance must be a number from",
                List.of("--model", "wave"), "scatter: Invalid value for option '--model'");
        refusals.forEach((args, message) -> {
            CommandRun r = CommandRun.run(Map.of(), args.toArray(String[]::new));
            assertEquals(2, r.exit(), args + ": " + r.allErr());
            assertTrue(r.err().startsWith(message), args + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertEquals("", r.log(), "nothing computed");
        });
    }

    @Test
    void theResultIsTheSameBitForBitOnOneTwoThreeAndEightThreads() throws Exception {
        ReferenceData.Row ref = reference("default_hard_l2");
        byte[] first = null;
        for (String threads : List.of("1", "2", "3", "8")) {
            Path h5 = dir.resolve("t" + threads + ".h5");
            CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "-q", "-lambda", ref.text("lambda"),
                    "-nx", ref.text("nx"), "-ny", ref.text("ny"), "-t", threads, "-o", h5.toString());
            assertEquals(0, r.exit(), r.allErr());
            byte[] data = datasets(h5);
            if (first == null) {
                first = data;
            } else {
                assertArrayEquals(first, data, threads + " threads");
            }
        }
    }

    /** Every dataset of a result, bit for bit, as bytes (the attributes differ: threads). */
    static byte[] datasets(Path h5) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        try (HdfFile hdf = new HdfFile(h5)) {
            for (String name : hdf.getChildren().keySet()) {
                out.writeUTF(name);
                Object data = hdf.getDatasetByPath(name).getDataFlat();
                if (data instanceof double[] d) {
                    for (double v : d) {
                        out.writeLong(Double.doubleToRawLongBits(v));
                    }
                } else {
                    for (int v : (int[]) data) {
                        out.writeInt(v);
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void everyOutputFormatAndTheFramesWork() throws Exception {
        Path png = dir.resolve("field.png");
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "-q", "-lambda", "2", "-nx", "32", "-ny", "32",
                "-o", png.toString(), "-save");
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(javax.imageio.ImageIO.read(png.toFile()).getWidth() >= 640);
        Path vtk = dir.resolve("field.vtk");
        r = CommandRun.run(Map.of(), "--model", "exact", "-q", "-lambda", "2", "-nx", "32", "-ny", "32",
                "-o", vtk.toString());
        assertEquals(0, r.exit(), r.allErr());
        String title = Files.readAllLines(vtk, java.nio.charset.StandardCharsets.ISO_8859_1).get(1);
        assertTrue(title.contains("model=exact bc=hard") && title.contains("points=256"), title);
        assertEquals(22, TestFiles.names(dir).size(), "png, vtk and 20 frames: " + TestFiles.names(dir));
    }
}
