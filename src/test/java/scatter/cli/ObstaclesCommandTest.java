package scatter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scatter.TestFiles;

/**
 * Several obstacles from the command line: pairs of -xc/-yc given directly or from an @file,
 * every obstacle's expressions and numbers in the HDF5 result, parts that must agree on every
 * obstacle, and the Kirchhoff model's one warning (the exact model's: ExactObstaclesCommandTest).
 */
class ObstaclesCommandTest {
    /** The two obstacles of src/test/resources/scatter/cases/obstacles_two.csv (obstacles_reference.py). */
    private static final String[] TWO = {"-xc", "cos(2*pi*t)-1.5", "-yc", "sin(2*pi*t)", "-xc",
        "0.5*cos(2*pi*t)+1.2", "-yc", "0.5*sin(2*pi*t)+0.3"};
    /** Its checksum, from the independent numpy implementation. */
    private static final double TWO_CHECKSUM = 7359.809908501076;

    @TempDir
    Path dir;

    private static double checksum(String out) {
        assertTrue(out.startsWith(ResultOptions.CHECKSUM_LABEL), out);
        return Double.parseDouble(out.substring(ResultOptions.CHECKSUM_LABEL.length()).strip());
    }

    @Test
    void twoObstaclesMatchTheIndependentSumAndSayOnceWhatTheKirchhoffModelLeavesOut() {
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(TWO, "-t", "2", "--no-output", "-checksum"));
        assertEquals(0, r.exit(), r.allErr());
        assertEquals(TWO_CHECKSUM, checksum(r.out()), 1e-9 * TWO_CHECKSUM);
        List<String> warnings = r.allErr().lines().filter(l -> l.contains("WARN")).toList();
        assertEquals(1, warnings.size(), r.allErr());
        assertTrue(warnings.get(0).contains("each of the 2 obstacles by the incident wave on its own")
                && warnings.get(0).contains("--model exact") && warnings.get(0).contains("scatter compare"),
                warnings.get(0));
        assertTrue(r.allErr().contains("256 contour segments"), r.allErr());
    }

    @Test
    void obstaclesFromAnArgumentFileAreThoseOfTheCommandLine() throws Exception {
        Path file = dir.resolve("two.txt");
        // one obstacle a line, quoted as in a shell
        Files.writeString(file, "-xc 'cos(2*pi*t)-1.5' -yc 'sin(2*pi*t)'\n"
                + "-xc '0.5*cos(2*pi*t)+1.2' -yc '0.5*sin(2*pi*t)+0.3'\n");
        CommandRun r = CommandRun.run(Map.of(), "@" + file, "-t", "2", "--no-output", "-checksum");
        assertEquals(0, r.exit(), r.allErr());
        assertEquals(TWO_CHECKSUM, checksum(r.out()), 1e-9 * TWO_CHECKSUM);
    }

    @Test
    void tenCylindersFromAnArgumentFileAreNumberedInOrder() throws Exception {
        // docs/usage.md's example: two rows of five cylinders of radius 0.5
        StringBuilder text = new StringBuilder();
        List<double[]> centres = new ArrayList<>();
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 5; col++) {
                double x = -4.5 + 2.25 * col;
                double y = row == 0 ? -1.2 : 1.2;
                centres.add(new double[] {x, y});
                text.append(String.format(java.util.Locale.ROOT, "-xc '0.5*cos(2*pi*t)%+.2f' -yc '0.5*sin(2*pi*t)%+.1f'%n",
                        x, y));
            }
        }
        Path file = dir.resolve("cylinders.txt");
        Files.writeString(file, text);
        Path h5 = dir.resolve("ten.h5");
        CommandRun r = CommandRun.run(Map.of(), "@" + file, "-t", "2", "-nx", "90", "-ny", "40", "-nc", "64", "-o",
                h5.toString());
        assertEquals(0, r.exit(), r.allErr());
        assertTrue(r.allErr().contains("640 contour segments"), r.allErr());
        try (HdfFile hdf = new HdfFile(h5)) {
            double[] x = (double[]) hdf.getDatasetByPath("x").getData();
            double[] y = (double[]) hdf.getDatasetByPath("y").getData();
            int[][] inside = (int[][]) hdf.getDatasetByPath("inside").getData();
            TreeSet<Integer> seen = new TreeSet<>();
            for (int[] row : inside) {
                for (int v : row) {
                    seen.add(v);
                }
            }
            assertEquals(new TreeSet<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), seen);
            // the node nearest each centre is in that cylinder, and a node 0.6 from it in none
            for (int c = 0; c < centres.size(); c++) {
                int i = nearest(x, centres.get(c)[0]);
                int j = nearest(y, centres.get(c)[1]);
                assertEquals(c + 1, inside[j][i], "cylinder " + (c + 1));
            }
            assertEquals("0.5*cos(2*pi*t)-4.50", hdf.getAttribute("xc").getData());
            assertEquals("0.5*sin(2*pi*t)+1.2", hdf.getAttribute("yc_10").getData());
        }
        assertEquals(1, r.allErr().lines().filter(l -> l.contains("WARN")).count(), r.allErr());
    }

    private static int nearest(double[] coordinates, double value) {
        int best = 0;
        for (int i = 1; i < coordinates.length; i++) {
            if (Math.abs(coordinates[i] - value) < Math.abs(coordinates[best] - value)) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void theResultStoresEveryObstacleAndPartsMustAgreeOnEach() throws Exception {
        String[] small = CommandRun.args(TWO, "-nx", "40", "-ny", "30", "-nc", "64", "-t", "2");
        Path single = dir.resolve("single.h5");
        CommandRun one = CommandRun.run(Map.of(), CommandRun.args(small, "-checksum", "-o", single.toString()));
        assertEquals(0, one.exit(), one.allErr());
        assertEquals("cos(2*pi*t)-1.5", TestFiles.attribute(single, "xc"));
        assertEquals("sin(2*pi*t)", TestFiles.attribute(single, "yc"));
        assertEquals("0.5*cos(2*pi*t)+1.2", TestFiles.attribute(single, "xc_2"));
        assertEquals("0.5*sin(2*pi*t)+0.3", TestFiles.attribute(single, "yc_2"));

        CommandRun m = CommandRun.splitAndMerge(dir, small, 3);
        Path merged = dir.resolve("merged.h5");
        assertEquals(0, m.exit(), m.allErr());
        assertEquals(one.out(), m.out());
        assertEquals(-1, Files.mismatch(single, merged), "merged HDF5 differs from the single run's");

        // a part of another second obstacle
        Path other = dir.resolve("other.h5");
        String[] moved = small.clone();
        moved[5] = "0.5*cos(2*pi*t)+1.3";
        assertEquals(0, CommandRun.run(Map.of(), CommandRun.args(moved, "--part", "2/3", "-o", other.toString())).exit());
        Path refused = dir.resolve("refused.h5");
        CommandRun bad = CommandRun.merge(List.of(dir.resolve("p0.h5"), dir.resolve("p1.h5"), other), "-o", refused.toString());
        assertEquals(2, bad.exit(), bad.allErr());
        assertTrue(bad.err().contains("xc_2"), bad.err());
        assertFalse(Files.exists(refused));
    }

    @Test
    void theTimingLogCountsTheObstaclesAndAnOlderLogTakesNoRunOfSeveral() throws Exception {
        String[] small = CommandRun.args(TWO, "-nx", "20", "-ny", "20", "-nc", "32", "-t", "1", "--no-output");
        Path log = dir.resolve("timings.csv");
        assertEquals(0, CommandRun.run(Map.of(), CommandRun.args(small, "--timing-log", log.toString())).exit());
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.get(0).endsWith(",points,obstacles,evaluation"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",kirchhoff,hard,,2,direct"), lines.get(1));

        // a log begun before the obstacle count: one obstacle's rows only
        Path old = dir.resolve("old.csv");
        String header = "timestamp,host,job_id,threads,thread_source,lambda,nx,ny,nc,nodes,inside,pairs,"
                + "compute_seconds,wall_seconds,mpairs_per_second,checksum,thread_mpairs_per_second,model,bc,points\n";
        Files.writeString(old, header);
        CommandRun r = CommandRun.run(Map.of(), CommandRun.args(small, "--timing-log", old.toString()));
        assertEquals(2, r.exit(), r.allErr());
        assertTrue(r.err().startsWith("scatter: --timing-log: " + old + " was begun by an earlier version, without the"
                + " column 'obstacles'"), r.err());
        assertEquals(header, Files.readString(old));
        assertEquals(0, CommandRun.run(Map.of(), "-nx", "20", "-ny", "20", "-nc", "32", "-t", "1", "--no-output",
                "--timing-log", old.toString()).exit());
        assertEquals(2, Files.readAllLines(old).size());
    }

    @Test
    void onePairIsTheReferenceCaseWithItsOneObstacleAndTheDefaultFileByteForByte() throws Exception {
        // src/test/resources/scatter/cases/star.csv (reference_cases.py): checksum and obstacle mask
        Map<String, String> header = new java.util.HashMap<>();
        try (var in = getClass().getResourceAsStream("/scatter/cases/star.csv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# ") && line.indexOf(": ") > 0) {
                    header.put(line.substring(2, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
                }
            }
        }
        Path h5 = dir.resolve("star.h5");
        CommandRun r = CommandRun.run(Map.of(), "-xc", "(1+0.3*cos(6*pi*t))*cos(2*pi*t)", "-yc",
                "(1+0.3*cos(6*pi*t))*sin(2*pi*t)", "-t", "2", "-checksum", "-o", h5.toString());
        assertEquals(0, r.exit(), r.allErr());
        double expected = Double.parseDouble(header.get("checksum"));
        assertEquals(expected, checksum(r.out()), 1e-9 * expected);
        try (HdfFile hdf = new HdfFile(h5)) {
            int[][] inside = (int[][]) hdf.getDatasetByPath("inside").getData();
            List<Integer> runs = new ArrayList<>();
            int value = 0;
            int count = 0;
            for (int[] row : inside) {
                for (int v : row) {
                    if (v == value) {
                        count++;
                    } else {
                        runs.add(count);
                        value = v;
                        count = 1;
                    }
                }
            }
            runs.add(count);
            assertEquals(header.get("obstacle_runs"), String.join(" ", runs.stream().map(String::valueOf).toList()),
                    "the obstacle is 1, outside 0, as the reference's mask");
        }
        // the pair typed out is the default, file for file
        Path typed = dir.resolve("typed.h5");
        Path implied = dir.resolve("implied.h5");
        assertEquals(0, CommandRun.run(Map.of(), "-nx", "30", "-ny", "20", "-nc", "48", "-xc", "cos(2*pi*t + "
                + "0.5*sin(2*pi*t + 0.9))", "-yc", "sin(2*pi*t)", "-t", "2", "-o", typed.toString()).exit());
        assertEquals(0, CommandRun.run(Map.of(), "-nx", "30", "-ny", "20", "-nc", "48", "-t", "2", "-o",
                implied.toString()).exit());
        assertEquals(-1, Files.mismatch(typed, implied));
    }

    @Test
    void onePairIsTheDefaultObstacleAsBefore() throws Exception {
        Path h5 = dir.resolve("one.h5");
        CommandRun r = CommandRun.run(Map.of(), "-xc", "cos(2*pi*t + 0.5*sin(2*pi*t + 0.9))", "-yc", "sin(2*pi*t)",
                "-t", "2", "-checksum", "-o", h5.toString());
        assertEquals(0, r.exit(), r.allErr());
        // the teaching code's checksum, as it prints it
        assertEquals(ResultOptions.CHECKSUM_LABEL + "4686.33932772557" + System.lineSeparator(), r.out());
        assertFalse(r.allErr().contains("WARN"), r.allErr());
        try (HdfFile hdf = new HdfFile(h5)) {
            // the attributes of a result before several obstacles (and the writer's own _jHDF), with the
            // evaluation every result now has
            assertEquals(new TreeSet<>(List.of("lambda", "nx", "ny", "nc", "xc", "yc", "angle", "inside_test", "evaluation",
                    "threads", "sigma_s", "sigma_ext", "optical_theorem_residual", "_jHDF")),
                    new TreeSet<>(hdf.getAttributes().keySet()));
            int[][] inside = (int[][]) hdf.getDatasetByPath("inside").getData();
            int count = 0;
            for (int[] row : inside) {
                for (int v : row) {
                    assertTrue(v == 0 || v == 1);
                    count += v;
                }
            }
            assertEquals(1450, count);
        }
    }
}
