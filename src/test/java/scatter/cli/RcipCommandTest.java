package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scatter.TestFiles;

/**
 * Polygons with straight sides solved by RCIP on the command line: a line source inside, whose
 * scattered field outside is -(i/4) H0(k |x - x0|), computed here from the written grid's coordinates,
 * every node outside within 1e-8 of max |u_s| farther than 1e-3 of the size from the boundary and
 * within 1e-5 nearer (the grid is placed so that a column of nodes lies 3e-4 outside the rightmost
 * side or vertex); the log's far-field check within 1e-9; the inside flags against the polygon's own
 * crossing number; threads and parts byte for byte. Each polygon is typed as the piecewise linear
 * x(t), y(t) through its vertices at t = i/m ({@link #contour}).
 */
class RcipCommandTest {
    private static final double T5 = Math.tan(Math.toRadians(5));
    /** Vertices anticlockwise, {x}, {y}, and a source inside {x0, y0}. */
    static final double[][] DIAMOND = {{1, 0, -1, 0}, {0, 1, 0, -1}, {0.1, 0.05}};
    static final double[][] SQUARE = {{-1, 1, 1, -1}, {-1, -1, 1, 1}, {0.1, 0.05}};
    static final double[][] L_SHAPE = {{0, 2, 2, 1, 1, 0}, {0, 0, 1, 1, 2, 2}, {0.3, 0.25}};
    /** A 4 by 3 rectangle with a notch of 10 degrees in its top (350 inside) and a spike of 10 degrees on its left. */
    static final double[][] SPIKES = {{0, 4, 4, 2 + 2 * T5, 2, 2 - 2 * T5, 0, 0, -3, 0},
        {0, 0, 3, 3, 1, 3, 3, 1.5 + 3 * T5, 1.5, 1.5 - 3 * T5}, {1, 2}};
    /**
     * Every shape here is 2 wide: the grid runs from x_min - 5 lambda to x_max + 3 lambda in 40 cells,
     * so node 28 is at x_max + 0.6 (lambda - 1): 3e-4 beyond the rightmost point at this wavelength.
     */
    static final String LAMBDA = "1.0005";

    @TempDir
    Path dir;

    /** -xc and -yc of the polygon through the vertices, vertex i at t = i/m: a + b t + sum_i c_i |t - t_i|. */
    static String[] contour(double[][] shape) {
        return new String[] {"-xc", piecewiseLinear(shape[0]), "-yc", piecewiseLinear(shape[1])};
    }

    private static String piecewiseLinear(double[] v) {
        int m = v.length;
        double[] slope = new double[m];
        for (int i = 0; i < m; i++) {
            slope[i] = (v[(i + 1) % m] - v[i]) * m;
        }
        double b = 0.5 * (slope[0] + slope[m - 1]);
        double a = v[0];
        StringBuilder terms = new StringBuilder();
        for (int i = 1; i < m; i++) {
            double c = 0.5 * (slope[i] - slope[i - 1]);
            a -= c * i / (double) m;
            terms.append(String.format(Locale.ROOT, "+(%s)*abs(t-%s)", c, i / (double) m));
        }
        return String.format(Locale.ROOT, "(%s)+(%s)*t", a, b) + terms;
    }

