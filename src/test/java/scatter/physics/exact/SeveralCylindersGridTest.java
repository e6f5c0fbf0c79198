package scatter.physics.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scatter.geometry.Contour;
import scatter.geometry.ContourExpression;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/**
 * Several circular cylinders at every node of the default grid against the multipole (T-matrix)
 * method (P. A. Martin, Multiple Scattering, 2006, ch. 4; {@code multi_grid.csv} from
 * src/test/scripts/multipole_grid.py): two cylinders of ka 12.6 and 6.3 (the acceptance case, hard
 * and soft) and three of ka 6.0 to 20.1 (hard). {@link SeveralCylindersTest} samples about 60 nodes
 * of these cases; here every outside node must agree to 1e-10 of max |u_s| (1e-8 within 1e-3 of the
 * nearest obstacle's size of its boundary) and every node's inside flag must be the reference's.
 */
class SeveralCylindersGridTest {
    private static List<ReferenceData.Row> gridRows;

    @BeforeAll
    static void readGrid() {
        gridRows = ReferenceData.read("multi_grid.csv");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"two_hard", "two_soft", "three_short_hard"})
    void everyNodeMatchesTheMultipoleMethod(String name) throws InterruptedException {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("multi_cases.csv"), name).get(0);
        List<ReferenceData.Row> obstacles = ReferenceData.rowsOf(ReferenceData.read("multi_obstacles.csv"), name);
        double lambda = c.number("lambda");
        PlaneWave wave = new PlaneWave(lambda, Math.toRadians(c.number("angle_deg")));
        BoundaryCondition bc = BoundaryCondition.valueOf(c.text("bc").toUpperCase(Locale.ROOT));
        List<SmoothCurve> curves = new ArrayList<>();
        List<Contour> contours = new ArrayList<>();
        for (ReferenceData.Row o : obstacles) {
            ContourExpression[] e = ReferenceData.expressions(o);
            curves.add(SmoothCurve.of(e[0]::at, e[1]::at));
            contours.add(Contour.fromExpressions(e[0], e[1], c.integer("nc")));
        }
        ExactModel model = ExactModel.solve(wave, curves, bc, Resolution.defaults(), RowRunner.serial());

        // the grid from all obstacles' contour samples, with the teaching code's margins (Grid.around)
        Grid grid = Grid.around(contours, lambda, c.integer("nx"), c.integer("ny"));
        Field field = ReferenceData.field(model.prepare(contours.get(0), grid));

        List<ReferenceData.Row> nodes = ReferenceData.rowsOf(gridRows, name);
        assertEquals(grid.nodes(), nodes.size(), "one reference row per node");
        double scale = c.number("max_abs_us");
        double farError = 0;
        double nearError = 0;
        int outside = 0;
        boolean[] seen = new boolean[grid.nodes()];
        for (ReferenceData.Row r : nodes) {
            int k = r.integer("j") * (grid.nx() + 1) + r.integer("i");
            assertTrue(!seen[k], "node " + k + " twice");
            seen[k] = true;
            assertEquals(r.integer("inside"), field.inside()[k], "inside at node " + k);
            if (r.integer("inside") == 1) {
                assertEquals(0.0, field.scatteredRe()[k]);
                assertEquals(0.0, field.scatteredIm()[k]);
                continue;
            }
            outside++;
            double error = Math.hypot(field.scatteredRe()[k] - r.number("us_re"),
                    field.scatteredIm()[k] - r.number("us_im")) / scale;
            // the nearest circle, from the reference's centres and radii (not the solver's curves)
            double distance = Double.POSITIVE_INFINITY;
            double size = 0;
            for (ReferenceData.Row o : obstacles) {
                double d = Math.hypot(grid.xOf(k) - o.number("cx"), grid.yOf(k) - o.number("cy")) - o.number("radius");
                if (d < distance) {
                    distance = d;
                    size = 2 * o.number("radius");
                }
            }
            if (distance > SeveralCylindersTest.CLOSE * size) {
                farError = Math.max(farError, error);
            } else {
                nearError = Math.max(nearError, error);
            }
        }
        assertEquals(grid.nodes() - c.integer("inside"), outside, "outside nodes");
        assertTrue(farError < SeveralCylindersTest.FAR, "nodes away from the boundaries: " + farError);
        assertTrue(nearError < SeveralCylindersTest.NEAR, "nodes close to a boundary: " + nearError);
        System.out.printf(Locale.ROOT, "several grid %-16s %d outside nodes | max error %.1e away from the boundaries,"
                + " %.1e within 1e-3 of the size%n", name, outside, farError, nearError);
    }
}
