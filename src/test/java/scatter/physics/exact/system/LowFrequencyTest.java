package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scatter.geometry.Contour;
import scatter.geometry.ContourExpression;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.ReferenceData;
import scatter.physics.exact.evaluation.FarFieldPattern;

/**
 * The exact model from very long to short wavelengths: the circle of radius 1 (centre (0.3, -0.2),
 * incidence 30 degrees) at ka = 1e-6, 1e-4, 1e-2, 0.1, 1, 10 and 100, both boundary conditions,
 * against the series evaluated term by term in mpmath ({@code lowfreq_*.csv},
 * src/test/scripts/lowfreq_reference.py): u_s at 20 points from 1e-2 radii to two wavelengths off
 * the circle within 1e-10 of the largest |u_s| there, f every 30 degrees within 1e-10 of the largest
 * |f|, sigma_s within 1e-10 of itself. With the coupling eta = k the cases at ka = 1e-6 fail: the
 * equations degenerate, the hard problem's density never settles within 4096 points and the soft
 * one's field is off by 1.5e-10 (see {@link Coupling}).
 *
 * <p>The far field of the hard problem at the smallest ka is limited by rounding, not by the
 * method: its monopole and dipole are both of order (ka)^2 while the boundary data -2 du_inc/dnu and
 * the normals are of order k and carry rounding errors of eps k, whose mean (int nu ds = 0 only to
 * eps) reaches the monopole as eps/(ka) of f (1.5e-10 at ka = 1e-6; the same with exact_bie.py and
 * with the far field summed exactly). The dense solve's own rounding reaches it the same way, growing
 * like sqrt(n) eps over the n unknowns of its sums (the blocked LU gives 1.1e-9 at 128 points, EJML's
 * unblocked one 1.5e-10: the same sums in another order). So f is held to
 * 1e-10 + ({@value #DATA_ROUNDING} + sqrt(n) eps)/(ka).
 */
class LowFrequencyTest {
    private static final double TOLERANCE = 1e-10;
    /** About eps: the boundary data's rounding relative to the far field is this over ka (see above). */
    private static final double DATA_ROUNDING = 2e-16;

    static Stream<String> cases() {
        return ReferenceData.read("lowfreq_cases.csv").stream().map(r -> r.text("case"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheSeries(String name) throws InterruptedException {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("lowfreq_cases.csv"), name).get(0);
        ExactModel model = ReferenceData.solve(c);
        ContourExpression[] e = ReferenceData.expressions(c);
        BoundarySolution solution = model.solution();
        assertTrue(solution.change() < Resolution.DEFAULT_TOLERANCE, "change " + solution.change());

        Contour contour = Contour.fromExpressions(e[0], e[1], 128);
        List<ReferenceData.Row> points = ReferenceData.rowsOf(ReferenceData.read("lowfreq_points.csv"), name);
        assertEquals(20, points.size());
        double scale = 0;
        for (ReferenceData.Row r : points) {
            scale = Math.max(scale, Math.hypot(r.number("us_re"), r.number("us_im")));
        }
        double error = 0;
        for (ReferenceData.Row r : points) {
            double[] u = ReferenceData.fieldAt(model, contour, r.number("x"), r.number("y"));
            assertEquals(0, u[2], "outside point counted inside");
            error = Math.max(error, Math.hypot(u[0] - r.number("us_re"), u[1] - r.number("us_im")));
        }
        String what = String.format(Locale.ROOT, "%s, %d points, eta %.3g: ", name, solution.points(), solution.eta());

        FarFieldPattern pattern = model.farField(12);
        double fError = ReferenceData.farFieldError(pattern,
                ReferenceData.rowsOf(ReferenceData.read("lowfreq_farfield.csv"), name), 30);
        double sigmaError = Math.abs(pattern.sigmaS() / c.number("sigma_s") - 1);
        String errors = String.format(Locale.ROOT, "field %.2g, far field %.2g, sigma_s %.2g", error / scale, fError,
                sigmaError);
        double solveRounding = Math.sqrt(solution.points()) * Math.ulp(1.0);
        double fTolerance = TOLERANCE + (DATA_ROUNDING + solveRounding) / c.number("ka");
        assertTrue(error < TOLERANCE * scale && fError < fTolerance && sigmaError < 2 * fTolerance, what + errors);
    }

    /** The coupling follows k down to k R0 = 1/2 and stays at 1/(2 R0) below (R0 = sqrt 2 for the unit circle). */
    @Test
    void theCouplingStopsFollowingKAtHalfOverR0() {
        double r0 = Math.sqrt(2);
        assertEquals(4.0, Coupling.eta(4.0, r0));
        assertEquals(0.5 / r0, Coupling.eta(0.5 / r0, r0));
        assertEquals(0.5 / r0, Coupling.eta(1e-6, r0));
        assertEquals(0.5 / r0, Coupling.eta(0.1, r0));
        // the smallest ka of today's cylinder cases keeps eta = k
        assertEquals(0.5, Coupling.eta(0.5, r0));
    }
}
