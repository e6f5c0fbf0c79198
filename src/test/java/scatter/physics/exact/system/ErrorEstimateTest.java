package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scatter.geometry.ContourExpression;
import scatter.physics.PlaneWave;
import scatter.physics.exact.ReferenceData;
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.SmoothCurve;

/**
 * The boundary solution's estimated error against its true error, for fixed numbers of points from
 * far too few to converged: the default obstacle (lambda 0.5 and 0.1), an ellipse, the star and two
 * cylinders (ka 12.6 and 25), hard and soft. The true errors come from
 * src/test/scripts/error_estimate.py (error_estimate.csv): the independent numpy implementation's
 * density on these points against its density on 2 to 16 times as many. The estimate must never
 * be below the true error, and above rounding it must be within a factor ten of it.
 */
class ErrorEstimateTest {
    /** Above this a true error is not rounding (the estimate's floor is 5e-14 or more). */
    private static final double ROUNDING = 1e-13;

    static Stream<ReferenceData.Row> rows() {
        return ReferenceData.read("error_estimate.csv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theEstimateIsAtLeastTheTrueErrorAndNotFarAbove(ReferenceData.Row row) throws Exception {
        ContourExpression[] e = ReferenceData.expressions(row);
        SmoothCurve curve = SmoothCurve.of(e[0]::at, e[1]::at);
        PlaneWave wave = new PlaneWave(row.number("lambda"), Math.toRadians(row.number("angle_deg")));
        BoundaryCondition bc = BoundaryCondition.valueOf(row.text("bc").toUpperCase(Locale.ROOT));
        BoundarySolver solver = new BoundarySolver(curve, wave, bc);
        BoundaryPoints points = BoundaryPoints.of(curve, row.integer("points") / 2);
        BoundarySolver.Density density = solver.density(points, RowRunner.serial());
        double estimate = solver.errorEstimate(points, density, RowRunner.serial());

        double truth = row.number("true_error");
        String what = String.format(Locale.ROOT, "%s %s at %d points: estimate %.3g, true error %.3g", row.text("case"),
                row.text("bc"), row.integer("points"), estimate, truth);
        assertTrue(estimate >= truth, what);
        if (truth > ROUNDING) {
            assertTrue(estimate <= 10 * truth, what);
            // the same defect correction as the numpy implementation's
            assertEquals(row.number("estimate"), estimate, 1e-3 * estimate, what);
        } else {
            assertEquals(solver.roundingError(), estimate, what);
        }
    }
}
