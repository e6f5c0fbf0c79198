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
 * Non-circular obstacles (the default case, hard and soft, at lambda 0.5 and 2; an ellipse, hard
 * and soft, at 30 degrees; the star) against an independent numpy/scipy implementation of the
 * same equations ({@code obstacle_*.csv}): the number of boundary points the doubling settles on,
 * the checksum over the whole grid, the inside count, sampled node values (corners, the outside
 * nodes nearest the curve, random ones), the far field every 10 degrees, sigma_s and the optical
 * theorem.
 */
class ObstacleCasesTest {
    /** Allowed relative error of the checksum. */
    private static final double CHECKSUM = 1e-9;
    /** Allowed error relative to the largest |u_s| among the sampled nodes (or max |f|). */
    private static final double FAR = 1e-10;
    /** Allowed error relative to the largest |u_s| for nodes within {@link #CLOSE} of the size of the boundary. */
    private static final double NEAR = 1e-6;
    private static final double CLOSE = 1e-3;

    static Stream<String> cases() {
        return ReferenceData.read("obstacle_cases.csv").stream().map(r -> r.text("case"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheIndependentImplementation(String name) throws InterruptedException {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("obstacle_cases.csv"), name).get(0);
        ExactModel model = ReferenceData.solve(c);
        assertEquals(c.integer("points"), model.solution().points(), "boundary points");
        assertTrue(model.solution().change() < Resolution.DEFAULT_TOLERANCE);
        double size = model.solution().curve().size();

        Contour contour = ReferenceData.contour(c);
        Grid grid = ReferenceData.grid(c);
        Field field = ReferenceData.field(model.prepare(contour, grid));
        assertEquals(-1, field.firstNonFinite());
        assertEquals(c.integer("inside"), field.insideCount(), "inside nodes");
        double checksumError = Math.abs(field.checksum() - c.number("checksum")) / c.number("checksum");
        assertTrue(checksumError < CHECKSUM, "checksum " + field.checksum() + " against " + c.number("checksum"));

        List<ReferenceData.Row> nodes = ReferenceData.rowsOf(ReferenceData.read("obstacle_nodes.csv"), name);
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
            assertEquals(0, field.inside()[k], "the reference samples outside nodes only");
            double error = Math.hypot(field.scatteredRe()[k] - r.number("us_re"),
                    field.scatteredIm()[k] - r.number("us_im")) / scale;
            if (r.number("distance") > CLOSE * size) {
                farError = Math.max(farError, error);
            } else {
                nearError = Math.max(nearError, error);
            }
        }
        assertTrue(farError < FAR, "nodes away from the boundary: " + farError);
        assertTrue(nearError < NEAR, "nodes close to the boundary: " + nearError);

        FarFieldPattern pattern = model.farField(36);
        List<ReferenceData.Row> far = ReferenceData.rowsOf(ReferenceData.read("obstacle_farfield.csv"), name);
        assertEquals(36, far.size());
        double fError = ReferenceData.farFieldError(pattern, far, 10);
        assertTrue(fError < FAR, "far field: " + fError);
        double sigmaError = Math.abs(pattern.sigmaS() - c.number("sigma_s")) / c.number("sigma_s");
        assertTrue(sigmaError < FAR, "sigma_s " + pattern.sigmaS() + " against " + c.number("sigma_s"));
        assertTrue(Math.abs(pattern.residual()) < FAR, "optical theorem residual " + pattern.residual());
        System.out.printf(Locale.ROOT, "obstacle %-15s points %4d change %.1e | checksum %.15g rel.diff %.1e | inside %d"
                + " | nodes far %.1e near %.1e | f %.1e | sigma_s %.1e | residual %.1e%n", name,
                model.solution().points(), model.solution().change(), field.checksum(), checksumError,
                field.insideCount(), farError, nearError, fError, sigmaError, pattern.residual());
    }
}
