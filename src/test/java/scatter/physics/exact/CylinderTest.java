package scatter.physics.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scatter.geometry.Contour;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.Resolution;

/**
 * The exact model against the circular cylinder's exact series (Bowman, Senior &amp; Uslenghi,
 * sections 2.2 and 5.3; values from scipy in {@code cylinder_*.csv}), both boundary conditions,
 * at ka = 0.5, 10, 25 and at the two interior resonances ka = 2.4048 (zero of J0) and 3.8317 (zero
 * of J1) where a formulation without the combined field breaks down: the field at every grid node
 * (through the field kernel: inside test, close evaluation, sources), at points 1e-1 to 1e-8 of
 * the radius off the boundary, the far field every 5 degrees, and sigma_s against its closed form.
 */
class CylinderTest {
    /** Allowed error relative to max |u_s| (max |f| for the far field) away from the boundary. */
    private static final double FAR = 1e-10;
    /** Allowed error relative to max |u_s| within {@link #CLOSE} of the size of the boundary. */
    private static final double NEAR = 1e-6;
    private static final double CLOSE = 1e-3;

    static Stream<String> cases() {
        return ReferenceData.read("cylinder_cases.csv").stream().map(r -> r.text("case"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheSeries(String name) throws InterruptedException {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("cylinder_cases.csv"), name).get(0);
        double radius = c.number("radius");
        double cx = c.number("cx");
        double cy = c.number("cy");
        double size = 2 * radius;
        ExactModel model = ReferenceData.solve(c);
        assertTrue(model.solution().change() < Resolution.DEFAULT_TOLERANCE);

        // every grid node
        Contour contour = ReferenceData.contour(c);
        Grid grid = ReferenceData.grid(c);
        Field field = ReferenceData.field(model.prepare(contour, grid));
        List<ReferenceData.Row> nodes = ReferenceData.rowsOf(ReferenceData.read("cylinder_grid.csv"), name);
        assertEquals(grid.nodes(), nodes.size());
        double scale = 0;
        for (ReferenceData.Row r : nodes) {
            scale = Math.max(scale, Math.hypot(r.number("us_re"), r.number("us_im")));
        }
        double farError = 0;
        double nearError = 0;
        for (ReferenceData.Row r : nodes) {
            int k = r.integer("j") * (grid.nx() + 1) + r.integer("i");
            assertEquals(r.number("x"), grid.xOf(k), 1e-12 * size);
            assertEquals(r.number("y"), grid.yOf(k), 1e-12 * size);
            assertEquals(r.integer("inside"), field.inside()[k], "inside at node " + k);
            double error = Math.hypot(field.scatteredRe()[k] - r.number("us_re"),
                    field.scatteredIm()[k] - r.number("us_im")) / scale;
            double distance = Math.hypot(r.number("x") - cx, r.number("y") - cy) - radius;
            if (r.integer("inside") == 1) {
                assertEquals(0.0, field.scatteredRe()[k]);
            } else if (distance > CLOSE * size) {
                farError = Math.max(farError, error);
            } else {
                nearError = Math.max(nearError, error);
            }
        }
        assertTrue(farError < FAR, "grid, away from the boundary: " + farError);
        assertTrue(nearError < NEAR, "grid, close to the boundary: " + nearError);

        // points 1e-1 .. 1e-8 radius off the boundary
        double pointsFar = 0;
        double pointsNear = 0;
        for (ReferenceData.Row r : ReferenceData.rowsOf(ReferenceData.read("cylinder_near.csv"), name)) {
            double[] u = ReferenceData.fieldAt(model, contour, r.number("x"), r.number("y"));
            assertEquals(0, u[2], "outside point counted inside");
            double error = Math.hypot(u[0] - r.number("us_re"), u[1] - r.number("us_im")) / scale;
            if (r.number("distance") > CLOSE * size) {
                pointsFar = Math.max(pointsFar, error);
            } else {
                pointsNear = Math.max(pointsNear, error);
            }
        }
        assertTrue(pointsFar < FAR, "near points beyond 1e-3 of the size: " + pointsFar);
        assertTrue(pointsNear < NEAR, "near points within 1e-3 of the size: " + pointsNear);

        // far field every 5 degrees, and the cross sections
        FarFieldPattern pattern = model.farField(72);
        List<ReferenceData.Row> far = ReferenceData.rowsOf(ReferenceData.read("cylinder_farfield.csv"), name);
        assertEquals(72, far.size());
        double fError = ReferenceData.farFieldError(pattern, far, 5);
        assertTrue(fError < FAR, "far field: " + fError);
        double sigmaError = Math.abs(pattern.sigmaS() - c.number("sigma_s")) / c.number("sigma_s");
        assertTrue(sigmaError < FAR, "sigma_s " + pattern.sigmaS() + " against " + c.number("sigma_s"));
        assertTrue(Math.abs(pattern.residual()) < FAR, "optical theorem residual " + pattern.residual());
        System.out.printf(Locale.ROOT, "cylinder %-14s points %4d change %.1e | grid far %.1e near %.1e | points far %.1e"
                + " near %.1e | f %.1e | sigma_s %.1e | residual %.1e%n", name, model.solution().points(),
                model.solution().change(), farError, nearError, pointsFar, pointsNear, fError, sigmaError,
                pattern.residual());
    }
}
