package scatter.physics.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scatter.geometry.Contour;
import scatter.geometry.ContourExpression;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.physics.FieldKernel;
import scatter.physics.KirchhoffSources;
import scatter.physics.LineSource;
import scatter.physics.PreparedProblem;
import scatter.physics.SourceCheck;
import scatter.physics.exact.evaluation.FarField;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/**
 * A line source as the incident wave, u_inc = (i/4) H0(k |x - x0|), against independent values
 * ({@code src/test/scripts/line_source_reference.py}, {@code line_source_*.csv}): the exact model on
 * circular cylinders against the series from Graf's addition theorem (every grid node, f every 5
 * degrees, sigma_s), a source inside a circle, an ellipse and the default obstacle (both conditions:
 * the scattered field outside is -u_inc, at points down to 1e-3 of the size off the boundary, at every
 * grid node, and f = -f_inc), the Kirchhoff model against a numpy implementation of the same formula,
 * and the mean over a disc that a node at the source holds.
 */
class LineSourceTest {
    private static final double FAR = 1e-10;
    private static final double NEAR = 1e-6;
    private static final double CLOSE = 1e-3;

    static Stream<String> cylinders() {
        return ReferenceData.read("line_source_cases.csv").stream().map(r -> r.text("case"));
    }

    private static ExactModel solve(String xc, String yc, LineSource source, BoundaryCondition bc)
            throws InterruptedException {
        ContourExpression x = ContourExpression.parse(xc);
        ContourExpression y = ContourExpression.parse(yc);
        return ExactModel.solve(source, x::at, y::at, bc, Resolution.defaults(), RowRunner.serial());
    }

