package scatter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scatter.TestFiles;
import scatter.geometry.ContourExpression;
import scatter.physics.PlaneWave;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.ReferenceData;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/**
 * The far-field file of the exact model for circular cylinders, against the cylinder's exact series
 * ({@code cylinder_farfield.csv}: f every 5 degrees; {@code cylinder_cases.csv}: sigma_s in closed
 * form, both from scipy): the echo widths and dB values the file holds are 2 pi |f|^2 and
 * 10 log10(2 pi |f|^2 / lambda) of the series' f, and its |f|^2 column integrates to the series'
 * sigma_s.
 */
class FarFieldCsvTest {
    /** Allowed error relative to the largest value of a column (f is right to 1e-10 of max |f|). */
    private static final double TOLERANCE = 1e-9;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hard_ka10", "soft_ka0.5"})
    void echoWidthsAreThoseOfTheSeries(String name) throws Exception {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("cylinder_cases.csv"), name).get(0);
        double lambda = c.number("lambda");
        PlaneWave wave = new PlaneWave(lambda, Math.toRadians(c.number("angle_deg")));
        ContourExpression[] e = ReferenceData.expressions(c);
        BoundaryCondition bc = BoundaryCondition.valueOf(c.text("bc").toUpperCase(Locale.ROOT));
        FarFieldPattern pattern = ExactModel.solve(wave, e[0]::at, e[1]::at, bc, Resolution.defaults(),
                RowRunner.serial()).farField(360);

        Path csv = dir.resolve("ff.csv");
        FarFieldCsv.write(pattern, lambda, csv);
        assertEquals(List.of("ff.csv"), TestFiles.names(dir), "no temporary file left");
        List<String> lines = Files.readAllLines(csv);
        assertEquals("angle_deg,f_re,f_im,f_abs2,echo_width,echo_width_db", lines.get(0));
        assertEquals(361, lines.size());
        double[][] rows = new double[360][];
        for (int l = 0; l < 360; l++) {
            String[] cells = lines.get(l + 1).split(",");
            assertEquals(6, cells.length, lines.get(l + 1));
            rows[l] = new double[6];
            for (int col = 0; col < 6; col++) {
                rows[l][col] = Double.parseDouble(cells[col]);
            }
            assertEquals(l, rows[l][0], "one row per degree from 0");
            // full precision: the numbers read back to the computed ones, bit for bit
            assertEquals(pattern.re()[l], rows[l][1]);
            assertEquals(pattern.im()[l], rows[l][2]);
        }

        List<ReferenceData.Row> series = ReferenceData.rowsOf(ReferenceData.read("cylinder_farfield.csv"), name);
        assertEquals(72, series.size());
        double maxWidth = 0;
        for (ReferenceData.Row r : series) {
            maxWidth = Math.max(maxWidth, 2 * Math.PI * abs2(r));
        }
        for (ReferenceData.Row r : series) {
            double[] row = rows[(int) r.number("angle_deg")];
            double abs2 = abs2(r);
            double width = 2 * Math.PI * abs2;
            assertEquals(abs2, row[3], TOLERANCE * maxWidth / (2 * Math.PI), "|f|^2 at " + r.number("angle_deg"));
            assertEquals(width, row[4], TOLERANCE * maxWidth, "echo width at " + r.number("angle_deg"));
            if (width > 1e-3 * maxWidth) {
                // there the relative error of the width is below 1e-6, and so 10 log10 of it off by < 1e-5 dB
                assertEquals(10 * Math.log10(width / lambda), row[5], 1e-5, "dB at " + r.number("angle_deg"));
            }
        }
        double sum = 0;
        for (double[] row : rows) {
            sum += row[3];
        }
        // the trapezoid rule on 360 directions is exact for |f|^2 of these cylinders (< 180 harmonics)
        assertEquals(c.number("sigma_s"), 2 * Math.PI / 360 * sum, 1e-10 * c.number("sigma_s"), "sigma_s");
    }

    @Test
    void anglesOtherThanTheEquallySpacedAreConverted() {
        FarFieldPattern p = new FarFieldPattern(new double[] {0, Math.PI / 2, 1.0}, new double[] {0, 1, 0},
                new double[] {0, 0, 1}, 1, 1, 0);
        assertEquals(0.0, FarFieldCsv.degrees(p.angles(), 0));
        assertEquals(Math.toDegrees(Math.PI / 2), FarFieldCsv.degrees(p.angles(), 1));
        assertEquals(Math.toDegrees(1.0), FarFieldCsv.degrees(p.angles(), 2));
        assertEquals("0.0,0.0,0.0,0.0,0.0,-Infinity", FarFieldCsv.row(p, 0.5, 0), "f = 0: -Infinity dB");
        // 2 pi / 0.5 = 12.566...: 11.0 dB
        assertEquals(10 * Math.log10(4 * Math.PI), Double.parseDouble(FarFieldCsv.row(p, 0.5, 2).split(",")[5]), 1e-12);
    }

    private static double abs2(ReferenceData.Row r) {
        return r.number("f_re") * r.number("f_re") + r.number("f_im") * r.number("f_im");
    }
}
