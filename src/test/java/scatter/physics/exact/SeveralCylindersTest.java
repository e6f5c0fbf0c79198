package scatter.physics.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scatter.geometry.Contour;
import scatter.geometry.ContourExpression;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolution;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/**
 * Several circular cylinders solved as one system against the multipole (T-matrix) method
 * ({@code multi_*.csv}, src/test/scripts/multipole_reference.py): two cylinders (the acceptance
 * case), three of different radii at long and short wavelengths, ten of ka 6.3, both boundary
 * conditions; the checksum over the whole grid, the inside count, sampled grid nodes, points 1e-1
 * to 1e-6 radii off every boundary, the far field every 5 degrees, sigma_s and the optical theorem.
 * The gap cases (1 % of the smaller radius) need about 3000 points and are in {@link CylinderGapTest}.
 */
class SeveralCylindersTest {
    /** Allowed relative error of the checksum. */
    static final double CHECKSUM = 1e-9;
    /** Allowed error relative to max |u_s| (max |f| for the far field). */
    static final double FAR = 1e-10;
    /** Allowed error relative to max |u_s| within {@link #CLOSE} of the nearest obstacle's size of its boundary. */
    static final double NEAR = 1e-8;
    static final double CLOSE = 1e-3;

    static Stream<String> cases() {
        return ReferenceData.read("multi_cases.csv").stream().map(r -> r.text("case")).filter(c -> !c.startsWith("gap"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheMultipoleMethod(String name) throws InterruptedException {
        check(name);
    }

    /** Solves the case and compares everything the reference has; returns the model. */
    static ExactModel check(String name) throws InterruptedException {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("multi_cases.csv"), name).get(0);
        List<ReferenceData.Row> obstacles = ReferenceData.rowsOf(ReferenceData.read("multi_obstacles.csv"), name);
        assertEquals(c.integer("obstacles"), obstacles.size());
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
        long start = System.nanoTime();
        ExactModel model = ExactModel.solve(wave, curves, bc, Resolution.defaults(), RowRunner.serial());
        long solved = System.nanoTime();
        for (BoundarySolution s : model.solutions()) {
            assertTrue(s.change() < Resolution.DEFAULT_TOLERANCE, "change " + s.change());
            assertTrue(s.errorEstimate() < Resolution.DEFAULT_TOLERANCE, "estimate " + s.errorEstimate());
        }

        // the grid from all obstacles' contour samples, with the teaching code's margins (Grid.around)
        Grid grid = Grid.around(contours, lambda, c.integer("nx"), c.integer("ny"));
        Field field = ReferenceData.field(model.prepare(contours.get(0), grid));
        long fieldDone = System.nanoTime();
        assertEquals(-1, field.firstNonFinite());
        assertEquals(c.integer("inside"), field.insideCount(), "inside nodes");
        double checksumError = Math.abs(field.checksum() - c.number("checksum")) / c.number("checksum");
        assertTrue(checksumError < CHECKSUM, "checksum " + field.checksum() + " against " + c.number("checksum"));

        double scale = c.number("max_abs_us");
        double[] nodeErrors = new double[2];
        for (ReferenceData.Row r : ReferenceData.rowsOf(ReferenceData.read("multi_nodes.csv"), name)) {
            int k = r.integer("j") * (grid.nx() + 1) + r.integer("i");
            assertEquals(r.number("x"), grid.xOf(k), 1e-12 * Math.abs(grid.xmax() - grid.xmin()));
            assertEquals(r.number("y"), grid.yOf(k), 1e-12 * Math.abs(grid.ymax() - grid.ymin()));
            assertEquals(0, field.inside()[k], "the reference samples outside nodes only");
            double error = Math.hypot(field.scatteredRe()[k] - r.number("us_re"),
                    field.scatteredIm()[k] - r.number("us_im")) / scale;
            double size = 2 * obstacles.get(r.integer("obstacle") - 1).number("radius");
            nodeErrors[r.number("distance") > CLOSE * size ? 0 : 1] = Math.max(nodeErrors[r.number("distance") > CLOSE * size ? 0 : 1], error);
        }
        assertTrue(nodeErrors[0] < FAR, "nodes away from the boundaries: " + nodeErrors[0]);
        assertTrue(nodeErrors[1] < NEAR, "nodes close to a boundary: " + nodeErrors[1]);

        double[] pointErrors = new double[2];
        for (ReferenceData.Row r : ReferenceData.rowsOf(ReferenceData.read("multi_near.csv"), name)) {
            double[] u = ReferenceData.fieldAt(model, contours.get(0), r.number("x"), r.number("y"));
            assertEquals(0.0, u[2], "outside at " + r.values());
            double error = Math.hypot(u[0] - r.number("us_re"), u[1] - r.number("us_im")) / scale;
            double size = 2 * obstacles.get(r.integer("obstacle") - 1).number("radius");
            int kind = r.number("distance") > CLOSE * size ? 0 : 1;
            pointErrors[kind] = Math.max(pointErrors[kind], error);
        }
        assertTrue(pointErrors[0] < FAR, "points off a boundary beyond 1e-3 of its size: " + pointErrors[0]);
        assertTrue(pointErrors[1] < NEAR, "points within 1e-3 of the size: " + pointErrors[1]);

        FarFieldPattern pattern = model.farField(72);
        List<ReferenceData.Row> far = ReferenceData.rowsOf(ReferenceData.read("multi_farfield.csv"), name);
        assertEquals(72, far.size());
        double fError = ReferenceData.farFieldError(pattern, far, 5);
        assertTrue(fError < FAR, "far field: " + fError);
        double sigmaError = Math.abs(pattern.sigmaS() - c.number("sigma_s")) / c.number("sigma_s");
        assertTrue(sigmaError < FAR, "sigma_s " + pattern.sigmaS() + " against " + c.number("sigma_s"));
        assertTrue(Math.abs(pattern.residual()) < FAR, "optical theorem residual " + pattern.residual());
        assertTrue(Math.abs(pattern.residual()) <= pattern.residualBound(), "residual within its bound");

        StringBuilder points = new StringBuilder();
        for (BoundarySolution s : model.solutions()) {
            points.append(points.length() == 0 ? "" : "+").append(s.points());
        }
        StringBuilder history = new StringBuilder();
        for (int l = 0; l < model.levels().size(); l++) {
            history.append(l == 0 ? "" : ", ");
            for (int b = 0; b < model.obstacles(); b++) {
                BoundarySolution.Level level = model.solutions().get(b).levels().get(l);
                history.append(b == 0 ? "" : "+").append(level.points())
                        .append(String.format(Locale.ROOT, "(%.0e)", level.change()));
            }
        }
        System.out.println("several " + name + " levels: " + history);
        BoundarySolution.Level last = model.levels().get(model.levels().size() - 1);
        System.out.printf(Locale.ROOT, "several %-16s points %s (close rows %d) change %.1e estimate %.1e"
                + " | checksum %.15g rel.diff %.1e | nodes far %.1e near %.1e | points far %.1e near %.1e"
                + " | f %.1e | sigma_s %.1e | residual %.1e | solve %.2f s (last level: assembly %.2f s, LU %.2f s),"
                + " field %.2f s%n", name, points, model.closeRows(), last.change(), last.errorEstimate(),
                field.checksum(), checksumError, nodeErrors[0], nodeErrors[1], pointErrors[0], pointErrors[1], fError,
                sigmaError, pattern.residual(), (solved - start) * 1e-9, last.assemblyNanos() * 1e-9,
                last.factorNanos() * 1e-9, (fieldDone - solved) * 1e-9);
        return model;
    }
}
