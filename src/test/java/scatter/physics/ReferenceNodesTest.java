package scatter.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scatter.solve.Problem;

/**
 * The field at 25 nodes of the default case against float64 values computed independently with
 * numpy/scipy ({@code default_nodes.csv}: corners, interior, next to the obstacle, random).
 * No threads: one kernel, node by node.
 */
class ReferenceNodesTest {
    /** Allowed error, relative to the largest |u_scat| among the reference nodes. */
    private static final double TOLERANCE = 1e-9;

    record Node(int i, int j, int k, double x, double y, boolean inside,
            double incRe, double incIm, double scatRe, double scatIm) {
    }

    static List<Node> referenceNodes() throws IOException {
        List<Node> nodes = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ReferenceNodesTest.class.getResourceAsStream("/scatter/default_nodes.csv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.startsWith("i,")) {
                    continue;
                }
                String[] f = line.split(",");
                nodes.add(new Node(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5].equals("1"),
                        Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                        Double.parseDouble(f[8]), Double.parseDouble(f[9])));
            }
        }
        return nodes;
    }

    @Test
    void defaultCaseMatchesScipyAtReferenceNodes() throws IOException {
        List<Node> nodes = referenceNodes();
        assertEquals(25, nodes.size());
        PreparedProblem prepared = Problem.defaults().prepare();
        Field field = new Field(prepared.grid());
        FieldKernel kernel = prepared.newKernel();
        double scale = 0;
        for (Node n : nodes) {
            scale = Math.max(scale, Math.hypot(n.scatRe(), n.scatIm()));
        }
        for (Node n : nodes) {
            assertEquals(n.k(), n.j() * 129 + n.i(), "reference file's flat index");
            assertEquals(n.x(), prepared.grid().xOf(n.k()), 1e-12, "x of node " + n.k());
            assertEquals(n.y(), prepared.grid().yOf(n.k()), 1e-12, "y of node " + n.k());
            kernel.computeField(n.k(), field);
            assertEquals(n.inside(), field.inside()[n.k()] == 1, "inside flag of node " + n.k());
            double incErr = Math.hypot(field.incidentRe()[n.k()] - n.incRe(), field.incidentIm()[n.k()] - n.incIm());
            double scatErr = Math.hypot(field.scatteredRe()[n.k()] - n.scatRe(),
                    field.scatteredIm()[n.k()] - n.scatIm());
            assertTrue(incErr <= TOLERANCE, "incident field at node " + n.k() + " off by " + incErr);
            assertTrue(scatErr <= TOLERANCE * scale,
                    "scattered field at node " + n.k() + " off by " + scatErr / scale + " relative");
        }
    }
}
