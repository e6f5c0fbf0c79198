package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import scatter.geometry.Contour;
import scatter.geometry.ContourExpression;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.physics.PlaneWave;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.ReferenceData;
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.evaluation.FarField;
import scatter.physics.exact.evaluation.FarFieldPattern;

/**
 * How the exact model converges with the number of boundary points, against independent values:
 * a cylinder (hard, ka = 10) against its series, the default obstacle and an ellipse (hard) against
 * the numpy implementation at its converged count, with the density's change from half as many
 * points beside each. Asserts exponential convergence down to rounding, and that the change bounds
 * the error; writes the tables to {@code target/exact-convergence.md} (docs/exact-convergence.md is a
 * copy).
 */
class ConvergenceTableTest {
    /**
     * One row: points, the density's change from half as many, its estimated error, and errors
     * against the reference.
     */
    private record Row(int points, double change, double estimate, double farField, double other) {
    }

    @Test
    void convergesExponentiallyToRounding() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("# Exact model: convergence with the number of boundary points\n\n");
        out.append("Made by `mvn test -Dtest=ConvergenceTableTest` (src/test/java/scatter/physics/exact/system/"
                + "ConvergenceTableTest.java), which writes target/exact-convergence.md. Hard (sound-hard) boundary,"
                + " combined field with eta = k. *change*: max_j |psi_N(s_j) - psi_N/2(s_j)| / max |psi_N| (what the"
                + " doubling stops on with the estimate, tolerance 1e-12), the error of the N/2 solution; *estimate*:"
                + " the estimated error of the N-point density (BoundarySolver.errorEstimate, at least 5e-14)."
                + " Errors are relative to the largest reference value.\n\n");

