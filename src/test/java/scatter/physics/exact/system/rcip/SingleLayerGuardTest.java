package scatter.physics.exact.system.rcip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scatter.linalg.ParallelRows;
import scatter.physics.Hankel;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.IncidentData;
import scatter.physics.exact.system.RcipControl;
import scatter.physics.exact.system.RowRunner;

/**
 * The sound-hard single layer's guard ({@link RcipSolver#accepts}) on the square of side 2 against the
 * interior source at (0.1, 0.05): u_s = -(i/4) H0(k |x - x0|) outside, the field at four points 1 to 4
 * sizes away relative to max |u_s| there. The square's interior Dirichlet eigenvalues are
 * k_mn = (pi/2) sqrt(m^2 + n^2), m, n &gt;= 1 (the lowest, k_11 = pi/sqrt(2), simple): the single layer's
 * system is singular there and its error grows like its condition times about 1e-15 near one (measured:
 * k_11 + 1e-6, condition 1.5e6, error 7.5e-10; k_11 + 1e-2, condition 150, 6.6e-14; docs/exact.md, "Corners").
 */
class SingleLayerGuardTest {
    private static final PolygonBoundary SQUARE = PolygonBoundary.of(new double[] {-1, 1, 1, -1},
            new double[] {-1, -1, 1, 1});
    static final double X0 = 0.1;
    static final double Y0 = 0.05;
    private static final double K11 = 0.5 * Math.PI * Math.sqrt(2);

    /** u_inc = (i/4) H0(k |x - x0|) and its normal derivative -(ik/4) H1(k r) (x - x0).nu / r. */
    static IncidentData source(double k) {
        return (x, y, nx, ny, out) -> {
            double rx = x - X0;
            double ry = y - Y0;
            double r = Math.hypot(rx, ry);
            double[] b = Hankel.h01(k * r);
            double c = (rx * nx + ry * ny) / r;
            out[0] = -0.25 * b[1];
            out[1] = 0.25 * b[0];
            out[2] = 0.25 * k * b[3] * c;
            out[3] = -0.25 * k * b[2] * c;
        };
    }

    /** The largest error of u_s at four points 1 to 4 sizes away, relative to max |u_s| there. */
    private static double error(PanelSolution s, double k) {
        double[][] points = {{5, 0.2}, {-3.5, 2.7}, {0.3, -4}, {3.9, 3.9}};
        double worst = 0;
        double scale = 0;
        for (double[] q : points) {
            double[] u = s.field(q[0], q[1]);
            double[] b = Hankel.h01(k * Math.hypot(q[0] - X0, q[1] - Y0));
            worst = Math.max(worst, Math.hypot(u[0] - 0.25 * b[1], u[1] + 0.25 * b[0]));
            scale = Math.max(scale, Math.hypot(b[0], b[1]) / 4);
        }
        return worst / scale;
    }

    private static PanelSolution solve(double k, Formulation formulation) throws InterruptedException {
        int levels = RcipSolver.hardLevels(new PolygonPanels(SQUARE, 1), 4, 1e-12);
        return RcipSolver.compressed(SQUARE, 0.5, levels, k, formulation, source(k), ParallelRows.serial(), false, null);
    }

    /** The guard refuses the single layer there; its next choice, the single layer with sources inside, solves. */
    @Test
    void nearAResonanceTheGuardFallsBackToTheSourcesInside() throws InterruptedException {
        double k = K11 + 1e-6;
        PanelSolution single = solve(k, Formulation.SINGLE_LAYER);
        double singleError = error(single, k);
        PanelSolution guarded = RcipSolver.compressed(SQUARE, 0.5, RcipSolver.hardLevels(new PolygonPanels(SQUARE, 1), 4,
                1e-12), k, BoundaryCondition.HARD, source(k), ParallelRows.serial());
        double guardedError = error(guarded, k);
        System.out.printf("square, k = k_11 + 1e-6: single layer condition %.1e, error %.1e; guarded (%s) error %.1e%n",
                single.conditionEstimate(), singleError, guarded.formulation().words(), guardedError);
        // the single layer alone misses the default tolerance there: the guard must not accept it
        assertTrue(singleError > 1e-12, "single layer " + singleError);
        assertTrue(single.conditionEstimate() > 1e5, "condition " + single.conditionEstimate());
        assertEquals(Formulation.MODIFIED_SINGLE_LAYER, guarded.formulation());
        assertTrue(guarded.conditionEstimate() < 200, "condition " + guarded.conditionEstimate());
        assertTrue(guardedError < 1e-12, "with sources inside " + guardedError);
    }

    @Test
    void rightAtAResonanceTheSingleLayerIsUselessAndRefused() throws InterruptedException {
        PanelSolution single = solve(K11, Formulation.SINGLE_LAYER);
        double e = error(single, K11);
        System.out.printf("square, k = k_11: single layer condition %.1e, error %.1e%n", single.conditionEstimate(), e);
        assertTrue(single.conditionEstimate() > 1e12, "condition " + single.conditionEstimate());
        assertTrue(!RcipSolver.accepts(single, 1e-6));
    }

    @Test
    void aLittleFartherTheSingleLayerIsAcceptedAndAccurate() throws InterruptedException {
        double k = K11 + 1e-2;
        PanelSolution s = RcipSolver.compressed(SQUARE, 0.5, RcipSolver.hardLevels(new PolygonPanels(SQUARE, 1), 4, 1e-12),
                k, BoundaryCondition.HARD, source(k), ParallelRows.serial());
        double e = error(s, k);
        System.out.printf("square, k = k_11 + 1e-2: condition %.1e, %s, error %.1e%n", s.conditionEstimate(),
                s.formulation().words(), e);
        assertEquals(Formulation.SINGLE_LAYER, s.formulation());
        assertTrue(e < 1e-12, "" + e);
    }

    @Test
    void atSmallKaTheSingleLayerIsWellConditioned() throws InterruptedException {
        for (double k : new double[] {1e-3, 1e-1}) {
            PanelSolution s = RcipSolver.compressed(SQUARE, 0.5, RcipSolver.hardLevels(new PolygonPanels(SQUARE, 1), 4,
                    1e-12), k, BoundaryCondition.HARD, source(k), ParallelRows.serial());
            double e = error(s, k);
            System.out.printf("square, ka = %.0e: condition %.1e, %s, error %.1e%n", k, s.conditionEstimate(),
                    s.formulation().words(), e);
            assertEquals(Formulation.SINGLE_LAYER, s.formulation());
            assertTrue(s.conditionEstimate() < 10, "condition " + s.conditionEstimate());
            assertTrue(e < 1e-12, "" + e);
        }
    }

    /**
     * The guard scales with the tolerance: at condition 1.5e6 the single layer stands for 1e-8, not for
     * 1e-10, where the single layer with sources inside solves.
     */
    @Test
    void theGuardFollowsTheTolerance() throws InterruptedException {
        double k = K11 + 1e-6;
        for (double tol : new double[] {1e-8, 1e-10}) {
            var s = RcipControl.solve(SQUARE, k, source(k), BoundaryCondition.HARD, tol, RcipSolver.MOST_UNKNOWNS,
                    RowRunner.serial());
            double e = error(s.solution(), k);
            System.out.printf("square, k = k_11 + 1e-6, tol %.0e: %s (condition %.1e), change %.1e, error %.1e%n", tol,
                    s.formulation().words(), s.conditionEstimate(), s.change(), e);
            assertEquals(tol == 1e-8 ? Formulation.SINGLE_LAYER : Formulation.MODIFIED_SINGLE_LAYER, s.formulation());
            assertTrue(e < tol, "" + e);
        }
    }
}
