package scatter.physics.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scatter.geometry.Contour;
import scatter.geometry.Grid;
import scatter.physics.Field;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.Fourier;
import scatter.physics.exact.curve.ObstaclesOverlapException;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.BoundarySolution;
import scatter.physics.exact.system.NotConvergedException;
import scatter.physics.exact.system.ObstacleSolver;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/**
 * Several non-circular obstacles, where no series exists: self-convergence (the default
 * tolerance against more points), the optical theorem, reciprocity
 * f(theta; alpha) = f(alpha + pi; theta + pi) (Colton &amp; Kress 2013, theorem 3.15), an obstacle
 * far away (the single-obstacle field plus a correction that falls like 1/sqrt(distance)), one
 * curve in a list (the single-obstacle solve exactly), and the refusal of obstacles that overlap,
 * touch or nest, also where the nc-segment polygons cannot see it.
 */
class SeveralObstaclesTest {
    private static final PlaneWave WAVE = new PlaneWave(0.5, 0);

    private static SmoothCurve ellipse(double cx, double cy) {
        return SmoothCurve.of(t -> cx + 0.8 * Math.cos(2 * Math.PI * t), t -> cy + 0.5 * Math.sin(2 * Math.PI * t));
    }

    private static SmoothCurve star(double cx, double cy) {
        return SmoothCurve.of(t -> cx + 0.5 * (1 + 0.3 * Math.cos(6 * Math.PI * t)) * Math.cos(2 * Math.PI * t),
                t -> cy + 0.5 * (1 + 0.3 * Math.cos(6 * Math.PI * t)) * Math.sin(2 * Math.PI * t));
    }

    private static SmoothCurve circle(double cx, double cy, double r, double phase) {
        return SmoothCurve.of(t -> cx + r * Math.cos(2 * Math.PI * t + phase), t -> cy + r * Math.sin(2 * Math.PI * t + phase));
    }

    private static double[] fieldAt(ExactModel model, double x, double y) {
        Grid one = new Grid(1, 1, x, x + 1, y, y + 1);
        Field field = new Field(one);
        model.prepare(null, one).newKernel().computeField(0, field);
        return new double[] {field.scatteredRe()[0], field.scatteredIm()[0]};
    }

    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void ellipseAndStarConvergeAndKeepTheOpticalTheoremAndReciprocity(BoundaryCondition bc) throws InterruptedException {
        PlaneWave wave = new PlaneWave(1, 0);
        {
            List<SmoothCurve> curves = List.of(ellipse(-0.8, 0), star(0.9, 0.4));
            ExactModel model = ExactModel.solve(wave, curves, bc, Resolution.defaults(), RowRunner.serial());
            // the ellipse settles at 256 points, the star at 512: both on 512, the ellipse's twice its own
            // (the star's own convergence is its change, asserted below)
            int least = Math.min(model.solutions().get(0).points(), model.solutions().get(1).points());
            int most = Math.max(model.solutions().get(0).points(), model.solutions().get(1).points());
            for (BoundarySolution s : model.solutions()) {
                assertTrue(s.change() < Resolution.DEFAULT_TOLERANCE && s.errorEstimate() < Resolution.DEFAULT_TOLERANCE);
            }
            int count = Math.max(2 * least, most);
            ExactModel finer = ExactModel.solve(wave, curves, bc, Resolution.points(count), RowRunner.serial());
            FarFieldPattern f = model.farField(72);
            FarFieldPattern g = finer.farField(72);
            double largest = 0;
            double diff = 0;
            for (int l = 0; l < 72; l++) {
                largest = Math.max(largest, Math.hypot(g.re()[l], g.im()[l]));
                diff = Math.max(diff, Math.hypot(f.re()[l] - g.re()[l], f.im()[l] - g.im()[l]));
            }
            assertTrue(diff / largest < 1e-11, bc + " far field against twice the points: " + diff / largest);
            assertTrue(Math.abs(f.residual()) < 1e-10, bc + " optical theorem " + f.residual());
            // points between the two, beside them and 1e-4 off the star's tip (x = 0.9 + 0.65)
            double[][] at = {{0.2, 0.2}, {0.2, -0.9}, {-2.8, 0.5}, {1.5501, 0.4}};
            double nodeDiff = 0;
            double scale = 0;
            for (double[] p : at) {
                double[] u = fieldAt(model, p[0], p[1]);
                double[] v = fieldAt(finer, p[0], p[1]);
                scale = Math.max(scale, Math.hypot(v[0], v[1]));
                nodeDiff = Math.max(nodeDiff, Math.hypot(u[0] - v[0], u[1] - v[1]));
            }
            assertTrue(nodeDiff / scale < 1e-10, bc + " field against twice the points: " + nodeDiff / scale);

            // reciprocity: f(70 deg; 0) = f(180 deg; 250 deg)
            ExactModel turned = ExactModel.solve(new PlaneWave(1, Math.toRadians(250)), curves, bc,
                    Resolution.defaults(), RowRunner.serial());
            FarFieldPattern h = turned.farField(72);
            double reciprocity = Math.hypot(f.re()[14] - h.re()[36], f.im()[14] - h.im()[36]) / largest;
            assertTrue(reciprocity < 1e-10, bc + " reciprocity " + reciprocity);
            System.out.printf(Locale.ROOT, "ellipse+star %s points %d+%d | f against %d each %.1e | field %.1e"
                    + " | residual %.1e | reciprocity %.1e%n", bc.label(), model.solutions().get(0).points(),
                    model.solutions().get(1).points(), count, diff / largest, nodeDiff / scale, f.residual(),
                    reciprocity);
        }
    }

