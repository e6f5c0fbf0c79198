package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scatter.TestFiles;
import scatter.output.ResultLayout;

/**
 * Several obstacles of which one has corners, on the command line, solved together by RCIP: the diamond
 * beside a disc of radius 0.5 at (2.5, 0), lambda 1.1 (at lambda 1 the diamond's interior has a Dirichlet
 * eigenvalue, k = 2 pi, where the sound-hard single layer gives way to the single layer with sources inside:
 * {@code RcipObstaclesTest} covers that). A line source inside the diamond gives
 * outside both obstacles the scattered field -(i/4) H0(k |x - x0|) exactly, computed here from the written
 * grid, at the default --tol, nodes next to every boundary included; --fmm sums the same sources; every
 * node's obstacle number agrees with the shapes' geometry; the run is the same bit for bit on one, two
 * and three threads, and its parts merge into the whole run's file.
 */
class CornerObstaclesCommandTest {
    /** The diamond |x| + |y| = 1 and the disc of radius 0.5 about (2.5, 0). */
    static final String[] DIAMOND_AND_DISC = {"-xc", "abs(4*t-2)-1", "-yc", "abs(2-abs(4*t-1))-1",
        "-xc", "2.5+0.5*cos(2*pi*t)", "-yc", "0.5*sin(2*pi*t)"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"hard", "soft"})
    void aSourceInsideTheDiamondBesideADiscGivesMinusTheSourcesField(String bc) throws Exception {
        double tol = 1e-10;
        Path h5 = dir.resolve("d.h5");
        String[] problem = CommandRun.args(DIAMOND_AND_DISC, "--model", "exact", "--bc", bc, "-lambda", "1.1",
                "--source", "0.1,0.05", "-nx", "40", "-ny", "24");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(problem, "-o", h5.toString()));
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("2 obstacles solved together by RCIP"), r.log());
        assertTrue(!r.log().contains("rather than --tol"), r.log());
        assertTrue(r.log().contains("[INFO] obstacle 1: corner at t = 0.25, interior angle 90.0 deg"), r.log());
        assertTrue(r.log().contains("exact model, sound-" + bc + ", 2 obstacles"), r.log());
        assertTrue(r.log().contains("inside obstacle 1"), r.log());
        Matcher m = Pattern.compile("this run is a check of the solver, measured error (\\S+) ").matcher(r.log());
        assertTrue(m.find(), r.log());
        assertTrue(Double.parseDouble(m.group(1)) < tol, m.group(1));

        double[] x = TestFiles.doubles(h5, "x");
        double[] y = TestFiles.doubles(h5, "y");
        double[] re = TestFiles.doubles(h5, "scattered_re");
        double[] im = TestFiles.doubles(h5, "scattered_im");
        Object inside = TestFiles.dataset(h5, "inside");
        double k = 2 * Math.PI / 1.1;
        double worst = 0;
        double nearest = Double.POSITIVE_INFINITY;
        double largest = 0;
        int[] count = new int[3];
        for (int row = 0; row < y.length; row++) {
            for (int col = 0; col < x.length; col++) {
                int node = row * x.length + col;
                int obstacle = ((Number) Array.get(inside, node)).intValue();
                double diamond = Math.abs(x[col]) + Math.abs(y[row]) - 1;
                double disc = Math.hypot(x[col] - 2.5, y[row]) - 0.5;
                if (Math.abs(diamond) > 1e-6 && Math.abs(disc) > 1e-6) {
                    assertEquals(diamond < 0 ? 1 : disc < 0 ? 2 : 0, obstacle, "node " + x[col] + ", " + y[row]);
                }
                count[obstacle]++;
                if (obstacle != 0) {
                    assertEquals(0.0, re[node]);
                    assertEquals(0.0, im[node]);
                    continue;
                }
                double[] phi = CornerCommandTest.phi(k, x[col] - 0.1, y[row] - 0.05);
                worst = Math.max(worst, Math.hypot(re[node] + phi[0], im[node] + phi[1]));
                nearest = Math.min(nearest, Math.min(Math.abs(diamond) / Math.sqrt(2), Math.abs(disc)));
                largest = Math.max(largest, Math.hypot(phi[0], phi[1]));
            }
        }
        System.out.printf("diamond and disc, %s, source inside the diamond: nodes %s (nearest %.2g from a boundary),"
                + " field %.1e of max |u_s|, log %s%n", bc, java.util.Arrays.toString(count), nearest, worst / largest,
                m.group(1));
        assertTrue(count[1] > 0 && count[2] > 0, java.util.Arrays.toString(count));
        // every obstacle's boundary points and density: the diamond's coarse nodes on |x| + |y| = 1, the disc's
        for (int i = 1; i <= 2; i++) {
            double[] bx = TestFiles.doubles(h5, ResultLayout.ofObstacle(ResultLayout.BOUNDARY_X, i));
            double[] by = TestFiles.doubles(h5, ResultLayout.ofObstacle(ResultLayout.BOUNDARY_Y, i));
            double[] density = TestFiles.doubles(h5, ResultLayout.ofObstacle(ResultLayout.DENSITY_RE, i));
            assertEquals(bx.length, density.length);
            assertTrue(r.log().contains("exact model, obstacle " + i + ": " + bx.length + " boundary points"), r.log());
            for (int j = 0; j < bx.length; j++) {
                double off = i == 1 ? Math.abs(bx[j]) + Math.abs(by[j]) - 1 : Math.hypot(bx[j] - 2.5, by[j]) - 0.5;
                assertEquals(0, off, 1e-12, "obstacle " + i + ", point " + j);
            }
        }
        assertTrue(worst < tol * largest, bc + ": " + worst / largest);
    }

    /**
     * --fmm on a grid large enough for it (250 x 250 nodes, 1024 sources: 6.5e7 pairs, above the 5e7 below
     * which it sums directly): the multipoles sum the same coarse nodes, the near nodes keep the close rule,
     * and the field outside is still minus the source's own.
     */
    /**
     * A disc 0.001 from the diamond's vertex, nearer than the corners' gap sampling resolves: refused in
     * one line before solving (it had failed inside the corner's recursion on a panel of no length).
     */
    @Test
    void aDiscAlmostTouchingACornerIsRefusedInOneLine() throws Exception {
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(new String[] {"-xc", "abs(4*t-2)-1", "-yc",
            "abs(2-abs(4*t-1))-1", "-xc", "1.501+0.5*cos(2*pi*t)", "-yc", "0.5*sin(2*pi*t)"}, "--model", "exact",
                "--no-output"));
        assertEquals(2, r.exit(), r.allErr());
        assertTrue(r.allErr().contains("too close to another obstacle"), r.allErr());
    }

    @Test
    void theFastMultipoleSumKeepsTheAccuracy() throws Exception {
        Path h5 = dir.resolve("fmm.h5");
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(DIAMOND_AND_DISC, "--model", "exact", "--bc", "soft",
                "-lambda", "1.1", "--source", "0.1,0.05", "-nx", "250", "-ny", "250", "--fmm", "-o", h5.toString()));
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.log().contains("evaluating the sum by the fast multipole method"), r.log());
        Matcher m = Pattern.compile("this run is a check of the solver, measured error (\\S+) ").matcher(r.log());
        assertTrue(m.find(), r.log());
        System.out.printf("diamond and disc, soft, --fmm on 251 x 251 nodes: measured error %s%n", m.group(1));
        assertTrue(Double.parseDouble(m.group(1)) < 1e-10, m.group(1));
    }

    @Test
    void theRunIsTheSameOnOneTwoAndThreeThreadsAndItsPartsMergeIntoIt() throws Exception {
        String[] problem = CommandRun.args(DIAMOND_AND_DISC, "--model", "exact", "--bc", "hard", "-lambda", "1.1",
                "--tol", "1e-6", "-nx", "30", "-ny", "20", "-checksum");
        Path single = dir.resolve("single.h5");
        CommandRun one = CommandRun.run(Map.of(), CommandRun.args(problem, "-t", "1", "--no-output"));
        assertEquals(0, one.exit(), one.allErr());
        CommandRun two = CommandRun.run(Map.of(), CommandRun.args(problem, "-t", "2", "-o", single.toString()));
        assertEquals(0, two.exit(), two.allErr());
        assertEquals(one.out(), two.out());
        CommandRun three = CommandRun.run(Map.of(), CommandRun.args(problem, "-t", "3", "--no-output"));
        assertEquals(0, three.exit(), three.allErr());
        assertEquals(one.out(), three.out());
        CommandRun m = CommandRun.splitAndMerge(dir, CommandRun.args(problem, "-t", "2"), 2);
        assertEquals(0, m.exit(), m.allErr());
        assertEquals(one.out(), m.out());
        assertEquals(-1, Files.mismatch(single, dir.resolve("merged.h5")), "merged HDF5 differs from the single run's");
    }
}
