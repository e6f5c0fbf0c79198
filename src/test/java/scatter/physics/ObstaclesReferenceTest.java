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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scatter.geometry.InsideTest;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.solve.FieldSolver;
import scatter.solve.Model;
import scatter.solve.PreparedModel;
import scatter.solve.Problem;

/**
 * The Kirchhoff model with several obstacles, each lit on its own, against the independent
 * numpy/scipy implementation {@code src/test/scripts/obstacles_reference.py}: which obstacle every
 * node is in (numbered from 1), the checksum, about 40 nodes' values, and the far field of the
 * whole configuration with its widths.
 */
class ObstaclesReferenceTest {
    /** Allowed error of the values, relative to the largest |u_scat| among them, and of the checksum. */
    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"two", "three"})
    void fieldMatchesScipyReference(String name) throws Exception {
        Map<String, String> header = new HashMap<>();
        List<double[]> nodes = new ArrayList<>();
        read(name, header, nodes);
        List<Problem.Shape> shapes = new ArrayList<>();
        for (int i = 1; header.containsKey("xc_" + i); i++) {
            shapes.add(new Problem.Shape(header.get("xc_" + i), header.get("yc_" + i)));
        }
        Problem problem = new Problem(Double.parseDouble(header.get("lambda")), Integer.parseInt(header.get("nx")),
                Integer.parseInt(header.get("ny")), Integer.parseInt(header.get("nc")), shapes,
                Double.parseDouble(header.get("angle")), InsideTest.Kind.WINDING, Model.KIRCHHOFF);
        PreparedModel model = problem.prepare(1);
        PreparedProblem prepared = model.problem();
        assertEquals(shapes.size(), prepared.contours().size());
        Field field = new FieldSolver(2).solve(prepared, null);

        byte[] numbers = new byte[field.inside().length];
        int k = 0;
        for (String run : header.get("obstacle_numbers").split(" ")) {
            String[] vc = run.split("\\*");
            for (int c = Integer.parseInt(vc[1]); c > 0; c--) {
                numbers[k++] = Byte.parseByte(vc[0]);
            }
        }
        assertEquals(numbers.length, k, "runs cover the grid");
        assertArrayEquals(numbers, field.inside(), "each node's obstacle");
        assertEquals(Integer.parseInt(header.get("obstacle_nodes")), field.insideCount());
        double checksum = Double.parseDouble(header.get("checksum"));
        assertEquals(checksum, field.checksum(), TOLERANCE * checksum, "checksum");

        double scale = 0;
        for (double[] n : nodes) {
            scale = Math.max(scale, Math.hypot(n[8], n[9]));
        }
        for (double[] n : nodes) {
            int node = (int) n[2];
            assertEquals(n[3], prepared.grid().xOf(node), 1e-12, "x of node " + node);
            assertEquals(n[4], prepared.grid().yOf(node), 1e-12, "y of node " + node);
            assertEquals((int) n[5], field.inside()[node], "obstacle of node " + node);
            double incErr = Math.hypot(field.incidentRe()[node] - n[6], field.incidentIm()[node] - n[7]);
            double scatErr = Math.hypot(field.scatteredRe()[node] - n[8], field.scatteredIm()[node] - n[9]);
            assertTrue(incErr <= TOLERANCE, name + ": incident field at node " + node + " off by " + incErr);
            assertTrue(scatErr <= TOLERANCE * scale, name + ": scattered field at node " + node + " off by "
                    + scatErr / scale + " relative");
        }

        String[] far = header.get("far_field").split(" ");
        FarFieldPattern pattern = model.farField(far.length);
        double largest = 0;
        for (String f : far) {
            String[] ri = f.split("/");
            largest = Math.max(largest, Math.hypot(Double.parseDouble(ri[0]), Double.parseDouble(ri[1])));
        }
        for (int l = 0; l < far.length; l++) {
            String[] ri = far[l].split("/");
            double err = Math.hypot(pattern.re()[l] - Double.parseDouble(ri[0]),
                    pattern.im()[l] - Double.parseDouble(ri[1]));
            assertTrue(err <= 1e-12 * largest, name + ": f at direction " + l + " off by " + err / largest);
        }
        double sigmaS = Double.parseDouble(header.get("sigma_s"));
        double sigmaExt = Double.parseDouble(header.get("sigma_ext"));
        assertEquals(sigmaS, pattern.sigmaS(), 1e-12 * sigmaS, "sigma_s");
        assertEquals(sigmaExt, pattern.sigmaExt(), 1e-12 * Math.abs(sigmaExt), "sigma_ext");
        assertEquals((sigmaS - sigmaExt) / sigmaS, pattern.residual(), 1e-11, "residual");
    }

    private static void read(String name, Map<String, String> header, List<double[]> nodes) throws IOException {
        try (InputStream in = ObstaclesReferenceTest.class.getResourceAsStream("/scatter/cases/obstacles_" + name
                + ".csv"); BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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
    }
}
