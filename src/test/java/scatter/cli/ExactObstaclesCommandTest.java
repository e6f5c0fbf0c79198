package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scatter.geometry.InsideTest;
import scatter.output.ResultLayout;
import scatter.physics.exact.ReferenceData;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Resolution;
import scatter.solve.Evaluation;
import scatter.solve.Model;
import scatter.solve.Problem;

/**
 * The exact model of several obstacles from the command line, against the independent multipole
 * method for circular cylinders ({@code src/test/resources/scatter/exact/multi_*.csv},
 * src/test/scripts/multipole_reference.py): checksum, inside count, far field and sigma_s of the
 * acceptance case (two cylinders, both boundary conditions), three cylinders of different radii at
 * an angle, ten cylinders; every obstacle's boundary data through HDF5; parts and merge; and the
 * Kirchhoff model's pointer to the exact model and compare, followed.
 */
class ExactObstaclesCommandTest {
    private static final Pattern INSIDE = Pattern.compile("nodes \\((\\d+) inside\\)");

    @TempDir
    Path dir;

    /** The case's command line: its obstacles' -xc/-yc pairs, wavelength, direction and condition. */
    private static String[] problem(String name) {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("multi_cases.csv"), name).get(0);
        List<String> args = new ArrayList<>(List.of("--model", "exact", "--bc", c.text("bc"), "-lambda",
                c.text("lambda"), "-angle", c.text("angle_deg"), "-t", "2"));
        for (ReferenceData.Row o : ReferenceData.rowsOf(ReferenceData.read("multi_obstacles.csv"), name)) {
            args.addAll(List.of("-xc", o.text("xc"), "-yc", o.text("yc")));
        }
        return args.toArray(String[]::new);
    }

    private static double number(String out, String label) {
        for (String line : out.lines().toList()) {
            if (line.startsWith(label)) {
                return Double.parseDouble(line.substring(label.length()).strip());
            }
        }
        throw new AssertionError("no line '" + label + "' in " + out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two_hard", "two_soft", "three_long_hard", "three_short_soft", "ten_hard"})
    void matchesTheMultipoleMethod(String name) throws Exception {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("multi_cases.csv"), name).get(0);
        Path far = dir.resolve("ff.csv");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(problem(name), "--no-output", "-checksum",
                "--far-field", far.toString()));
        assertEquals(0, r.exit(), r.allErr());
        double checksum = number(r.out(), ResultOptions.CHECKSUM_LABEL);
        assertEquals(c.number("checksum"), checksum, 1e-9 * c.number("checksum"), r.allErr());
        Matcher m = INSIDE.matcher(r.allErr());
        assertTrue(m.find(), r.allErr());
        assertEquals(c.integer("inside"), Integer.parseInt(m.group(1)));
        assertTrue(r.allErr().contains("exact model, sound-" + c.text("bc") + ", " + c.integer("obstacles")
                + " obstacles: "), r.allErr());
        for (int i = 1; i <= c.integer("obstacles"); i++) {
            assertTrue(r.allErr().contains("exact model, obstacle " + i + ": "), r.allErr());
        }
        assertTrue(!r.allErr().contains("WARN"), r.allErr());

        double sigma = number(r.out(), "Total scattering width:");
        assertEquals(c.number("sigma_s"), sigma, 1e-10 * c.number("sigma_s"));
        // f every 5 degrees against the series, relative to the largest |f|
        List<ReferenceData.Row> reference = ReferenceData.rowsOf(ReferenceData.read("multi_farfield.csv"), name);
        Map<Double, double[]> written = new java.util.HashMap<>();
        for (String line : Files.readAllLines(far).subList(1, Files.readAllLines(far).size())) {
            String[] v = line.split(",");
            written.put(Double.parseDouble(v[0]), new double[] {Double.parseDouble(v[1]), Double.parseDouble(v[2])});
        }
        double largest = 0;
        double error = 0;
        for (ReferenceData.Row f : reference) {
            double[] ours = written.get(f.number("angle_deg"));
            largest = Math.max(largest, Math.hypot(f.number("f_re"), f.number("f_im")));
            error = Math.max(error, Math.hypot(ours[0] - f.number("f_re"), ours[1] - f.number("f_im")));
        }
        assertTrue(error < 1e-10 * largest, "far field: " + error / largest);
    }

    @Test
    void theResultHoldsEveryObstaclesBoundaryPointsAndDensityAndReadsBackAsItsProblem() throws Exception {
        Path file = dir.resolve("two.h5");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(problem("three_long_hard"), "-o", file.toString()));
        assertEquals(0, r.exit(), r.allErr());
        List<ReferenceData.Row> circles = ReferenceData.rowsOf(ReferenceData.read("multi_obstacles.csv"),
                "three_long_hard");
        try (HdfFile hdf = new HdfFile(file)) {
            Map<String, Object> attributes = new java.util.LinkedHashMap<>();
            hdf.getAttributes().forEach((k, a) -> attributes.put(k, a.getData()));
            int total = 0;
            for (int i = 1; i <= 3; i++) {
                ReferenceData.Row o = circles.get(i - 1);
                int points = (Integer) attributes.get(ResultLayout.ofObstacle(ResultLayout.POINTS, i));
                total += points;
                assertTrue((Double) attributes.get(ResultLayout.ofObstacle(ResultLayout.ERROR_ESTIMATE, i)) < 1e-12);
                double[] x = (double[]) hdf.getDatasetByPath(ResultLayout.ofObstacle(ResultLayout.BOUNDARY_X, i))
                        .getData();
                double[] y = (double[]) hdf.getDatasetByPath(ResultLayout.ofObstacle(ResultLayout.BOUNDARY_Y, i))
                        .getData();
                double[] re = (double[]) hdf.getDatasetByPath(ResultLayout.ofObstacle(ResultLayout.DENSITY_RE, i))
                        .getData();
                assertEquals(points, x.length);
                assertEquals(points, re.length);
                // the points are the circle's own, z_j = c + a e^{2 pi i j / points}
                for (int j = 0; j < points; j++) {
                    double t = 2 * Math.PI * j / points;
                    assertEquals(o.number("cx") + o.number("radius") * Math.cos(t), x[j], 1e-13);
                    assertEquals(o.number("cy") + o.number("radius") * Math.sin(t), y[j], 1e-13);
                }
            }
            assertTrue(r.allErr().contains(total + " boundary points in all"), r.allErr());
            int[][] inside = (int[][]) hdf.getDatasetByPath(ResultLayout.INSIDE).getData();
            int[] perObstacle = new int[4];
            for (int[] row : inside) {
                for (int v : row) {
                    perObstacle[v]++;
                }
            }
            ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("multi_cases.csv"), "three_long_hard").get(0);
            assertEquals(c.integer("inside"), perObstacle[1] + perObstacle[2] + perObstacle[3]);
            assertTrue(perObstacle[1] > perObstacle[2] && perObstacle[2] > perObstacle[3] && perObstacle[3] > 0,
                    java.util.Arrays.toString(perObstacle)); // radii 1, 0.6, 0.3
            attributes.remove("_jHDF");
            attributes.remove(ResultLayout.THREADS);
            assertEquals(ResultLayout.evaluation(Evaluation.DIRECT), Map.of(ResultLayout.EVALUATION,
                    attributes.remove(ResultLayout.EVALUATION)));
            attributes.keySet().removeAll(ResultLayout.FAR_FIELD_RESULTS);
            assertEquals(3, ResultLayout.problem(attributes).orElseThrow().obstacles().size());
        }
    }

    @Test
    void partsMergeIntoTheSingleRunsFileByteForByteAndMustAgreeOnEveryObstacle() throws Exception {
        String[] problem = CommandRun.args(problem("two_hard"), "-nx", "40", "-ny", "40");
        Path single = dir.resolve("single.h5");
        CommandRun one = CommandRun.run(Map.of(), CommandRun.args(problem, "-checksum", "-o", single.toString()));
        assertEquals(0, one.exit(), one.allErr());
        CommandRun m = CommandRun.splitAndMerge(dir, problem, 2);
        Path merged = dir.resolve("merged.h5");
        assertEquals(0, m.exit(), m.allErr());
        assertEquals(one.out(), m.out());
        assertEquals(-1, Files.mismatch(single, merged), "merged HDF5 differs from the single run's");

        // a part whose second obstacle was solved with other points is not of the same run
        Path other = dir.resolve("other.h5");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(problem, "--points", "128", "--part", "1/2", "-o",
                other.toString()));
        assertEquals(0, r.exit(), r.allErr());
        CommandRun bad = CommandRun.merge(List.of(dir.resolve("p0.h5"), other), "-o", dir.resolve("bad.h5").toString());
        assertEquals(2, bad.exit(), bad.allErr());
        assertEquals(1, bad.err().lines().count(), bad.err());
    }

    @Test
    void theKirchhoffWarningsPointerToTheExactModelWorksWhenFollowed() {
        String[] two = {"-xc", "cos(2*pi*t)-1.5", "-yc", "sin(2*pi*t)", "-xc", "0.5*cos(2*pi*t)+1.2", "-yc",
            "0.5*sin(2*pi*t)+0.3", "-t", "2", "--no-output", "-checksum"};
        CommandRun kirchhoff = CommandRun.run(Map.of(), two);
        assertEquals(0, kirchhoff.exit(), kirchhoff.allErr());
        assertTrue(kirchhoff.allErr().contains("use --model exact, or see the difference with scatter compare"),
                kirchhoff.allErr());
        CommandRun exact = CommandRun.run(Map.of(), CommandRun.args(two, "--model", "exact"));
        assertEquals(0, exact.exit(), exact.allErr());
        assertEquals(4115.451040001104, number(exact.out(), ResultOptions.CHECKSUM_LABEL), 1e-9 * 4115.451040001104);
        CommandRun compare = CommandRun.run(Map.of(), CommandRun.args(new String[] {"compare"},
                CommandRun.args(java.util.Arrays.copyOf(two, 8), "-nx", "32", "-ny", "32", "-t", "2")));
        assertEquals(0, compare.exit(), compare.allErr());
        // the exact column's sigma_s is the series'
        Matcher sigma = Pattern.compile("sigma_s\\s+(\\S+)\\s+(\\S+)").matcher(compare.out());
        assertTrue(sigma.find(), compare.out());
        assertEquals(3.7000082810755006, Double.parseDouble(sigma.group(2)), 1e-6);
        // "beyond one wavelength" means from every contour: count the 33 x 33 grid's nodes a
        // wavelength from both circles (Grid.around: x from -2.5 - 5 lambda to 1.7 + 3 lambda, y from
        // -1 - 3 lambda to 0.8 + 4 lambda), give or take the contour's chords' sagitta
        double sagitta = 1 - Math.cos(Math.PI / 128);
        int surely = 0;
        int possibly = 0;
        int firstOnly = 0;
        for (int j = 0; j <= 32; j++) {
            for (int i = 0; i <= 32; i++) {
                double x = -5 + 8.2 * i / 32;
                double y = -2.5 + 5.5 * j / 32;
                double d1 = Math.hypot(x + 1.5, y) - 1 - 0.5;
                double d2 = Math.hypot(x - 1.2, y - 0.3) - 0.5 - 0.5;
                surely += d1 > sagitta && d2 > sagitta ? 1 : 0;
                possibly += d1 > -sagitta && d2 > -sagitta ? 1 : 0;
                firstOnly += d1 > sagitta ? 1 : 0;
            }
        }
        Matcher far = Pattern.compile(CompareTable.FAR_SEVERAL + "\\s+(\\d+)").matcher(compare.out());
        assertTrue(far.find(), compare.out());
        int counted = Integer.parseInt(far.group(1));
        assertTrue(surely <= counted && counted <= possibly && counted < firstOnly,
                counted + " not in [" + surely + ", " + possibly + "] below " + firstOnly);
    }

    @Test
    void aFixedCountOnEveryObstacleBeyondTheCapIsRefusedWithACountThatWorks() {
        String[] three = problem("three_long_hard");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(three, "--points", "4096", "--no-output"));
        assertEquals(2, r.exit(), r.allErr());
        assertTrue(r.err().startsWith("scatter: --points: 4096 boundary points on each of the 3 obstacles are 12288 in"
                + " all"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("use --points 2048 or fewer"), r.err());
        // followed, the count passes every check (solving 6144 points would take long for a unit test)
        List<Problem.Shape> shapes = new ArrayList<>();
        for (ReferenceData.Row o : ReferenceData.rowsOf(ReferenceData.read("multi_obstacles.csv"), "three_long_hard")) {
            shapes.add(new Problem.Shape(o.text("xc"), o.text("yc")));
        }
        Problem followed = new Problem(3.75, 128, 128, 128, shapes, 30, InsideTest.Kind.WINDING,
                new Model(Model.Kind.EXACT, BoundaryCondition.HARD, Resolution.DEFAULT_TOLERANCE, 2048));
        followed.checkNumbers();
        assertEquals(6144, followed.fixedPointsInAll());
    }

    /**
     * A line source inside one of two cylinders: the scattered field outside both is minus the source's
     * own, and the other cylinder's density is zero, its computed one rounding, whose change relative to
     * itself never settles; it is judged at a hundredth of the largest density (ObstacleSolver.SMALLEST_SHARE),
     * so the run settles at the start counts' doubling and its log's measured error is rounding.
     */
    @ParameterizedTest
    @ValueSource(strings = {"hard", "soft"})
    void aSourceInsideOneCylinderOfTwoIsTheSolversCheck(String bc) {
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "--bc", bc, "--no-output", "-nx", "40", "-ny", "40",
                "-xc", "cos(2*pi*t)-1.5", "-yc", "sin(2*pi*t)", "-xc", "0.5*cos(2*pi*t)+1.2", "-yc",
                "0.5*sin(2*pi*t)+0.3", "--source", "-1.4,0.1");
        assertEquals(0, r.exit(), r.allErr());
        Matcher m = Pattern.compile("this run is a check of the solver, measured error (\\S+) ").matcher(r.log());
        assertTrue(m.find(), r.log());
        assertTrue(Double.parseDouble(m.group(1)) < 1e-12, r.log());
    }

    @Test
    void anObstacleTheExactModelCannotSolveIsNamed() {
        // the astroid: a cusp at t = 0, which the exact model does not solve
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "--no-output", "-xc", "cos(2*pi*t)", "-yc",
                "sin(2*pi*t)", "-xc", "3+cos(2*pi*t)^3", "-yc", "sin(2*pi*t)^3");
        assertEquals(2, r.exit(), r.allErr());
        assertTrue(r.err().startsWith("scatter: -xc/-yc: obstacle 2: the exact model needs a smooth contour and this"
                + " one is not: it has a cusp"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void obstaclesTooManyForTheDoublingAreRefusedBeforeSolving() {
        // 65 small circles start with 64 points each: 4160, and their check would need 8320
        List<String> args = new ArrayList<>(List.of("--model", "exact", "--no-output", "-nx", "16", "-ny", "16"));
        for (int i = 0; i < 65; i++) {
            args.addAll(List.of("-xc", "0.1*cos(2*pi*t)+" + (0.5 * i), "-yc", "0.1*sin(2*pi*t)"));
        }
        CommandRun r = CommandRun.run(Map.of(), args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.allErr());
        assertTrue(r.err().startsWith("scatter: --model exact: the 65 obstacles start with 4160 boundary points in all"),
                r.err());
        assertTrue(r.err().contains("use the Kirchhoff model (--model kirchhoff, the default) or fewer obstacles"),
                r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void theTimingLogCountsEveryObstaclesBoundaryPoints() throws Exception {
        Path log = dir.resolve("timings.csv");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(problem("two_hard"), "-nx", "16", "-ny", "16",
                "--no-output", "--timing-log", log.toString()));
        assertEquals(0, r.exit(), r.allErr());
        List<String> lines = Files.readAllLines(log);
        List<String> header = List.of(lines.get(0).split(","));
        String[] row = lines.get(1).split(",");
        Matcher m = Pattern.compile("exact model, obstacle 1: (\\d+) boundary points").matcher(r.allErr());
        Matcher m2 = Pattern.compile("exact model, obstacle 2: (\\d+) boundary points").matcher(r.allErr());
        assertTrue(m.find() && m2.find(), r.allErr());
        int total = Integer.parseInt(m.group(1)) + Integer.parseInt(m2.group(1));
        assertEquals(Integer.toString(total), row[header.indexOf("points")]);
        assertEquals("2", row[header.indexOf("obstacles")]);
    }
}
