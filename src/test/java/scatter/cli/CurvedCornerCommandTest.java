package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

/**
 * Contours with curved sides between corners solved by the exact model on the command line: Kress's
 * teardrop (one corner of 90 degrees at t = 0) and the half-disc (an arc and a diameter, two corners
 * of 90 degrees), typed as expressions. A line source inside is the check with an exact answer: the
 * written field outside is compared with -(i/4) H0(k |x - x0|) at the grid's own coordinates, the
 * nodes' inside flags with the shapes' hand-computed geometry (the teardrop: |y| &lt; x sqrt(1 - x^2/4)
 * for 0 &lt; x &lt; 2; the half-disc: y &gt; 0 and x^2 + y^2 &lt; 1); a plane wave keeps the optical theorem.
 */
class CurvedCornerCommandTest {
    /** Kress's teardrop x = 2 sin(t/2), y = -sin t as t in [0, 1). */
    static final String[] TEARDROP = {"-xc", "2*sin(pi*t)", "-yc", "-sin(2*pi*t)"};
    /**
     * The upper half of the unit disc: the arc (cos 2 pi t, sin 2 pi t) for t in [0, 1/2], then the
     * diameter (4t - 3, 0), written with min(t, 1/2) = (t + 1/2 - |t - 1/2|)/2 and max(t, 1/2) =
     * (t + 1/2 + |t - 1/2|)/2 as f(min) + g(max) - f(1/2).
     */
    static final String[] HALF_DISC = {"-xc", "cos(pi*(t+0.5-abs(t-0.5)))+2*(t+0.5+abs(t-0.5))-2",
        "-yc", "sin(pi*(t+0.5-abs(t-0.5)))"};

    @TempDir
    Path dir;