    private static Contour contour(String xc, String yc, int nc) {
        return Contour.fromExpressions(ContourExpression.parse(xc), ContourExpression.parse(yc), nc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cylinders")
    void cylinderMatchesTheGrafSeries(String name) throws InterruptedException {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("line_source_cases.csv"), name).get(0);
        LineSource source = new LineSource(c.number("lambda"), c.number("source_x"), c.number("source_y"));
        BoundaryCondition bc = BoundaryCondition.valueOf(c.text("bc").toUpperCase(Locale.ROOT));
        ExactModel model = solve(c.text("xc"), c.text("yc"), source, bc);
        Contour contour = contour(c.text("xc"), c.text("yc"), c.integer("nc"));
        Grid grid = Grid.around(contour, c.number("lambda"), c.integer("nx"), c.integer("ny"));
        Field field = ReferenceData.field(model.prepare(contour, grid));
        List<ReferenceData.Row> nodes = ReferenceData.rowsOf(ReferenceData.read("line_source_grid.csv"), name);
        assertEquals(grid.nodes(), nodes.size());
        double scale = 0;
        for (ReferenceData.Row r : nodes) {
            scale = Math.max(scale, Math.hypot(r.number("us_re"), r.number("us_im")));
        }
        double radius = c.number("radius");
        double farError = 0;
        double nearError = 0;
        for (ReferenceData.Row r : nodes) {
            int k = r.integer("j") * (grid.nx() + 1) + r.integer("i");
            assertEquals(r.integer("inside"), field.inside()[k], "inside at node " + k);
            double error = Math.hypot(field.scatteredRe()[k] - r.number("us_re"),
                    field.scatteredIm()[k] - r.number("us_im")) / scale;
            double distance = Math.hypot(r.number("x") - c.number("cx"), r.number("y") - c.number("cy")) - radius;
            if (r.integer("inside") == 0 && distance > CLOSE * 2 * radius) {
                farError = Math.max(farError, error);
            } else if (r.integer("inside") == 0) {
                nearError = Math.max(nearError, error);
            }
        }
        assertTrue(farError < FAR, "grid: " + farError);
        assertTrue(nearError < NEAR, "grid, close to the boundary: " + nearError);
        assertEquals(-1, field.firstNonFinite());

        FarFieldPattern pattern = model.farField(72);
        double fError = ReferenceData.farFieldError(pattern,
                ReferenceData.rowsOf(ReferenceData.read("line_source_farfield.csv"), name), 5);
        assertTrue(fError < FAR, "far field: " + fError);
        double sigmaError = Math.abs(pattern.sigmaS() / c.number("sigma_s") - 1);
        assertTrue(sigmaError < FAR, "sigma_s " + pattern.sigmaS() + " against " + c.number("sigma_s"));
        assertTrue(Double.isNaN(pattern.sigmaExt()) && Double.isNaN(pattern.residual()),
                "no optical theorem for a line source");
        System.out.printf(Locale.ROOT, "line source %-17s points %4d | grid %.1e near %.1e | f %.1e | sigma_s %.1e%n",
                name, model.solution().points(), farError, nearError, fError, sigmaError);
    }

    static Stream<Arguments> insideCases() {
        return ReferenceData.read("line_source_inside.csv").stream().map(r -> r.text("case")).distinct()
                .flatMap(name -> Stream.of(Arguments.of(name, BoundaryCondition.HARD),
                        Arguments.of(name, BoundaryCondition.SOFT)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("insideCases")
    void sourceInsideScattersMinusItsOwnField(String name, BoundaryCondition bc) throws InterruptedException {
        List<ReferenceData.Row> rows = ReferenceData.rowsOf(ReferenceData.read("line_source_inside.csv"), name);
        ReferenceData.Row c = rows.get(0);
        LineSource source = new LineSource(c.number("lambda"), c.number("source_x"), c.number("source_y"));
        ExactModel model = solve(c.text("xc"), c.text("yc"), source, bc);
        assertEquals(1, model.obstacleAt(source.x(), source.y()));
        Contour contour = contour(c.text("xc"), c.text("yc"), 128);
        double scale = 0;
        for (ReferenceData.Row r : rows) {
            scale = Math.max(scale, Math.hypot(r.number("us_re"), r.number("us_im")));
        }
        double error = 0;
        for (ReferenceData.Row r : rows) {
            double[] u = ReferenceData.fieldAt(model, contour, r.number("x"), r.number("y"));
            assertEquals(0, u[2], "outside point counted inside");
            error = Math.max(error, Math.hypot(u[0] - r.number("us_re"), u[1] - r.number("us_im")) / scale);
        }
        assertTrue(error < FAR, "points off the boundary: " + error);

        // every node of a grid, through the kernel, against the incident field it holds
        Grid grid = Grid.around(contour, c.number("lambda"), 40, 40);
        Field field = ReferenceData.field(model.prepare(contour, grid));
        double gridError = SourceCheck.fieldError(field);
        assertTrue(gridError < FAR, "grid nodes: " + gridError);

        FarFieldPattern pattern = model.farField(12);
        double fError = ReferenceData.farFieldError(pattern,
                ReferenceData.rowsOf(ReferenceData.read("line_source_inside_far.csv"), name), 30);
        assertTrue(fError < FAR, "far field: " + fError);
        System.out.printf(Locale.ROOT, "source inside %-8s %s points %4d | points %.1e | grid %.1e | f %.1e%n", name,
                bc.label(), model.solution().points(), error, gridError, fError);
    }

    static Stream<String> kirchhoffCases() {
        return ReferenceData.read("line_source_kirchhoff_cases.csv").stream().map(r -> r.text("case"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kirchhoffCases")
    void kirchhoffModelMatchesNumpy(String name) {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("line_source_kirchhoff_cases.csv"), name).get(0);
        LineSource source = new LineSource(c.number("lambda"), c.number("source_x"), c.number("source_y"));
        Contour contour = contour(c.text("xc"), c.text("yc"), c.integer("nc"));
        Grid grid = Grid.around(contour, c.number("lambda"), c.integer("nx"), c.integer("ny"));
        PreparedProblem problem = new PreparedProblem(source, contour, KirchhoffSources.of(contour, source), null,
                grid, (x, y) -> false);
        FieldKernel kernel = problem.newKernel();
        Field field = new Field(grid);
        List<ReferenceData.Row> rows = ReferenceData.rowsOf(ReferenceData.read("line_source_kirchhoff.csv"), name);
        assertTrue(rows.size() > 20);
        double scale = 0;
        for (ReferenceData.Row r : rows) {
            scale = Math.max(scale, Math.hypot(r.number("us_re"), r.number("us_im")));
        }
        double error = 0;
        double incidentError = 0;
        for (ReferenceData.Row r : rows) {
            int k = r.integer("j") * (grid.nx() + 1) + r.integer("i");
            kernel.computeField(k, field);
            error = Math.max(error, Math.hypot(field.scatteredRe()[k] - r.number("us_re"),
                    field.scatteredIm()[k] - r.number("us_im")) / scale);
            incidentError = Math.max(incidentError, Math.hypot(field.incidentRe()[k] - r.number("ui_re"),
                    field.incidentIm()[k] - r.number("ui_im")) / Math.hypot(r.number("ui_re"), r.number("ui_im")));
        }
        assertTrue(error < 1e-12, "scattered field: " + error);
        assertTrue(incidentError < 1e-13, "incident field: " + incidentError);

        FarFieldPattern pattern = FarField.kirchhoff(contour, source, 8);
        double fError = ReferenceData.farFieldError(pattern,
                ReferenceData.rowsOf(ReferenceData.read("line_source_kirchhoff_far.csv"), name), 45);
        assertTrue(fError < 1e-12, "far field: " + fError);
        assertEquals(c.number("sigma_s"), pattern.sigmaS(), 1e-12 * c.number("sigma_s"));
        assertTrue(Double.isNaN(pattern.residual()));
    }

    @Test
    void aNodeAtTheSourceHoldsTheMeanOverADisc() {
        for (ReferenceData.Row r : ReferenceData.read("line_source_disc.csv")) {
            double[] mean = new double[2];
            new LineSource(r.number("lambda"), 0.3, -0.2).meanOverDisc(r.number("rho"), mean);
            double expected = Math.hypot(r.number("mean_re"), r.number("mean_im"));
            assertEquals(r.number("mean_re"), mean[0], 1e-12 * expected, "rho " + r.number("rho"));
            assertEquals(r.number("mean_im"), mean[1], 1e-12 * expected, "rho " + r.number("rho"));
        }
        // a 2 x 2 grid of cells 0.1 x 0.1 with its centre node on the source: finite, the disc of one cell's area
        LineSource source = new LineSource(0.5, 0.1, 0.2);
        Grid grid = new Grid(2, 2, 0.0, 0.2, 0.1, 0.3);
        Field field = new Field(grid);
        new PreparedProblem(source, (Contour) null, new scatter.physics.SourceTerms(0, new double[0], new double[0],
                new double[0], new double[0], new double[0], new double[0], new double[0], new double[0]), null, grid,
                (x, y) -> false).newKernel().computeField(4, field);
        double[] mean = new double[2];
        source.meanOverDisc(Math.sqrt(0.01 / Math.PI), mean);
        assertEquals(mean[0], field.incidentRe()[4], 1e-15);
        assertEquals(mean[1], field.incidentIm()[4], 1e-15);
        assertEquals(-1, field.firstNonFinite());
    }
}
