package scatter.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scatter.TestShapes;
import scatter.geometry.InsideTest;
import scatter.solve.FieldSolver;
import scatter.solve.Problem;

/**
 * Whole fields against the independent numpy/scipy implementation (reference.py, winding-number
 * inside test), one case per file in {@code src/test/resources/scatter/cases}, made by
 * {@code src/test/scripts/reference_cases.py}: the obstacle mask of every node, the checksum, and
 * the values at about 40 nodes (corners, next to the obstacle, random).
 */
class ReferenceCasesTest {
    /** Allowed error of the sampled values, relative to the largest |u_scat| among them, and of the checksum. */
    private static final double TOLERANCE = 1e-9;

    /** One reference file. */
    record Reference(int nx1, int ny1, double checksum, int obstacleNodes, byte[] obstacle, List<double[]> nodes) {
    }

    static Stream<Arguments> cases() {
        InsideTest.Kind winding = InsideTest.Kind.WINDING;
        return Stream.of(
                Arguments.of("angle30", new Problem(0.5, 128, 128, 128, Problem.DEFAULT_XC, Problem.DEFAULT_YC, 30,
                        winding)),
                Arguments.of("angle135", new Problem(0.5, 128, 128, 128, Problem.DEFAULT_XC, Problem.DEFAULT_YC, 135,
                        winding)),
                Arguments.of("star", new Problem(0.5, 128, 128, 128, TestShapes.STAR_X, TestShapes.STAR_Y)),
                // the default obstacle traced clockwise: scatter reverses it
                Arguments.of("clockwise", new Problem(0.5, 128, 128, 128, Problem.DEFAULT_XC, "-sin(2*pi*t)")),
                // grid nodes on every vertex and every segment midpoint of a diamond
                Arguments.of("diamond", new Problem(0.5, 24, 22, 8, "abs(4*t-2)-1", "abs(2-abs(4*t-1))-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fieldMatchesScipyReference(String name, Problem problem) throws Exception {
        Reference ref = read(name);
        PreparedProblem prepared = problem.prepare();
        assertEquals(ref.nx1(), prepared.grid().nx() + 1);
        assertEquals(ref.ny1(), prepared.grid().ny() + 1);
        Field field = new FieldSolver(2).solve(prepared, null);

        assertEquals(-1, field.firstNonFinite(), "a NaN or infinite value");
        // zero at every node the reference puts on the obstacle, and only there
        assertArrayEquals(ref.obstacle(), field.inside(), "nodes on the obstacle");
        assertEquals(ref.obstacleNodes(), field.insideCount());
        for (int k = 0; k < ref.obstacle().length; k++) {
            if (ref.obstacle()[k] == 1) {
                assertEquals(0.0, field.scatteredRe()[k]);
                assertEquals(0.0, field.scatteredIm()[k]);
                assertEquals(0.0, field.incidentRe()[k]);
                assertEquals(0.0, field.incidentIm()[k]);
            }
        }
        assertEquals(ref.checksum(), field.checksum(), TOLERANCE * ref.checksum(), "checksum");

        double scale = 0;
        for (double[] n : ref.nodes()) {
            scale = Math.max(scale, Math.hypot(n[8], n[9]));
        }
        for (double[] n : ref.nodes()) {
            int k = (int) n[2];
            assertEquals(n[3], prepared.grid().xOf(k), 1e-12, "x of node " + k);
            assertEquals(n[4], prepared.grid().yOf(k), 1e-12, "y of node " + k);
            double incErr = Math.hypot(field.incidentRe()[k] - n[6], field.incidentIm()[k] - n[7]);
            double scatErr = Math.hypot(field.scatteredRe()[k] - n[8], field.scatteredIm()[k] - n[9]);
            assertTrue(incErr <= TOLERANCE, name + ": incident field at node " + k + " off by " + incErr);
            assertTrue(scatErr <= TOLERANCE * scale,
                    name + ": scattered field at node " + k + " off by " + scatErr / scale + " relative");
        }
    }

    @Test
    void teachingInsideTestMissesMuchOfTheStar() throws Exception {
        Reference ref = read("star");
        Field cross = new FieldSolver(2).solve(
                new Problem(0.5, 128, 128, 128, TestShapes.STAR_X, TestShapes.STAR_Y, 0, InsideTest.Kind.CROSS).prepare(), null);
        int missed = 0;
        for (int k = 0; k < ref.obstacle().length; k++) {
            if (ref.obstacle()[k] == 1 && cross.inside()[k] == 0) {
                missed++;
                assertTrue(cross.scatteredRe()[k] != 0 || cross.scatteredIm()[k] != 0);
            }
            assertTrue(cross.inside()[k] <= ref.obstacle()[k], "cross marks an outside node inside: " + k);
        }
        // the cross-product test only finds the convex core: 599 of the 1479 nodes
        assertEquals(ref.obstacleNodes() - 599, missed);
    }

    @Test
    void defaultCaseIsTheSameWithEitherInsideTest() throws Exception {
        Field winding = new FieldSolver(2).solve(Problem.defaults().prepare(), null);
        Field cross = new FieldSolver(2).solve(new Problem(0.5, 128, 128, 128, Problem.DEFAULT_XC, Problem.DEFAULT_YC,
                0, InsideTest.Kind.CROSS).prepare(), null);
        assertEquals(1450, winding.insideCount());
        assertArrayEquals(winding.inside(), cross.inside());
        assertEquals(Double.doubleToLongBits(winding.checksum()), Double.doubleToLongBits(cross.checksum()));
    }

    static Reference read(String name) throws IOException {
        Map<String, String> header = new HashMap<>();
        List<double[]> nodes = new ArrayList<>();
        try (InputStream in = ReferenceCasesTest.class.getResourceAsStream("/scatter/cases/" + name + ".csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("# ") && line.indexOf(": ") > 0) {
                    header.put(line.substring(2, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
                } else if (!line.startsWith("#") && !line.startsWith("i,")) {
                    String[] f = line.split(",");
                    double[] n = new double[f.length];
                    for (int c = 0; c < f.length; c++) {
                        n[c] = Double.parseDouble(f[c]);
                    }
                    nodes.add(n);
                }
            }
        }
        int nx1 = Integer.parseInt(header.get("nx1"));
        int ny1 = Integer.parseInt(header.get("ny1"));
        byte[] obstacle = new byte[nx1 * ny1];
        int k = 0;
        byte value = 0;
        for (String run : header.get("obstacle_runs").split(" ")) {
            for (int c = Integer.parseInt(run); c > 0; c--) {
                obstacle[k++] = value;
            }
            value = (byte) (1 - value);
        }
        assertEquals(obstacle.length, k, name + ": runs cover the grid");
        return new Reference(nx1, ny1, Double.parseDouble(header.get("checksum")),
                Integer.parseInt(header.get("obstacle_nodes")), obstacle, nodes);
    }
}
