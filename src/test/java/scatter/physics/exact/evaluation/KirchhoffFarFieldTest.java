package scatter.physics.exact.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scatter.solve.Problem;
import scatter.geometry.Contour;
import scatter.geometry.ContourExpression;
import scatter.geometry.Grid;
import scatter.geometry.InsideTest;
import scatter.geometry.Obstacle;
import scatter.physics.Field;
import scatter.physics.KirchhoffSources;
import scatter.physics.PlaneWave;
import scatter.physics.PreparedProblem;

/**
 * The Kirchhoff far-field amplitude is the limit of the Kirchhoff model's own field, as the product
 * computes it (the existing kernel and segment terms): r^{1/2} e^{-ikr} u_s(r xhat) -&gt; f_K(theta)
 * with an error falling like 1/r, and the two-radius Richardson extrapolation 2 g(2r) - g(r) agrees
 * with f_K to the field's rounding at such r (k r ~ 1e6).
 */
class KirchhoffFarFieldTest {
    @Test
    void farFieldIsTheLimitOfTheField() {
        for (double angle : new double[] {0, 40}) {
            PlaneWave wave = new PlaneWave(0.5, Math.toRadians(angle));
            Contour contour = Contour.fromExpressions(ContourExpression.parse(Problem.DEFAULT_XC),
                    ContourExpression.parse(Problem.DEFAULT_YC), 128);
            int angles = 12;
            FarFieldPattern pattern = FarField.kirchhoff(contour, wave, angles);
            double scale = 0;
            for (int l = 0; l < angles; l++) {
                scale = Math.max(scale, Math.hypot(pattern.re()[l], pattern.im()[l]));
            }
            double[] radii = {1e3, 1e4, 1e5};
            double[] error = new double[radii.length];
            double extrapolated = 0;
            for (int l = 0; l < angles; l++) {
                double theta = pattern.angles()[l];
                for (int q = 0; q < radii.length; q++) {
                    double[] g = scaled(wave, contour, theta, radii[q]);
                    error[q] = Math.max(error[q], Math.hypot(g[0] - pattern.re()[l], g[1] - pattern.im()[l]) / scale);
                }
                double[] g1 = scaled(wave, contour, theta, 1e5);
                double[] g2 = scaled(wave, contour, theta, 2e5);
                extrapolated = Math.max(extrapolated, Math.hypot(2 * g2[0] - g1[0] - pattern.re()[l],
                        2 * g2[1] - g1[1] - pattern.im()[l]) / scale);
            }
            // error ~ c/r: ten times smaller for each decade
            assertTrue(error[0] < 1e-2 && error[1] < 0.15 * error[0] && error[2] < 0.15 * error[1],
                    "errors at r = 1e3, 1e4, 1e5: " + java.util.Arrays.toString(error));
            assertTrue(extrapolated < 1e-7, "extrapolated: " + extrapolated);
            System.out.printf(java.util.Locale.ROOT, "Kirchhoff far field, incidence %.0f deg: |g(r) - f_K|/max|f_K| at r = 1e3,"
                    + " 1e4, 1e5: %.1e %.1e %.1e; extrapolated %.1e%n", angle, error[0], error[1], error[2], extrapolated);
        }
    }

    /**
     * docs/exact.md's figures for the default case: the forward amplitude is exactly the shadow's,
     * -2 + 2i (the lit side's projected height 2, sigma cancelling the rest), so sigma_ext = 4;
     * sigma_s = 4.0751 and the optical theorem's residual 1.84 %.
     */
    @Test
    void defaultCaseCrossSections() {
        Contour contour = Contour.fromExpressions(ContourExpression.parse(Problem.DEFAULT_XC),
                ContourExpression.parse(Problem.DEFAULT_YC), 128);
        FarFieldPattern pattern = FarField.kirchhoff(contour, new PlaneWave(0.5, 0), 4);
        assertEquals(-2, pattern.re()[0], 1e-13);
        assertEquals(2, pattern.im()[0], 1e-13);
        assertEquals(4, pattern.sigmaExt(), 1e-13);
        assertEquals(4.0751, pattern.sigmaS(), 5e-5);
        assertEquals(0.0184, pattern.residual(), 5e-5);
    }

    /** r^{1/2} e^{-ikr} u_s at r (cos theta, sin theta), u_s from the Kirchhoff kernel. */
    private static double[] scaled(PlaneWave wave, Contour contour, double theta, double r) {
        double x = r * Math.cos(theta);
        double y = r * Math.sin(theta);
        Grid one = new Grid(1, 1, x, x + 1, y, y + 1);
        PreparedProblem kirchhoff = new PreparedProblem(wave, contour, KirchhoffSources.of(contour, wave), null, one,
                new Obstacle(contour, InsideTest.Kind.WINDING));
        Field field = new Field(one);
        kirchhoff.newKernel().computeField(0, field);
        // e^{-ikr} with kr reduced exactly enough: k r is below 2^30
        double phase = -wave.k() * r;
        double c = Math.cos(phase);
        double s = Math.sin(phase);
        double re = field.scatteredRe()[0];
        double im = field.scatteredIm()[0];
        double root = Math.sqrt(r);
        return new double[] {root * (re * c - im * s), root * (re * s + im * c)};
    }
}