    /**
     * The issue's interior-source check on the command line, both conditions: the log's measured error
     * below 1e-8, the written field at outside nodes farther than 1e-3 of the size from the boundary
     * within 1e-8 of max |u_s| of minus the source's field, nearer ones within 1e-5, and every node's
     * inside flag as the geometry says (nodes within 1e-6 of the boundary left out: the 1e-9 rule decides
     * the nearest, and this test's distance to the teardrop is within 4e-7).
     */
    @ParameterizedTest
    @CsvSource({"teardrop, soft", "teardrop, hard", "half-disc, soft", "half-disc, hard"})
    void aSourceInsideGivesMinusTheSourcesField(String shape, String bc) throws Exception {
        boolean drop = shape.equals("teardrop");
        double sx = drop ? 0.8 : 0.1;
        double sy = drop ? 0.1 : 0.4;
        Path h5 = dir.resolve("c.h5");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(drop ? TEARDROP : HALF_DISC, "--model", "exact", "--bc",
                bc, "--tol", "1e-10", "--source", sx + "," + sy, "-nx", "48", "-ny", "48", "-o", h5.toString()));
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("[INFO] corner at t = 0, interior angle 90.0 deg"), r.log());
        if (!drop) {
            assertTrue(r.log().contains("[INFO] corner at t = 0.5, interior angle 90.0 deg"), r.log());
        }
        Matcher m = Pattern.compile("this run is a check of the solver, measured error (\\S+) ").matcher(r.log());
        assertTrue(m.find(), r.log());
        assertTrue(Double.parseDouble(m.group(1)) < 1e-8, m.group(1));

        double[] x = TestFiles.doubles(h5, "x");
        double[] y = TestFiles.doubles(h5, "y");
        double[] re = TestFiles.doubles(h5, "scattered_re");
        double[] im = TestFiles.doubles(h5, "scattered_im");
        Object inside = TestFiles.dataset(h5, "inside");
        double k = 2 * Math.PI / 0.5;
        double size = 2;
        double far = 0;
        double near = 0;
        double largest = 0;
        int outside = 0;
        int close = 0;
        int in = 0;
        for (int row = 0; row < y.length; row++) {
            for (int col = 0; col < x.length; col++) {
                int node = row * x.length + col;
                double px = x[col];
                double py = y[row];
                double distance = drop ? teardropDistance(px, py) : halfDiscDistance(px, py);
                boolean flagged = ((Number) Array.get(inside, node)).intValue() != 0;
                if (distance > 1e-6) {
                    boolean expected = drop ? px > 0 && px < 2 && Math.abs(py) < px * Math.sqrt(1 - px * px / 4)
                            : py > 0 && px * px + py * py < 1;
                    assertEquals(expected, flagged, shape + " node " + px + ", " + py);
                }
                if (flagged) {
                    in++;
                    continue;
                }
                double[] phi = CornerCommandTest.phi(k, px - sx, py - sy);
                double error = Math.hypot(re[node] + phi[0], im[node] + phi[1]);
                largest = Math.max(largest, Math.hypot(phi[0], phi[1]));
                if (distance > 1e-3 * size) {
                    far = Math.max(far, error);
                    outside++;
                } else {
                    near = Math.max(near, error);
                    close++;
                }
            }
        }
        System.out.printf("%s, %s, source inside: %d nodes inside, %d outside (%d nearer than 1e-3 of the size),"
                + " field %.1e (near %.1e) of max |u_s|, log %s%n", shape, bc, in, outside, close, far / largest,
                near / largest, m.group(1));
        assertTrue(in > 50, "nodes inside: " + in);
        assertTrue(far < 1e-8 * largest, shape + " " + bc + ": " + far / largest);
        assertTrue(near < 1e-5 * largest, shape + " " + bc + " near: " + near / largest);
    }

    /** A plane wave on each shape: solved, the optical theorem's residual below 1e-7. */
    @Test
    void aPlaneWaveKeepsTheOpticalTheorem() throws Exception {
        for (String[] shape : new String[][] {TEARDROP, HALF_DISC}) {
            Path h5 = dir.resolve("p.h5");
            CommandRun r = CommandRun.run(Map.of(), CommandRun.args(shape, "--model", "exact", "--bc",
                    shape == TEARDROP ? "soft" : "hard", "--tol", "1e-8", "--angle", "30", "-nx", "24", "-ny", "24",
                    "-o", h5.toString()));
            assertEquals(0, r.exit(), r.allErr());
            Matcher m = Pattern.compile("optical theorem residual (\\S+) \\(self-check").matcher(r.log());
            assertTrue(m.find(), r.log());
            System.out.println((shape == TEARDROP ? "teardrop" : "half-disc") + ", plane wave at 30 deg: optical"
                    + " theorem residual " + m.group(1));
            assertTrue(Math.abs(Double.parseDouble(m.group(1))) < 1e-7, r.log());
            Files.delete(h5);
        }
    }

    /**
     * A sharp corner on a curved side, hard, --tol 1e-10: the teardrop narrowed to an interior angle of
     * 20 degrees (y scaled by tan 10 deg), a line source inside. RCIP solves it (where the graded mesh
     * stops near 1e-8; at the default --tol 1e-12 it is refused at the cap of 4096 unknowns, its far field
     * still changing by 2.1e-12 at 3696, with --tol 1e-11 advised): the written field at outside nodes farther than 1e-3 of the size from the
     * boundary is within 1e-10 of max |u_s| of -(i/4) H0(k |x - x0|) (measured 4.7e-14), nearer ones
     * within 1e-6 (about 15 s on two cores, so with the slow tests).
     */
    @Test
    @EnabledIfSystemProperty(named = "scatter.slowTests", matches = "true")
    void aSharpCurvedCornerHardMatchesTheSourceInside() throws Exception {
        double tan = Math.tan(Math.PI / 18);
        double sx = 1.2;
        double sy = 0.02;
        Path h5 = dir.resolve("s.h5");
        CommandRun r = CommandRun.run(Map.of(), "-xc", "2*sin(pi*t)", "-yc", "-" + tan + "*sin(2*pi*t)", "--model",
                "exact", "--bc", "hard", "--tol", "1e-10", "--source", sx + "," + sy, "-nx", "40", "-ny", "40", "-o", h5.toString());
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("interior angle 20.0 deg"), r.log());
        double[] x = TestFiles.doubles(h5, "x");
        double[] y = TestFiles.doubles(h5, "y");
        double[] re = TestFiles.doubles(h5, "scattered_re");
        double[] im = TestFiles.doubles(h5, "scattered_im");
        Object inside = TestFiles.dataset(h5, "inside");
        double k = 2 * Math.PI / 0.5;
        double far = 0;
        double near = 0;
        double largest = 0;
        int outside = 0;
        for (int row = 0; row < y.length; row++) {
            for (int col = 0; col < x.length; col++) {
                int node = row * x.length + col;
                double px = x[col];
                double py = y[row];
                double distance = teardropDistance(px, py / tan) * tan;   // a lower bound: the map shrinks y only
                boolean flagged = ((Number) Array.get(inside, node)).intValue() != 0;
                if (distance > 1e-6) {
                    assertEquals(px > 0 && px < 2 && Math.abs(py) < tan * px * Math.sqrt(1 - px * px / 4), flagged,
                            "node " + px + ", " + py);
                }
                if (flagged) {
                    continue;
                }
                double[] phi = CornerCommandTest.phi(k, px - sx, py - sy);
                double error = Math.hypot(re[node] + phi[0], im[node] + phi[1]);
                largest = Math.max(largest, Math.hypot(phi[0], phi[1]));
                if (distance > 2e-3) {
                    far = Math.max(far, error);
                    outside++;
                } else {
                    near = Math.max(near, error);
                }
            }
        }
        System.out.printf("sharp teardrop (20 deg), hard, source inside: %d outside nodes, field %.1e (near %.1e) of"
                + " max |u_s|%n", outside, far / largest, near / largest);
        assertTrue(outside > 1000, "outside nodes: " + outside);
        assertTrue(far < 1e-10 * largest, "far: " + far / largest);
        assertTrue(near < 1e-6 * largest, "near: " + near / largest);
    }

    /**
     * The same sharp teardrop at the default --tol, 1e-12: its far field still changes by about 2e-12
     * at the cap, on panels that resolve the wave many times over, so it is refused in one line that
     * blames rounding, not the wavelength, and advises the --tol met (about 20 s, with the slow tests).
     */
    @Test
    @EnabledIfSystemProperty(named = "scatter.slowTests", matches = "true")
    void aSharpCurvedCornerHardAtTheDefaultToleranceIsRefusedWithTheToleranceMet() {
        double tan = Math.tan(Math.PI / 18);
        CommandRun r = CommandRun.run(Map.of(), "-xc", "2*sin(pi*t)", "-yc", "-" + tan + "*sin(2*pi*t)", "--model",
                "exact", "--bc", "hard", "--source", "1.2,0.02", "-nx", "8", "-ny", "8", "--no-output");
        assertEquals(2, r.exit(), r.allErr());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        Matcher m = Pattern.compile("^scatter: --tol: the boundary solution of this contour with corners did not settle"
                + " within (\\d+) unknowns \\(its far field still changed by (\\S+); tolerance 1e-12\\): its panels"
                + " already had (\\d+) nodes per wavelength, so what is left is not the wavelength but rounding .*;"
                + " use --tol (\\S+) or more$").matcher(r.err().strip());
        assertTrue(m.matches(), r.err());
        double change = Double.parseDouble(m.group(2));
        assertTrue(Integer.parseInt(m.group(3)) >= 128, r.err());
        double advised = Double.parseDouble(m.group(4));
        assertTrue(change > 1e-12 && advised >= change && advised < 10 * change, r.err());
    }

    /** The teardrop soft with a source inside on one thread and on two: the same field bit for bit. */
    @Test
    void theTeardropIsTheSameOnAnyThreads() throws Exception {
        double[][] fields = new double[2][];
        for (int t = 1; t <= 2; t++) {
            Path h5 = dir.resolve("t" + t + ".h5");
            CommandRun r = CommandRun.run(Map.of(), CommandRun.args(TEARDROP, "--model", "exact", "--bc", "soft",
                    "--source", "0.8,0.1", "-t", Integer.toString(t), "-nx", "16", "-ny", "16", "-o", h5.toString()));
            assertEquals(0, r.exit(), r.allErr());
            double[] re = TestFiles.doubles(h5, "scattered_re");
            double[] im = TestFiles.doubles(h5, "scattered_im");
            double[] both = java.util.Arrays.copyOf(re, re.length + im.length);
            System.arraycopy(im, 0, both, re.length, im.length);
            fields[t - 1] = both;
        }
        assertArrayEquals(fields[0], fields[1]);
    }

    /**
     * Distance to the teardrop: the nearest of 4096 points of it, refined on 4000 points of t between
     * its neighbours (7.3e-7 of the curve apart: within 4e-7, where a node's class needs 2e-3 and its
     * inside flag is checked from 1e-6).
     */
    private static double teardropDistance(double x, double y) {
        DoubleUnaryOperator cx = t -> 2 * Math.sin(Math.PI * t);
        DoubleUnaryOperator cy = t -> -Math.sin(2 * Math.PI * t);
        int samples = 1 << 12;
        double best = Double.POSITIVE_INFINITY;
        int at = 0;
        for (int j = 0; j < samples; j++) {
            double d = Math.hypot(x - cx.applyAsDouble((double) j / samples), y - cy.applyAsDouble((double) j / samples));
            if (d < best) {
                best = d;
                at = j;
            }
        }
        for (int q = -2000; q <= 2000; q++) {
            double t = (at + q / 2000.0) / samples;
            best = Math.min(best, Math.hypot(x - cx.applyAsDouble(t), y - cy.applyAsDouble(t)));
        }
        return best;
    }

    /** Distance to the half-disc: to the upper unit semicircle and to the diameter [-1, 1] x {0}. */
    private static double halfDiscDistance(double x, double y) {
        double arc = y >= 0 ? Math.abs(Math.hypot(x, y) - 1) : Math.hypot(Math.abs(x) - 1, y);
        double diameter = Math.abs(x) <= 1 ? Math.abs(y) : Math.hypot(Math.abs(x) - 1, y);
        return Math.min(arc, diameter);
    }

}
