package scatter.physics.exact.system.rcip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scatter.linalg.ParallelRows;
import scatter.physics.PlaneWave;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.IncidentData;

/**
 * The single layer's corner levels ({@link RcipSolver#singleLayerLevels}) on the square of side 2 under
 * a plane wave (lambda 0.5, alpha 0.3; H = 0.25). The interior source cannot judge the levels: its
 * exterior field is smooth at the corners, so the density carries no corner singularity there (its
 * error is at rounding from 2 levels on). A plane wave's density grows like r^(-1/3) at each corner, and
 * the far field converges in the levels towards a solution compressed over many more (90): the rule's
 * levels must be within the tolerance of it, and far fewer levels must not be (so the check can fail).
 * (RcipCommandTest's L-shape with the interior source is what showed the re-entrant corner's need.)
 */
class SingleLayerLevelsTest {
    private static final PolygonBoundary SQUARE = PolygonBoundary.of(new double[] {-1, 1, 1, -1},
            new double[] {-1, -1, 1, 1});
    private static final double K = 4 * Math.PI;

    private static PanelSolution solve(int levels) throws InterruptedException {
        return RcipSolver.compressed(SQUARE, 0.25, levels, K, Formulation.SINGLE_LAYER,
                IncidentData.of(new PlaneWave(0.5, 0.3)), ParallelRows.serial(), false, null);
    }

    /** max over 72 angles of |f - f_ref| relative to max |f_ref|. */
    private static double farFieldError(PanelSolution s, PanelSolution reference) {
        double worst = 0;
        double largest = 0;
        for (int a = 0; a < 72; a++) {
            double[] f = s.farField(2 * Math.PI * a / 72);
            double[] g = reference.farField(2 * Math.PI * a / 72);
            worst = Math.max(worst, Math.hypot(f[0] - g[0], f[1] - g[1]));
            largest = Math.max(largest, Math.hypot(g[0], g[1]));
        }
        return worst / largest;
    }

    @Test
    void rightAngleLevelsReachTheTolerance() throws InterruptedException {
        int levels = RcipSolver.singleLayerLevels(new PolygonPanels(SQUARE, 1), 4, 1e-12);
        assertEquals(34, levels);
        PanelSolution reference = solve(90);
        double atRule = farFieldError(solve(levels), reference);
        double atSixteen = farFieldError(solve(16), reference);
        System.out.printf("square, plane wave: far field at %d levels %.1e, at 16 levels %.1e from 90 levels%n",
                levels, atRule, atSixteen);
        assertTrue(atRule < 1e-13, "" + atRule);
        assertTrue(atSixteen > 1e-12, "" + atSixteen);
    }

    @Test
    void regularisedKeepsItsLevels() {
        PolygonPanels panels = new PolygonPanels(SQUARE, 1);
        assertEquals(64, RcipSolver.hardLevels(panels, 4, 1e-12));
        assertEquals(64, RcipBoundary.cornerLevels(SQUARE, Formulation.REGULARISED, 1e-12));
        assertEquals(34, RcipBoundary.cornerLevels(SQUARE, Formulation.SINGLE_LAYER, 1e-12));
    }

    /** At a re-entrant corner the interior problem's r^(-1/3) (270 degrees) keeps the single layer at 64 levels. */
    @Test
    void reentrantCornerKeepsItsLevels() {
        PolygonBoundary lShape = PolygonBoundary.of(new double[] {0, 2, 2, 1, 1, 0}, new double[] {0, 0, 1, 1, 2, 2});
        assertEquals(64, RcipSolver.singleLayerLevels(new PolygonPanels(lShape, 1), 6, 1e-12));
        assertEquals(64, RcipSolver.hardLevels(new PolygonPanels(lShape, 1), 6, 1e-12));
    }
}
