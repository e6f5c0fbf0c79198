package scatter.physics.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scatter.physics.Hankel;
import scatter.physics.Incident;
import scatter.physics.LineSource;
import scatter.physics.PlaneWave;
import scatter.physics.SourceSum;
import scatter.physics.exact.curve.ObstacleSeparation;
import scatter.physics.exact.curve.ObstacleShape;
import scatter.physics.exact.curve.ObstaclesOverlapException;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.curve.SmoothCurve;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;

/**
 * Several obstacles of which some have corners ({@link ExactModel#solveShapes}) against values known
 * without a reference solver: a line source inside one obstacle of two gives outside both the
 * scattered field -(i/4) H0(k |x - x0|) exactly (u_inc + u_s = 0 outside meets either condition on
 * every boundary, and is radiating), whatever the other obstacle; and plane waves' reciprocity
 * f(theta; alpha) = f(alpha + pi; theta + pi) (Colton &amp; Kress 2013, theorem 3.15).
 */
public class CornerObstaclesTest {
    private static final double LAMBDA = 1;
    private static final double K = 2 * Math.PI / LAMBDA;
    /** Observation points, 1 to 4 sizes from both obstacles. */
    private static final double[][] POINTS = {{6, 0.2}, {-3.5, 2.7}, {0.3, -4}, {3.9, 3.9}, {1.25, 1.6}};

    static ObstacleShape square() {
        return ObstacleShape.withCorners(PolygonBoundary.of(new double[] {-1, 1, 1, -1}, new double[] {-1, -1, 1, 1}),
                List.of());
    }

    static ObstacleShape triangle() {
        return ObstacleShape.withCorners(PolygonBoundary.of(new double[] {2, 4, 4}, new double[] {-1, -1, 0.5}),
                List.of());
    }

    static ObstacleShape disc() {
        return ObstacleShape.smooth(SmoothCurve.of(t -> 2.5 + 0.6 * Math.cos(2 * Math.PI * t),
                t -> 0.3 + 0.6 * Math.sin(2 * Math.PI * t)));
    }

    @Test
    void aSourceInsideTheSquareBesideADisc() throws InterruptedException {
        check(List.of(square(), disc()), 0.1, 0.05, BoundaryCondition.SOFT, 1e-5);
        check(List.of(disc(), square()), 0.1, 0.05, BoundaryCondition.HARD, 1e-4);
    }

    @Test
    void aSourceInsideTheDiscBesideASquare() throws InterruptedException {
        // outside the disc the total field vanishes: the square's density is rounding, its change too
        check(List.of(square(), disc()), 2.6, 0.2, BoundaryCondition.HARD, 1e-4);
    }

    @Test
    void aSourceInsideTheTriangleBesideASquare() throws InterruptedException {
        check(List.of(square(), triangle()), 3.5, -0.6, BoundaryCondition.SOFT, 1e-5);
        check(List.of(square(), triangle()), 0.1, 0.05, BoundaryCondition.HARD, 1e-4);
    }

    /**
     * The accuracy the issue asks of corners, 1e-8 of max |u_s| (measured at --tol 1e-8, lambda 1: square
     * and disc 8.9e-11 soft, 2.0e-10 hard; square and triangle 4.5e-11 soft, 3.9e-10 hard; 2041 to 2044
     * points, about 40 s).
     */
    @Test
    @EnabledIfSystemProperty(named = "scatter.slowTests", matches = "true")
    void atTheAccuracyAskedFor() throws InterruptedException {
        check(List.of(square(), disc()), 0.1, 0.05, BoundaryCondition.SOFT, 1e-8);
        check(List.of(disc(), square()), 0.1, 0.05, BoundaryCondition.HARD, 1e-8);
        check(List.of(square(), triangle()), 3.5, -0.6, BoundaryCondition.SOFT, 1e-8);
        check(List.of(square(), triangle()), 0.1, 0.05, BoundaryCondition.HARD, 1e-8);
    }

    /**
     * A disc 0.02 from the square's side: the rows of the disc's points next to the side take their
     * entries against it on a refined side (the trapezoid rule on the graded points would be off by
     * about exp(-2 pi delta/h), O(1) at the first levels), and the source inside the square still gives
     * minus its field outside both.
     */
    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void aDiscCloseToTheSquaresSideTakesRefinedRows(BoundaryCondition bc) throws InterruptedException {
        ObstacleShape close = ObstacleShape.smooth(SmoothCurve.of(t -> 1.52 + 0.5 * Math.cos(2 * Math.PI * t),
                t -> 0.5 * Math.sin(2 * Math.PI * t)));
        ExactModel model = check(List.of(square(), close), 0.1, 0.05, bc, bc == BoundaryCondition.SOFT ? 1e-5 : 1e-4);
        assertTrue(model.closeRows() > 0, "close rows " + model.closeRows());
    }

    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void planeWavesAreReciprocal(BoundaryCondition bc) throws InterruptedException {
        // f(theta; alpha) = f(alpha + pi; theta + pi) at 5-degree steps: (100 deg; 30 deg) and (210 deg; 280 deg),
        // (0; 30) and (210; 180)
        List<ObstacleShape> shapes = List.of(square(), triangle());
        double tol = 1e-4;
        FarFieldPattern at30 = solve(shapes, 30, bc, tol).farField(72);
        FarFieldPattern at280 = solve(shapes, 280, bc, tol).farField(72);
        FarFieldPattern at180 = solve(shapes, 180, bc, tol).farField(72);
        double largest = 0;
        for (int l = 0; l < 72; l++) {
            largest = Math.max(largest, Math.sqrt(at30.abs2(l)));
        }
        double first = Math.hypot(at30.re()[20] - at280.re()[42], at30.im()[20] - at280.im()[42]) / largest;
        double second = Math.hypot(at30.re()[0] - at180.re()[42], at30.im()[0] - at180.im()[42]) / largest;
        System.out.printf("%s reciprocity: %.2g, %.2g; optical theorem residual %.2g%n", bc, first, second,
                at30.residual());
        assertTrue(first < tol && second < tol, bc + ": " + first + ", " + second);
        assertTrue(Math.abs(at30.residual()) < tol, bc + ": residual " + at30.residual());
    }