    @Test
    void anObstacleFarAwayAddsACorrectionThatFallsLikeTheInverseRootOfItsDistance() throws InterruptedException {
        ExactModel alone = ExactModel.solve(WAVE, List.of(ellipse(0, 0)), BoundaryCondition.HARD,
                Resolution.defaults(), RowRunner.serial());
        double[] observer = {0.3, 0.7};
        double[] u0 = fieldAt(alone, observer[0], observer[1]);
        // distances a whole number of wavelengths, so that the far obstacle's wave arrives in phase
        double[] distances = {8, 16, 32, 64};
        double[] scaled = new double[distances.length];
        double previous = Double.POSITIVE_INFINITY;
        for (int m = 0; m < distances.length; m++) {
            ExactModel pair = ExactModel.solve(WAVE, List.of(ellipse(0, 0), circle(0, distances[m], 0.3, 0)),
                    BoundaryCondition.HARD, Resolution.defaults(), RowRunner.serial());
            double[] u = fieldAt(pair, observer[0], observer[1]);
            double correction = Math.hypot(u[0] - u0[0], u[1] - u0[1]);
            assertTrue(correction < previous, "the correction shrinks with the distance: " + correction);
            previous = correction;
            scaled[m] = correction * Math.sqrt(distances[m]);
            System.out.printf(Locale.ROOT, "far obstacle at %4.0f: correction %.4e, times sqrt(distance) %.4f%n",
                    distances[m], correction, scaled[m]);
        }
        // 2D waves fall like 1/sqrt(r): the scaled correction settles
        assertEquals(scaled[3], scaled[2], 0.05 * scaled[3]);
    }

    @Test
    void oneCurveInAListIsTheSingleObstacleSolve() throws InterruptedException {
        SmoothCurve curve = star(0, 0);
        ExactModel single = ExactModel.solve(WAVE, curve, BoundaryCondition.HARD, Resolution.defaults(), RowRunner.serial());
        ExactModel list = ExactModel.solve(WAVE, List.of(curve), BoundaryCondition.HARD, Resolution.defaults(),
                RowRunner.serial());
        assertArrayEquals(single.solution().density()[0], list.solution().density()[0]);
        assertArrayEquals(single.solution().density()[1], list.solution().density()[1]);
        assertEquals(1, list.obstacles());
        assertEquals(single.farField(36).sigmaS(), list.farField(36).sigmaS());
    }

