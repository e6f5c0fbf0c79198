package scatter.physics.fmm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scaled cylinder functions against mpmath (src/test/scripts/fmm_bessel.py): orders 0 to 1600
 * at arguments 1e-6 to 1500, scaled by t = min(1, x).
 */
class CylinderFunctionsTest {
    record Row(double x, int m, double f, double gRe, double gIm) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CylinderFunctionsTest.class.getResourceAsStream("/scatter/physics/fmm/bessel.csv"),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null;) {
                String[] v = line.split(",");
                rows.add(new Row(Double.parseDouble(v[0]), Integer.parseInt(v[1]), Double.parseDouble(v[2]),
                        Double.parseDouble(v[3]), Double.parseDouble(v[4])));
            }
        }
        return rows;
    }

    /**
     * J by Miller's recurrence: within 1e-13 of the value, or, in the oscillating range m &lt; x,
     * of the envelope sqrt(2 / (pi x)).
     */
    @Test
    void besselJMatchesMpmath() throws IOException {
        double worst = 0;
        for (Row r : rows()) {
            double t = Math.min(1, r.x());
            double[] f = new double[r.m() + 1];
            CylinderFunctions.besselJ(r.x(), t, r.m(), f);
            double scale = Math.max(Math.abs(r.f()), r.m() < r.x() ? Math.sqrt(2 / (Math.PI * r.x())) : 0);
            double error = Math.abs(f[r.m()] - r.f()) / scale;
            worst = Math.max(worst, error);
            assertTrue(error < 1e-13 || scale < 1e-290, r + ": J/t^m = " + f[r.m()] + ", error " + error);
        }
        System.out.println("J: worst relative error " + worst);
    }

    /** H by forward recurrence: within 1e-13 of |H| t^m. */
    @Test
    void hankelMatchesMpmath() throws IOException {
        double worst = 0;
        for (Row r : rows()) {
            double t = Math.min(1, r.x());
            double[] re = new double[r.m() + 1];
            double[] im = new double[r.m() + 1];
            CylinderFunctions.hankel(r.x(), t, r.m(), re, im);
            double error = Math.hypot(re[r.m()] - r.gRe(), im[r.m()] - r.gIm()) / Math.hypot(r.gRe(), r.gIm());
            worst = Math.max(worst, error);
            assertTrue(error < 1e-13, r + ": H t^m = " + re[r.m()] + " + i " + im[r.m()] + ", error " + error);
        }
        System.out.println("H: worst relative error " + worst);
    }
}