    private static ExactModel solve(List<ObstacleShape> shapes, double degrees, BoundaryCondition bc, double tol)
            throws InterruptedException {
        return ExactModel.solveShapes(new PlaneWave(LAMBDA, Math.toRadians(degrees)), shapes, bc,
                Resolution.tolerance(tol), RowRunner.serial());
    }

    @Test
    void theSolutionIsTheSameBitForBitOnTwoThreads() throws InterruptedException {
        List<ObstacleShape> shapes = List.of(square(), disc());
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            Incident wave = new LineSource(LAMBDA, 0.1, 0.05);
            ExactModel serial = ExactModel.solveShapes(wave, shapes, bc, Resolution.tolerance(1e-3), RowRunner.serial());
            try (scatter.linalg.ThreadRanges ranges = new scatter.linalg.ThreadRanges(2)) {
                ExactModel pooled = ExactModel.solveShapes(wave, shapes, bc, Resolution.tolerance(1e-3),
                        (rows, task) -> ranges.forRows(rows, task::run));
                for (int b = 0; b < 2; b++) {
                    double[][] a = serial.boundaries().get(b).density();
                    double[][] c = pooled.boundaries().get(b).density();
                    org.junit.jupiter.api.Assertions.assertArrayEquals(a[0], c[0], bc + ", obstacle " + b);
                    org.junit.jupiter.api.Assertions.assertArrayEquals(a[1], c[1], bc + ", obstacle " + b);
                }
            }
        }
    }

    @Test
    void obstaclesWithCornersThatOverlapTouchOrNestAreRefused() {
        ObstacleShape inner = ObstacleShape.withCorners(PolygonBoundary.of(new double[] {-0.5, 0.5, 0.5, -0.5},
                new double[] {-0.5, -0.5, 0.5, 0.5}), List.of());
        ObstacleShape touching = ObstacleShape.withCorners(PolygonBoundary.of(new double[] {1, 3, 3, 1},
                new double[] {-1, -1, 1, 1}), List.of());
        ObstacleShape crossing = ObstacleShape.smooth(SmoothCurve.of(t -> 1.2 + 0.5 * Math.cos(2 * Math.PI * t),
                t -> 0.5 * Math.sin(2 * Math.PI * t)));
        ObstaclesOverlapException nested = assertThrows(ObstaclesOverlapException.class,
                () -> ObstacleSeparation.requireShapes(List.of(square(), inner)));
        assertEquals("obstacle 2 lies inside obstacle 1", nested.getMessage());
        assertEquals("obstacles 1 and 2 touch", assertThrows(ObstaclesOverlapException.class,
                () -> ObstacleSeparation.requireShapes(List.of(square(), touching))).getMessage());
        assertEquals("obstacles 2 and 3 overlap", assertThrows(ObstaclesOverlapException.class,
                () -> ObstacleSeparation.requireShapes(List.of(disc(), square(), crossing))).getMessage());
        ObstacleSeparation.requireShapes(List.of(square(), disc(), triangle()));
    }

    private static ExactModel check(List<ObstacleShape> shapes, double x0, double y0, BoundaryCondition bc,
            double tol) throws InterruptedException {
        Incident wave = new LineSource(LAMBDA, x0, y0);
        ExactModel model = ExactModel.solveShapes(wave, shapes, bc, Resolution.tolerance(tol), RowRunner.serial());
        SourceSum sum = new SourceSum(K);
        double[] u = new double[2];
        double worst = 0;
        double largest = 0;
        for (double[] p : POINTS) {
            sum.at(model.fieldSources(), p[0], p[1], u);
            double[] e = phi(p[0] - x0, p[1] - y0);
            worst = Math.max(worst, Math.hypot(u[0] + e[0], u[1] + e[1]));
            largest = Math.max(largest, Math.hypot(e[0], e[1]));
        }
        System.out.printf("%s source (%s, %s): points %s, close rows %d, field error %.2g%n", bc, x0, y0,
                model.levels().stream().map(l -> Integer.toString(l.points())).toList(), model.closeRows(),
                worst / largest);
        assertTrue(worst < tol * largest, bc + ": " + worst / largest);
        return model;
    }

    /** Phi(x, x0) = (i/4) H0(k r) for the offset (dx, dy), as {re, im}. */
    static double[] phi(double dx, double dy) {
        double[] j0 = new double[1];
        double[] y0 = new double[1];
        double[] j1 = new double[1];
        double[] y1 = new double[1];
        Hankel.evaluate(new double[] {K * Math.hypot(dx, dy)}, 1, j0, y0, j1, y1);
        return new double[] {-0.25 * y0[0], 0.25 * j0[0]};
    }
}