    @Test
    void obstaclesThatOverlapTouchOrNestAreRefusedNamingThem() {
        // circle 2's vertices sit half a segment off circle 1's: the 128-gons miss an overlap of 1e-4
        double half = Math.PI / 128;
        ObstaclesOverlapException overlap = assertThrows(ObstaclesOverlapException.class, () -> ExactModel.solve(WAVE,
                List.of(circle(-3, 3, 0.4, 0), circle(0, 0, 1, 0), circle(2 - 1e-4, 0, 1, half)),
                BoundaryCondition.HARD, Resolution.defaults(), RowRunner.serial()));
        assertEquals(ObstaclesOverlapException.Kind.OVERLAP, overlap.kind());
        assertEquals(2, overlap.first());
        assertEquals(3, overlap.second());
        assertEquals("obstacles 2 and 3 overlap", overlap.getMessage());
        assertTrue(polygonsApart(circle(0, 0, 1, 0), circle(2 - 1e-4, 0, 1, half)));

        ObstaclesOverlapException touch = assertThrows(ObstaclesOverlapException.class, () -> ExactModel.solve(WAVE,
                List.of(circle(0, 0, 1, 0), circle(2, 0, 1, half)), BoundaryCondition.HARD, Resolution.defaults(),
                RowRunner.serial()));
        assertEquals(ObstaclesOverlapException.Kind.TOUCH, touch.kind());
        assertEquals("obstacles 1 and 2 touch", touch.getMessage());

        ObstaclesOverlapException nested = assertThrows(ObstaclesOverlapException.class, () -> ExactModel.solve(WAVE,
                List.of(circle(0.1, 0, 0.3, 0), circle(0, 0, 1, 0)), BoundaryCondition.SOFT, Resolution.defaults(),
                RowRunner.serial()));
        assertEquals(ObstaclesOverlapException.Kind.INSIDE, nested.kind());
        assertEquals(1, nested.inner());
        assertEquals(2, nested.outer());
        assertEquals("obstacle 1 lies inside obstacle 2", nested.getMessage());
    }

    @Test
    void theCapCountsEveryObstaclesPoints() {
        List<SmoothCurve> curves = List.of(star(0, 0), circle(2, 0, 0.5, 0));
        // with the cap lowered to 256 the pair starts at 64 + 64 and may double once
        NotConvergedException refused = assertThrows(NotConvergedException.class, () -> new ObstacleSolver(curves,
                WAVE, BoundaryCondition.HARD, 256).solve(Resolution.defaults(), RowRunner.serial()));
        assertEquals(256, refused.points());
        assertTrue(refused.change() > Resolution.DEFAULT_TOLERANCE);
        IllegalArgumentException fixed = assertThrows(IllegalArgumentException.class, () -> ExactModel.solve(WAVE,
                curves, BoundaryCondition.HARD, Resolution.points(8192), RowRunner.serial()));
        assertEquals("8192 boundary points for each of 2 obstacles is 16384 in all, above the most, 8192", fixed.getMessage());
    }

    /** Whether the 128-segment contours of two curves are disjoint (no vertex of one inside the other). */
    private static boolean polygonsApart(SmoothCurve a, SmoothCurve b) {
        double[][] za = Fourier.values(a.coefficients(), 0, 128);
        double[][] zb = Fourier.values(b.coefficients(), 0, 128);
        scatter.geometry.WindingInsideTest inA = new scatter.geometry.WindingInsideTest(closed(za));
        scatter.geometry.WindingInsideTest inB = new scatter.geometry.WindingInsideTest(closed(zb));
        for (int j = 0; j < 128; j++) {
            if (inB.contains(za[0][j], za[1][j]) || inA.contains(zb[0][j], zb[1][j])) {
                return false;
            }
        }
        return true;
    }

    private static Contour closed(double[][] z) {
        int n = z[0].length;
        double[] x = java.util.Arrays.copyOf(z[0], n + 1);
        double[] y = java.util.Arrays.copyOf(z[1], n + 1);
        x[n] = z[0][0];
        y[n] = z[1][0];
        return new Contour(x, y);
    }
}