    @ParameterizedTest
    @CsvSource({"diamond, soft", "diamond, hard", "square, soft", "square, hard", "L, soft", "L, hard"})
    void aSourceInsideAPolygonGivesMinusTheSourcesField(String name, String bc) throws Exception {
        double[][] shape = name.equals("diamond") ? DIAMOND : name.equals("square") ? SQUARE : L_SHAPE;
        Path h5 = dir.resolve("p.h5");
        String source = shape[2][0] + "," + shape[2][1];
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(contour(shape), "--model", "exact", "--bc", bc,
                "--tol", "1e-10", "-lambda", LAMBDA, "--source", source, "-nx", "40", "-ny", "40", "-o", h5.toString()));
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("solved by RCIP on "), r.log());
        if (bc.equals("hard")) {
            assertTrue(r.log().contains("the corners' equation: single layer, 1 unknown per node"), r.log());
        }
        assertEquals(shape[0].length, Pattern.compile("\\[INFO\\] corner at t = ").matcher(r.log()).results().count());
        double[] errors = fieldErrors(h5, shape, 2 * Math.PI / Double.parseDouble(LAMBDA));
        Matcher m = Pattern.compile("measured error (\\S+) .*; far field (\\S+) \\(").matcher(r.log());
        assertTrue(m.find(), r.log());
        System.out.printf("%s, %s, source inside: beyond 1e-3 of the size %.1e, nearer %.1e (nearest %.1e); log %s,"
                + " far field %s%n", name, bc, errors[0], errors[1], errors[2], m.group(1), m.group(2));
        assertTrue(errors[0] < 1e-8, name + " " + bc + ": " + errors[0]);
        assertTrue(errors[2] < 1e-3, "nodes near the boundary: nearest " + errors[2]);
        assertTrue(errors[1] < 1e-5, name + " " + bc + ": near nodes " + errors[1]);
        assertTrue(Double.parseDouble(m.group(2)) < 1e-9, r.log());
        assertEquals(TestFiles.doubles(h5, "boundary_x").length, TestFiles.doubles(h5, "density_re").length);
        assertEquals(0, TestFiles.doubles(h5, "boundary_x").length % 16, "16 nodes a panel");
    }

    /**
     * The square of side 2 at its lowest interior Dirichlet eigenvalue, k = pi/sqrt(2) (lambda = 2 sqrt(2)),
     * sound-hard: the single layer's system is singular there (its answer is off by order one), so the guard
     * turns to the single layer with sources inside, says so, and the field against the source inside is
     * within 1e-8 beyond 1e-3 of the size, the far field within 1e-9; two parts merge into the same file as
     * the whole run (the sources inside are in every node's field).
     */
    @Test
    void atAnInteriorResonanceTheSingleLayerWithSourcesInsideSolves() throws Exception {
        Path h5 = dir.resolve("resonant.h5");
        String lambda = Double.toString(2 * Math.sqrt(2));
        String[] problem = CommandRun.args(contour(SQUARE), "--model", "exact", "--tol", "1e-10", "-lambda", lambda,
                "--source", "0.1,0.05", "-nx", "40", "-ny", "40", "-t", "2");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(problem, "-o", h5.toString()));
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("the single-layer formulation's condition (~"), r.log());
        assertTrue(r.log().contains("solved by the single layer with sources inside"), r.log());
        Matcher c = Pattern.compile("the corners' equation: single layer with sources inside \\(Jones' modification\\),"
                + " 1 unknown per node \\(condition ~(\\S+)\\)").matcher(r.log());
        assertTrue(c.find(), r.log());
        assertTrue(Double.parseDouble(c.group(1)) < 200, r.log());
        // the reason and the equation come before what solving it took
        assertTrue(r.log().indexOf("formulation's condition") < r.log().indexOf("solved by RCIP on"), r.log());
        double[] errors = fieldErrors(h5, SQUARE, 2 * Math.PI / Double.parseDouble(lambda));
        Matcher m = Pattern.compile("measured error (\\S+) .*; far field (\\S+) \\(").matcher(r.log());
        assertTrue(m.find(), r.log());
        System.out.printf("square at k = pi/sqrt(2), hard: beyond 1e-3 of the size %.1e, nearer %.1e; log %s, far field %s%n",
                errors[0], errors[1], m.group(1), m.group(2));
        assertTrue(errors[0] < 1e-8, "" + errors[0]);
        assertTrue(errors[1] < 1e-5, "near nodes " + errors[1]);
        assertTrue(Double.parseDouble(m.group(2)) < 1e-9, r.log());
        List<Path> parts = List.of(dir.resolve("r0.h5"), dir.resolve("r1.h5"));
        for (int i = 0; i < 2; i++) {
            CommandRun p = CommandRun.run(Map.of(), CommandRun.args(problem, "--part", i + "/2", "-o",
                    parts.get(i).toString()));
            assertEquals(0, p.exit(), p.allErr());
        }
        Path merged = dir.resolve("rmerged.h5");
        CommandRun j = CommandRun.merge(parts, "-q", "-o", merged.toString());
        assertEquals(0, j.exit(), j.allErr());
        assertEquals(-1, Files.mismatch(h5, merged), "the merged parts differ from the whole run");
    }

    /**
     * The L-shape of the issue (vertices (-1,-1), (1,-1), (1,0), (0,0), (0,1), (-1,1)) at lambda 0.1
     * sound-hard sits on interior Dirichlet eigenvalues (k = 20 pi: the unit square's m^2 + n^2 = 400):
     * the single layer with sources inside solves it, the log says so and its condition, and the measured
     * error against the source inside at (0.5, -0.5) is below 1e-8 (about 15 s under load: slow).
     */
    @Test
    void theLShapeAtLambdaOneTenthSoundHard() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("scatter.slowTests"), "slow: -Dscatter.slowTests=true");
        double[][] l = {{-1, 1, 1, 0, 0, -1}, {-1, -1, 0, 0, 1, 1}};
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(contour(l), "--model", "exact", "-lambda", "0.1",
                "--source", "0.5,-0.5", "--no-output"));
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("solved by the single layer with sources inside"), r.log());
        Matcher c = Pattern.compile("the corners' equation: single layer with sources inside .* \\(condition ~(\\S+)\\)")
                .matcher(r.log());
        assertTrue(c.find(), r.log());
        Matcher m = Pattern.compile("measured error (\\S+) ").matcher(r.log());
        assertTrue(m.find(), r.log());
        System.out.printf("L-shape at lambda 0.1, hard: condition %s, measured error %s%n", c.group(1), m.group(1));
        assertTrue(Double.parseDouble(m.group(1)) < 1e-8, r.log());
    }

    /**
     * The graded mesh could not solve the polygon with a 10-degree spike and a 350-degree notch sound-hard
     * (9e-3 off at 256 points per side); RCIP on the command line, the source inside: within 1e-8
     * beyond 1e-3 of the size (about 90 s under load: slow).
     */
    @Test
    void theSpikeAndNotchPolygonSoundHard() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("scatter.slowTests"), "slow: -Dscatter.slowTests=true");
        Path h5 = dir.resolve("spikes.h5");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(contour(SPIKES), "--model", "exact", "--tol", "1e-8",
                "--source", "1,2", "-nx", "40", "-ny", "40", "-o", h5.toString()));
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("corner at t = 0.8, interior angle 10.0 deg"), r.log());
        double[] errors = fieldErrors(h5, SPIKES, 2 * Math.PI / 0.5);
        System.out.printf("10/350 polygon, hard: %.1e beyond 1e-3 of the size, %.1e nearer (nearest %.1e)%n",
                errors[0], errors[1], errors[2]);
        assertTrue(errors[0] < 1e-8, "" + errors[0]);
    }

    /**
     * A line source outside: the scattered field is reciprocal, u_s(b; source at a) = u_s(a; source at b)
     * (the Green's function of the exterior problem is symmetric), checked with a and b two grid nodes
     * outside the square (the grid does not depend on the source), both conditions, to 1e-9 of |u_s|.
     */
    @ParameterizedTest
    @CsvSource({"soft", "hard"})
    void aSourceOutsideIsReciprocal(String bc) throws Exception {
        int[] a = {32, 20};
        int[] b = {8, 30};
        double[][] values = new double[2][];
        Path[] files = {dir.resolve("a.h5"), dir.resolve("b.h5")};
        double[] x = null;
        double[] y = null;
        for (int run = 0; run < 2; run++) {
            int[] at = run == 0 ? a : b;
            int[] to = run == 0 ? b : a;
            String source;
            if (x == null) {
                source = (-6 + 0.25 * at[0]) + "," + (-4 + 0.225 * at[1]);
            } else {
                source = x[at[0]] + "," + y[at[1]];
            }
            CommandRun r = CommandRun.run(Map.of(), CommandRun.args(contour(SQUARE), "--model", "exact", "--bc", bc,
                    "--tol", "1e-10", "-lambda", "1", "--source=" + source, "-nx", "40", "-ny", "40", "-o",
                    files[run].toString()));
            assertEquals(0, r.exit(), r.allErr());
            x = TestFiles.doubles(files[run], "x");
            y = TestFiles.doubles(files[run], "y");
            if (run == 0) {
                // the first source at the node itself: the second run puts its source there exactly
                assertEquals(-6 + 0.25 * a[0], x[a[0]], 1e-12);
                assertEquals(-4 + 0.225 * a[1], y[a[1]], 1e-12);
            }
            int node = to[1] * x.length + to[0];
            values[run] = new double[] {TestFiles.doubles(files[run], "scattered_re")[node],
                TestFiles.doubles(files[run], "scattered_im")[node]};
        }
        double size = Math.hypot(values[0][0], values[0][1]);
        double difference = Math.hypot(values[0][0] - values[1][0], values[0][1] - values[1][1]);
        System.out.printf("square, %s, sources outside: reciprocity %.1e of |u_s| = %.3g%n", bc, difference / size, size);
        assertTrue(size > 1e-3, "a field to compare: " + size);
        assertTrue(difference < 1e-9 * size, bc + ": " + difference / size);
    }

    /**
     * A polygon too many wavelengths round for two panel lengths within RCIP's cap of unknowns is refused
     * before solving, in one line that says so and suggests the Kirchhoff model; nothing is written.
     */
    @Test
    void aPolygonTooLongForTheCapIsRefusedBeforeSolving() throws Exception {
        Path h5 = dir.resolve("long.h5");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(contour(SQUARE), "--model", "exact", "--bc", "soft",
                "-lambda", "0.01", "-o", h5.toString()));
        assertEquals(2, r.exit(), r.allErr());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("scatter: -lambda: the contour is 800 wavelengths round, too long for the exact"
                + " model at corners"), r.err());
        assertTrue(r.err().contains("more than the 4096 it solves with"), r.err());
        assertTrue(r.err().contains("--model kirchhoff"), r.err());
        assertEquals(List.of(), TestFiles.names(dir));
    }

    /**
     * A polygon whose panels are short because one side is (a triangle with a 1.5-degree corner, its
     * shortest side 0.052 of 2), not because the wave is, is refused before solving in words that name
     * the side, not the wavelength, which a longer one would not help. (The 3-degree triangle, 0.1 of 2,
     * was refused so while the sound-hard problem took three unknowns per node; with the single layer's
     * one it solves: 2528 unknowns.)
     */
    @Test
    void aPolygonWithOneVeryShortSideIsRefusedForItsSideNotTheWavelength() throws Exception {
        double a = Math.toRadians(1.5);
        double[][] thin = {{0, 2, 2 * Math.cos(a) * Math.cos(a)}, {0, 0, 2 * Math.cos(a) * Math.sin(a)}};
        Path h5 = dir.resolve("thin.h5");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(contour(thin), "--model", "exact", "-o", h5.toString()));
        assertEquals(2, r.exit(), r.allErr());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("scatter: -xc/-yc: the contour's shortest side is 0.052 long"), r.err());
        assertTrue(r.err().contains("sides are less unequal"), r.err());
        assertTrue(!r.err().contains("wavelength"), r.err());
        assertEquals(List.of(), TestFiles.names(dir));
    }

    /**
     * Far-field changes that stop falling while below 1e-10 end the halving with a one-line refusal that
     * says where the accuracy levels off and which --tol is met there. Reached cheaply: the diamond moved
     * 1e4 along x, where doubles are 1.8e-12 apart (its sides still straight to 1e-12 of its size, so RCIP
     * solves it), so its nodes carry that rounding: measured 7.7e-13, then 8.5e-13, against --tol 1e-13.
     */
    @Test
    void farFieldChangesThatLevelOffAreRefusedWithTheToleranceMetThere() {
        CommandRun r = CommandRun.run(Map.of(), "--model", "exact", "--bc", "soft", "-lambda", "2", "--tol", "1e-13",
                "-xc", "abs(4*t-2)-1+1e4", "-yc", "abs(2-abs(4*t-1))-1", "-nx", "16", "-ny", "16", "--no-output");
        assertEquals(2, r.exit(), r.allErr());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        Matcher m = Pattern.compile("^scatter: --tol: the boundary solution of this contour with corners stopped"
                + " settling at (\\d+) unknowns: its far field changed by (\\S+), then by (\\S+), so its accuracy levels"
                + " off near (\\S+) \\(rounding\\), above the tolerance 1e-13; use --tol (\\S+) or more$")
                .matcher(r.err().strip());
        assertTrue(m.matches(), r.err());
        double last = Double.parseDouble(m.group(2));
        double next = Double.parseDouble(m.group(3));
        assertTrue(last < 1e-10 && next >= 0.5 * last, r.err());
        double advised = Double.parseDouble(m.group(5));
        assertTrue(advised >= Math.max(last, next) && advised <= 10 * Math.max(last, next), r.err());
        assertFalse(r.hasStackTrace(), r.allErr());
    }

    /** -t 1, 2 and 3 write the same datasets bit for bit, and two parts merge into the whole run's file byte for byte. */
    @Test
    void threadsAndPartsGiveTheSameFile() throws Exception {
        String[] problem = CommandRun.args(contour(SQUARE), "--model", "exact", "--tol", "1e-6", "-lambda", "1",
                "-nx", "30", "-ny", "22", "-q");
        Path[] files = new Path[3];
        String checksum = null;
        for (int t = 1; t <= 3; t++) {
            files[t - 1] = dir.resolve("t" + t + ".h5");
            CommandRun a = CommandRun.run(Map.of(), CommandRun.args(problem, "-t", "" + t, "-checksum", "-o",
                    files[t - 1].toString()));
            assertEquals(0, a.exit(), a.allErr());
            checksum = checksum == null ? a.out() : checksum;
            assertEquals(checksum, a.out());
        }
        for (int t = 1; t < 3; t++) {
            assertArrayEquals(ExactCommandTest.datasets(files[0]), ExactCommandTest.datasets(files[t]),
                    "1 and " + (t + 1) + " threads differ");
        }
        List<Path> parts = List.of(dir.resolve("p0.h5"), dir.resolve("p1.h5"));
        for (int i = 0; i < 2; i++) {
            CommandRun p = CommandRun.run(Map.of(), CommandRun.args(problem, "-t", "2", "--part", i + "/2", "-o",
                    parts.get(i).toString()));
            assertEquals(0, p.exit(), p.allErr());
        }
        Path merged = dir.resolve("merged.h5");
        CommandRun m = CommandRun.merge(parts, "-q", "-o", merged.toString(), "-checksum");
        assertEquals(0, m.exit(), m.allErr());
        assertEquals(checksum, m.out());
        assertEquals(-1, Files.mismatch(files[1], merged), "the merged parts differ from the whole run on 2 threads");
    }

    /**
     * The errors of the written field against -(i/4) H0(k |x - x0|) over the nodes outside, relative to
     * max |u_s| there: {farther than 1e-3 of the size (the larger of width and height), nearer, the
     * nearest distance over the size}; the inside flags against the polygon's crossing number.
     */
    static double[] fieldErrors(Path h5, double[][] shape, double k) throws Exception {
        double[] x = TestFiles.doubles(h5, "x");
        double[] y = TestFiles.doubles(h5, "y");
        double[] re = TestFiles.doubles(h5, "scattered_re");
        double[] im = TestFiles.doubles(h5, "scattered_im");
        Object inside = TestFiles.dataset(h5, "inside");
        double size = Math.max(range(shape[0]), range(shape[1]));
        double far = 0;
        double near = 0;
        double largest = 0;
        double nearest = Double.POSITIVE_INFINITY;
        for (int row = 0; row < y.length; row++) {
            for (int col = 0; col < x.length; col++) {
                int node = row * x.length + col;
                boolean in = ((Number) Array.get(inside, node)).intValue() != 0;
                double d = distance(shape, x[col], y[row]) / size;
                if (d > 1e-6) {
                    assertEquals(crossings(shape, x[col], y[row]), in, "node " + x[col] + ", " + y[row]);
                }
                if (in) {
                    continue;
                }
                nearest = Math.min(nearest, d);
                double[] phi = CornerCommandTest.phi(k, x[col] - shape[2][0], y[row] - shape[2][1]);
                double e = Math.hypot(re[node] + phi[0], im[node] + phi[1]);
                if (d > 1e-3) {
                    far = Math.max(far, e);
                } else {
                    near = Math.max(near, e);
                }
                largest = Math.max(largest, Math.hypot(phi[0], phi[1]));
            }
        }
        return new double[] {far / largest, near / largest, nearest};
    }

    private static double range(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double a : v) {
            lo = Math.min(lo, a);
            hi = Math.max(hi, a);
        }
        return hi - lo;
    }

    /** Distance from (px, py) to the polygon's sides. */
    static double distance(double[][] shape, double px, double py) {
        int m = shape[0].length;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double ax = shape[0][i];
            double ay = shape[1][i];
            double bx = shape[0][(i + 1) % m] - ax;
            double by = shape[1][(i + 1) % m] - ay;
            double s = Math.max(0, Math.min(1, ((px - ax) * bx + (py - ay) * by) / (bx * bx + by * by)));
            best = Math.min(best, Math.hypot(px - ax - s * bx, py - ay - s * by));
        }
        return best;
    }

    /** Inside by the crossing number of a ray towards +x. */
    static boolean crossings(double[][] shape, double px, double py) {
        int m = shape[0].length;
        boolean in = false;
        for (int i = 0; i < m; i++) {
            double ax = shape[0][i];
            double ay = shape[1][i];
            double bx = shape[0][(i + 1) % m];
            double by = shape[1][(i + 1) % m];
            if ((ay > py) != (by > py) && px < ax + (py - ay) * (bx - ax) / (by - ay)) {
                in = !in;
            }
        }
        return in;
    }
}
