package scatter.physics.exact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scatter.geometry.Contour;
import scatter.geometry.ContourExpression;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.physics.FieldKernel;
import scatter.physics.PlaneWave;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/**
 * The independent reference values in {@code src/test/resources/scatter/exact} (numpy/scipy and the
 * cylinder's series, made by {@code src/test/scripts/exact_reference.py}): '#' comment lines, a CSV
 * header, rows. Also the helpers every reference test needs: a problem's contour and grid as the
 * command line builds them, and the field at any point through the real kernel. Public for the
 * tests of what is made from these values elsewhere (the far-field file, the command line's
 * {@code Exact*Test}).
 */
public final class ReferenceData {
    private ReferenceData() {
    }

    /** One CSV row by column name. */
    public record Row(Map<String, String> values) {
        public String text(String column) {
            String v = values.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column + " in " + values.keySet());
            }
            return v;
        }

        public double number(String column) {
            return Double.parseDouble(text(column));
        }

        public int integer(String column) {
            return Integer.parseInt(text(column));
        }
    }

    /** Every row of a resource file, in order. */
    public static List<Row> read(String name) {
        String path = "/scatter/exact/" + name;
        try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = null;
            List<Row> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.length; c++) {
                    values.put(header[c], cells[c]);
                }
                rows.add(new Row(values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one case. */
    public static List<Row> rowsOf(List<Row> rows, String caseName) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.text("case").equals(caseName)) {
                out.add(r);
            }
        }
        return out;
    }

    /** A case's contour expressions as the command line parses them. */
    public static ContourExpression[] expressions(Row c) {
        return new ContourExpression[] {ContourExpression.parse(c.text("xc")),
            ContourExpression.parse(c.text("yc"))};
    }

    /** The case solved by the exact model as the command line solves it: its wave, curve and condition, --tol's default. */
    public static ExactModel solve(Row c) throws InterruptedException {
        PlaneWave wave = new PlaneWave(c.number("lambda"), Math.toRadians(c.number("angle_deg")));
        ContourExpression[] e = expressions(c);
        BoundaryCondition bc = BoundaryCondition.valueOf(c.text("bc").toUpperCase(java.util.Locale.ROOT));
        return ExactModel.solve(wave, e[0]::at, e[1]::at, bc, Resolution.defaults(), RowRunner.serial());
    }

    /** The case's nc-segment contour, as the Kirchhoff model and the grid use it. */
    public static Contour contour(Row c) {
        ContourExpression[] e = expressions(c);
        return Contour.fromExpressions(e[0], e[1], c.integer("nc"));
    }

    /** The case's grid, around its nc-segment contour as the command line builds it. */
    public static Grid grid(Row c) {
        return Grid.around(contour(c), c.number("lambda"), c.integer("nx"), c.integer("ny"));
    }

    /** Every node of the problem's grid, serially through the field kernel. */
    public static Field field(PreparedProblem problem) {
        Field field = new Field(problem.grid());
        FieldKernel kernel = problem.newKernel();
        for (int node = 0; node < problem.grid().nodes(); node++) {
            kernel.computeField(node, field);
        }
        return field;
    }

    /** u_s at one point through the real kernel path: a one-cell grid whose node 0 is (x, y). */
    /**
     * The largest difference between a far-field pattern and the reference rows of one case (every
     * {@code stepDegrees} degrees from 0), relative to the largest reference |f|.
     */
    public static double farFieldError(FarFieldPattern pattern, List<Row> reference, int stepDegrees) {
        double scale = 0;
        for (Row r : reference) {
            scale = Math.max(scale, Math.hypot(r.number("f_re"), r.number("f_im")));
        }
        double error = 0;
        for (Row r : reference) {
            int l = (int) Math.round(r.number("angle_deg") / stepDegrees);
            error = Math.max(error, Math.hypot(pattern.re()[l] - r.number("f_re"), pattern.im()[l] - r.number("f_im")));
        }
        return error / scale;
    }

    public static double[] fieldAt(ExactModel model, Contour contour, double x, double y) {
        Grid one = new Grid(1, 1, x, x + 1, y, y + 1);
        Field field = new Field(one);
        model.prepare(contour, one).newKernel().computeField(0, field);
        return new double[] {field.scatteredRe()[0], field.scatteredIm()[0], field.inside()[0]};
    }
}