        // cylinder against the series
        ReferenceData.Row cyl = ReferenceData.rowsOf(ReferenceData.read("cylinder_cases.csv"), "hard_ka10").get(0);
        List<ReferenceData.Row> far = ReferenceData.rowsOf(ReferenceData.read("cylinder_farfield.csv"), "hard_ka10");
        List<ReferenceData.Row> near = ReferenceData.rowsOf(ReferenceData.read("cylinder_near.csv"), "hard_ka10");
        List<Row> rows = table(cyl, 32, 512, (model, contour) -> {
            double scale = 0;
            double error = 0;
            for (ReferenceData.Row r : near) {
                scale = Math.max(scale, Math.hypot(r.number("us_re"), r.number("us_im")));
            }
            for (ReferenceData.Row r : near) {
                double[] u = ReferenceData.fieldAt(model, contour, r.number("x"), r.number("y"));
                error = Math.max(error, Math.hypot(u[0] - r.number("us_re"), u[1] - r.number("us_im")));
            }
            return error / scale;
        }, far, 5);
        out.append("## Circular cylinder, radius 0.7, ka = 10, incidence 135 degrees, against the series\n\n");
        out.append("| points | change | estimate | far field error (72 angles) | field error, 42 points 1e-1..1e-8 r"
                + " off the boundary |\n|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %d | %s | %.1e | %.1e | %.1e |%n", r.points(), change(r),
                    r.estimate(), r.farField(), r.other()));
        }
        check(rows, 256);

        // obstacles against the independent implementation at its own converged count
        for (String name : new String[] {"default_hard", "ellipse_hard"}) {
            ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("obstacle_cases.csv"), name).get(0);
            List<ReferenceData.Row> f = ReferenceData.rowsOf(ReferenceData.read("obstacle_farfield.csv"), name);
            Grid grid = ReferenceData.grid(c);
            double checksum = c.number("checksum");
            rows = table(c, name.startsWith("default") ? 64 : 32, 512, (model, contour) -> {
                Field field = ReferenceData.field(model.prepare(contour, grid));
                return Math.abs(field.checksum() - checksum) / checksum;
            }, f, 10);
            out.append(String.format(Locale.ROOT, "%n## %s: x = %s, y = %s, lambda %s, incidence %s degrees, %dx%d grid%n%n",
                    name, c.text("xc"), c.text("yc"), c.text("lambda"), c.text("angle_deg"), c.integer("nx"),
                    c.integer("ny")));
            out.append("Against the numpy implementation's solution at " + c.integer("points") + " points.\n\n");
            out.append("| points | change | estimate | far field error (36 angles) | checksum, relative difference |\n"
                    + "|---:|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                out.append(String.format(Locale.ROOT, "| %d | %s | %.1e | %.1e | %.1e |%n", r.points(), change(r),
                        r.estimate(), r.farField(), r.other()));
            }
            check(rows, c.integer("points"));
        }
        Path target = Path.of(System.getProperty("scatter.buildDirectory", "target"), "exact-convergence.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
    }

    private static String change(Row r) {
        return Double.isNaN(r.change()) ? "" : String.format(Locale.ROOT, "%.1e", r.change());
    }

    /**
     * Exponential convergence: every error at or beyond the doubling's count is below 1e-10 (and
     * rounding-sized), each change below its predecessor until rounding, and each error below ten
     * times the change (the change measures the coarser solution's error).
     */
    private static void check(List<Row> rows, int converged) {
        for (int i = 1; i < rows.size(); i++) {
            Row r = rows.get(i);
            Row previous = rows.get(i - 1);
            if (!Double.isNaN(previous.change()) && previous.change() > 1e-13) {
                assertTrue(r.change() < previous.change(), "change grows at " + r.points());
            }
            assertTrue(r.farField() < Math.max(10 * r.change(), 1e-13), "far field error at " + r.points());
            if (r.points() >= converged) {
                assertTrue(r.change() < Resolution.DEFAULT_TOLERANCE && r.farField() < 1e-13 && r.other() < 1e-10,
                        "converged at " + r.points() + ": " + r);
            }
        }
    }

    private interface Measure {
        double of(ExactModel model, Contour contour) throws Exception;
    }

    /** Solves at every power of two from {@code from} to {@code to} points, each once. */
    private static List<Row> table(ReferenceData.Row c, int from, int to, Measure measure,
            List<ReferenceData.Row> farField, int stepDegrees) throws Exception {
        PlaneWave wave = new PlaneWave(c.number("lambda"), Math.toRadians(c.number("angle_deg")));
        ContourExpression[] e = ReferenceData.expressions(c);
        SmoothCurve curve = SmoothCurve.of(e[0]::at, e[1]::at);
        BoundaryCondition bc = BoundaryCondition.valueOf(c.text("bc").toUpperCase(Locale.ROOT));
        BoundarySolver solver = new BoundarySolver(curve, wave, bc);
        Contour contour = ReferenceData.contour(c);
        List<Row> rows = new ArrayList<>();
        double[][] previous = null;
        int angles = 360 / stepDegrees;
        double fScale = 0;
        for (ReferenceData.Row r : farField) {
            fScale = Math.max(fScale, Math.hypot(r.number("f_re"), r.number("f_im")));
        }
        for (int points = from; points <= to; points *= 2) {
            BoundaryPoints p = BoundaryPoints.of(curve, points / 2);
            BoundarySolver.Density density = solver.density(p, RowRunner.serial());
            double[][] psi = density.values;
            double estimate = solver.errorEstimate(p, density, RowRunner.serial());
            double change = previous == null ? Double.NaN : BoundarySolver.change(psi, previous);
            previous = psi;
            BoundarySolution solution = new BoundarySolution(curve, wave, bc, solver.eta(), p, psi[0], psi[1],
                    List.of(new BoundarySolution.Level(points, change, estimate, 0, 0)));
            FarFieldPattern pattern = FarField.exact(solution, angles);
            double fError = 0;
            for (ReferenceData.Row r : farField) {
                int l = (int) Math.round(r.number("angle_deg") / stepDegrees);
                fError = Math.max(fError, Math.hypot(pattern.re()[l] - r.number("f_re"), pattern.im()[l] - r.number("f_im")));
            }
            rows.add(new Row(points, change, estimate, fError / fScale, measure.of(ExactModel.of(solution), contour)));
        }
        return rows;
    }
}
