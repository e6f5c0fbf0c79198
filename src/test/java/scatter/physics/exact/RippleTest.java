package scatter.physics.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scatter.geometry.Contour;
import scatter.geometry.ContourExpression;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.BoundaryPoints;
import scatter.physics.exact.curve.CurveTooFineException;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolver;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/**
 * Circles with fine ripples, (1 + A cos(2 pi R t)) (cos 2 pi t, sin 2 pi t), whose ripples the first
 * samples of the curve alias onto low modes (R = 60 and 64 samples look like a curve of modes -5
 * and 3; R = 64 like a plain circle): each is solved to the tolerance and matches the independent
 * numpy/scipy implementation given the curve's true sample count ({@code ripple_*.csv}, made by
 * {@code src/test/scripts/ripple_reference.py}), or is refused before solving; never a converged
 * wrong answer.
 */
class RippleTest {
    /** Allowed error relative to max |f| (far field) or the largest |u_s| of the sampled points. */
    private static final double TOLERANCE = 1e-10;

    static Stream<String> cases() {
        return ReferenceData.read("ripple_cases.csv").stream().map(r -> r.text("case"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void solvesToTheToleranceAgainstTheIndependentImplementation(String name) throws InterruptedException {
        ReferenceData.Row c = ReferenceData.rowsOf(ReferenceData.read("ripple_cases.csv"), name).get(0);
        ExactModel model = ReferenceData.solve(c);
        ContourExpression[] e = ReferenceData.expressions(c);
        assertEquals(c.integer("ripples") + 1, model.solution().curve().bandwidth(), "the curve's highest mode");
        assertEquals(c.integer("points"), model.solution().points(), "boundary points");
        assertTrue(model.solution().change() < Resolution.DEFAULT_TOLERANCE);

        List<ReferenceData.Row> far = ReferenceData.rowsOf(ReferenceData.read("ripple_farfield.csv"), name);
        FarFieldPattern pattern = model.farField(360 / 30);
        assertTrue(ReferenceData.farFieldError(pattern, far, 30) < TOLERANCE,
                "far field: " + ReferenceData.farFieldError(pattern, far, 30));
        assertEquals(c.number("sigma_s"), pattern.sigmaS(), TOLERANCE * c.number("sigma_s"));
        // the case means something: the ripple moves the far field far more than the tolerance
        double fromCircle = 0;
        double scale = 0;
        for (ReferenceData.Row r : far) {
            fromCircle = Math.max(fromCircle, Math.hypot(r.number("f_re") - r.number("circle_re"),
                    r.number("f_im") - r.number("circle_im")));
            scale = Math.max(scale, Math.hypot(r.number("f_re"), r.number("f_im")));
        }
        assertTrue(fromCircle > 100 * TOLERANCE * scale, "ripple against circle: " + fromCircle / scale);

        Contour contour = Contour.fromExpressions(e[0], e[1], 128);
        List<ReferenceData.Row> nodes = ReferenceData.rowsOf(ReferenceData.read("ripple_nodes.csv"), name);
        double largest = 0;
        for (ReferenceData.Row r : nodes) {
            largest = Math.max(largest, Math.hypot(r.number("us_re"), r.number("us_im")));
        }
        for (ReferenceData.Row r : nodes) {
            double[] u = ReferenceData.fieldAt(model, contour, r.number("x"), r.number("y"));
            double error = Math.hypot(u[0] - r.number("us_re"), u[1] - r.number("us_im")) / largest;
            assertTrue(error < TOLERANCE, "u_s at " + r.integer("angle_deg") + " degrees: " + error);
        }
    }

    @Test
    void theBoundaryPointsAreTheCurvesOwn() throws InterruptedException {
        // 60 ripples of amplitude 0.5/60 (the command line's case): sampled 64 times, every sample
        // lies on a curve of modes -5, 1 and 3, whose points between them are up to 1.6e-2 off
        double a = 0.5 / 60;
        SmoothCurve curve = SmoothCurve.of(t -> (1 + a * Math.cos(2 * Math.PI * 60 * t)) * Math.cos(2 * Math.PI * t),
                t -> (1 + a * Math.cos(2 * Math.PI * 60 * t)) * Math.sin(2 * Math.PI * t));
        assertEquals(61, curve.bandwidth());
        for (int count : new int[] {128, 512, 4096}) {
            BoundaryPoints p = BoundaryPoints.of(curve, count / 2);
            for (int j = 0; j < count; j++) {
                double t = (double) j / count;
                double r = 1 + a * Math.cos(2 * Math.PI * 60 * t);
                assertEquals(r * Math.cos(2 * Math.PI * t), p.x[j], 1e-12 * curve.size());
                assertEquals(r * Math.sin(2 * Math.PI * t), p.y[j], 1e-12 * curve.size());
                // dz/ds, s = 2 pi t: r' = -60 a sin(60 s)
                double dr = -60 * a * Math.sin(2 * Math.PI * 60 * t);
                double c = Math.cos(2 * Math.PI * t);
                double s = Math.sin(2 * Math.PI * t);
                assertEquals(dr * c - r * s, p.dx[j], 1e-13);
                assertEquals(dr * s + r * c, p.dy[j], 1e-13);
            }
        }
    }

    @Test
    void ripplesFinerThanTheBoundaryPointsCanCarryAreRefusedBeforeSolving() {
        for (int ripples : new int[] {2047, 2200, 4096, 8192}) {
            SmoothCurve curve = ripple(ripples, 1e-4);
            assertEquals(ripples + 1, curve.bandwidth());
            CurveTooFineException e = assertThrows(CurveTooFineException.class,
                    () -> new BoundarySolver(curve, new PlaneWave(2, 0), BoundaryCondition.HARD)
                            .solve(Resolution.defaults(), failing()));
            assertEquals(ripples + 1, e.bandwidth());
            assertEquals(BoundarySolver.MAX_POINTS, e.points());
            assertEquals(BoundarySolver.MAX_BANDWIDTH, e.carried());
            assertEquals(curve.perimeter() / (2 * (ripples + 1)), e.detail(), 1e-15);
        }
        // the most the doubling can carry: its first level, 4096 points, resolves modes up to 2047
        assertEquals(2048, new BoundarySolver(ripple(2046, 1e-4), new PlaneWave(2, 0), BoundaryCondition.HARD)
                .startPoints() / 2);
    }

    @Test
    void aFixedCountTooFewForTheCurveIsRefused() {
        SmoothCurve curve = ripple(60, 1e-4);
        CurveTooFineException e = assertThrows(CurveTooFineException.class,
                () -> new BoundarySolver(curve, new PlaneWave(2, 0), BoundaryCondition.SOFT)
                        .solve(Resolution.points(64), failing()));
        assertTrue(e.fixed());
        assertEquals(64, e.points());
        assertEquals(128, e.pointsNeeded());
    }

    @Test
    void aCosineOf512PiTIsNotThePlainCircle() {
        // x = cos(2 pi t) + 0.002 cos(512 pi t): 64 samples of it are those of the plain circle, and so
        // were its points and derivatives; mode 256 is in x alone (modes 256 and -256 of z, 0.001 each)
        SmoothCurve curve = SmoothCurve.of(t -> Math.cos(2 * Math.PI * t) + 0.002 * Math.cos(512 * Math.PI * t),
                t -> Math.sin(2 * Math.PI * t));
        assertEquals(256, curve.bandwidth());
        assertEquals(1024, new BoundarySolver(curve, new PlaneWave(2, 0), BoundaryCondition.SOFT).startPoints());
        BoundaryPoints p = BoundaryPoints.of(curve, 512);
        for (int j = 0; j < 1024; j++) {
            double t = j / 1024.0;
            assertEquals(Math.cos(2 * Math.PI * t) + 0.002 * Math.cos(512 * Math.PI * t), p.x[j], 1e-12 * curve.size());
            double s = 2 * Math.PI * t;
            assertEquals(-Math.sin(s) - 0.512 * Math.sin(256 * s), p.dx[j], 1e-12);
            assertEquals(-Math.cos(s) - 131.072 * Math.cos(256 * s), p.ddx[j], 1e-9);
        }
    }

    @Test
    void aCosineOf256PiTScattersUnlikeThePlainCircle() throws InterruptedException {
        // the same at mode 128, solved: its 64 samples are the circle's, its sigma_s is not
        SmoothCurve curve = SmoothCurve.of(t -> Math.cos(2 * Math.PI * t) + 0.002 * Math.cos(256 * Math.PI * t),
                t -> Math.sin(2 * Math.PI * t));
        assertEquals(128, curve.bandwidth());
        PlaneWave wave = new PlaneWave(2, 0);
        FarFieldPattern rippled = ExactModel.solve(wave, curve, BoundaryCondition.SOFT, Resolution.points(512),
                RowRunner.serial()).farField(12);
        // the plain circle, solved the same way
        SmoothCurve circle = SmoothCurve.of(t -> Math.cos(2 * Math.PI * t), t -> Math.sin(2 * Math.PI * t));
        FarFieldPattern plain = ExactModel.solve(wave, circle, BoundaryCondition.SOFT, Resolution.defaults(),
                RowRunner.serial()).farField(12);
        assertTrue(Math.abs(rippled.sigmaS() - plain.sigmaS()) > 1e-5 * plain.sigmaS(),
                rippled.sigmaS() + " against the circle's " + plain.sigmaS());
    }

    /** (1 + a cos(2 pi R t)) (cos 2 pi t, sin 2 pi t). */
    static SmoothCurve ripple(int ripples, double amplitude) {
        return SmoothCurve.of(t -> (1 + amplitude * Math.cos(2 * Math.PI * ripples * t)) * Math.cos(2 * Math.PI * t),
                t -> (1 + amplitude * Math.cos(2 * Math.PI * ripples * t)) * Math.sin(2 * Math.PI * t));
    }

    /** A row runner for solves that must be refused before assembling anything. */
    private static RowRunner failing() {
        return (rows, task) -> {
            throw new AssertionError("assembled a system");
        };
    }
}
