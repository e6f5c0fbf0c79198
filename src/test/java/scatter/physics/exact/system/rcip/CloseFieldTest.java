package scatter.physics.exact.system.rcip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import scatter.linalg.ParallelRows;
import scatter.linalg.ThreadRanges;
import scatter.physics.exact.curve.PolygonBoundary;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.CornerSolutionTest;

/**
 * {@link PanelSolution#closeField}, the field however close to the boundary, against the interior
 * source (u_inc = Phi(x, x0), x0 inside: u_s = -Phi(x, x0) outside, exactly; the shapes of
 * {@link RcipSolverTest}, lambda 0.5), relative to |u_s| at the point, at distances d = 1e-1 .. 1e-10
 * of the size (the square's side, 2) on four paths: out of the middle of a side, out of a side near
 * its end (0.1 from the corner, inside the corner's coarse panels), out of a corner along its
 * bisector, and out of a corner along a side's continuation. Measured (printed to the test's output):
 * the square soft with H = 0.25 and 30 levels 4e-16 to 1.6e-14 on every path; hard with H = 0.5 and
 * 55 levels 7e-12 to 4e-9 (the coarse panels' density, one wavelength long, interpolated: the middle
 * of a side is the worst), with H = 0.25 2e-14 to 7.6e-13 (slow).
 */
class CloseFieldTest {
    private static final double K = 2 * Math.PI / 0.5;
    private static final String[] PATHS = {"middle of a side", "near a side's end", "corner, bisector", "corner, along a side"};

    /** The point at distance d out of the square's bottom side or its corner (1, -1), on path {@code path}. */
    private static double[] point(int path, double d) {
        switch (path) {
            case 0:
                return new double[] {0, -1 - d};
            case 1:
                return new double[] {0.9, -1 - d};
            case 2:
                return new double[] {1 + d / Math.sqrt(2), -1 - d / Math.sqrt(2)};
            default:
                return new double[] {1 + d, -1};
        }
    }

    /** The worst error over the paths and distances, each path's errors printed. */
    private static double worst(PanelSolution sol, double x0, double y0, String name) {
        double worst = 0;
        for (int path = 0; path < PATHS.length; path++) {
            StringBuilder line = new StringBuilder(String.format("%s, %s:", name, PATHS[path]));
            for (int e = 1; e <= 10; e++) {
                double[] q = point(path, 2 * Math.pow(10, -e));
                double[] u = sol.closeField(q[0], q[1]);
                double[] p = CornerSolutionTest.phi(q[0] - x0, q[1] - y0);
                double err = Math.hypot(u[0] + p[0], u[1] + p[1]) / Math.hypot(p[0], p[1]);
                worst = Math.max(worst, err);
                line.append(String.format(" %.1e", err));
            }
            System.out.println(line);
        }
        return worst;
    }

    private static PanelSolution square(BoundaryCondition bc, double h, int levels, ParallelRows rows) throws InterruptedException {
        double[][] s = RcipSolverTest.SHAPES[0];
        return RcipSolver.compressed(PolygonBoundary.of(s[0], s[1]), h, levels, K, bc,
                CornerSolutionTest.source(s[2][0], s[2][1]), rows, true);
    }

    @Test
    void theSoftFieldToRoundingHoweverCloseToASideOrACorner() throws InterruptedException {
        double[] x0 = RcipSolverTest.SHAPES[0][2];
        long start = System.nanoTime();
        PanelSolution sol = square(BoundaryCondition.SOFT, 0.25, 30, ParallelRows.serial());
        long solved = System.nanoTime();
        double e = worst(sol, x0[0], x0[1], "square soft H 0.25");
        long evaluated = System.nanoTime();
        System.out.printf("square soft: solve with the corners kept %.2f s (%.2f s without), 40 points %.3f s%n",
                (solved - start) * 1e-9, sol.nanos() * 1e-9, (evaluated - solved) * 1e-9);
        StringBuilder plain = new StringBuilder("square soft, the plain rule (field) for contrast, middle of a side:");
        for (int k = 1; k <= 10; k++) {
            double[] q = point(0, 2 * Math.pow(10, -k));
            double[] u = sol.field(q[0], q[1]);
            double[] p = CornerSolutionTest.phi(q[0] - x0[0], q[1] - x0[1]);
            plain.append(String.format(" %.1e", Math.hypot(u[0] + p[0], u[1] + p[1]) / Math.hypot(p[0], p[1])));
        }
        System.out.println(plain);
        assertTrue(e < 1e-13, "soft: " + e);
    }

    @Test
    void theHardFieldHoweverCloseToASideOrACorner() throws InterruptedException {
        double[] x0 = RcipSolverTest.SHAPES[0][2];
        double e = worst(square(BoundaryCondition.HARD, 0.5, 55, ParallelRows.serial()), x0[0], x0[1], "square hard H 0.5");
        assertTrue(e < 1e-8, "hard: " + e);
    }

    /** Hard on the square with H = 0.25 to 1e-12; the L-shape's re-entrant corner (270 degrees) soft and hard. */
    @Test
    @EnabledIfSystemProperty(named = "scatter.slowTests", matches = "true")
    void theHardFieldToTheSolversAccuracy() throws InterruptedException {
        double[] x0 = RcipSolverTest.SHAPES[0][2];
        double e = worst(square(BoundaryCondition.HARD, 0.25, 55, ParallelRows.serial()), x0[0], x0[1], "square hard H 0.25");
        assertTrue(e < 2e-12, "hard: " + e);
        double[][] s = RcipSolverTest.SHAPES[2];
        PolygonBoundary lShape = PolygonBoundary.of(s[0], s[1]);
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            PanelSolution sol = RcipSolver.compressed(lShape, 0.25, bc == BoundaryCondition.SOFT ? 30 : 60, K, bc,
                    CornerSolutionTest.source(s[2][0], s[2][1]), ParallelRows.serial(), true);
            double worst = 0;
            StringBuilder line = new StringBuilder("L-shape " + bc + ", re-entrant corner (1, 1), bisector:");
            for (int k = 1; k <= 10; k++) {
                double d = 2 * Math.pow(10, -k) / Math.sqrt(2);
                double[] u = sol.closeField(1 + d, 1 + d);
                double[] p = CornerSolutionTest.phi(1 + d - s[2][0], 1 + d - s[2][1]);
                double err = Math.hypot(u[0] + p[0], u[1] + p[1]) / Math.hypot(p[0], p[1]);
                worst = Math.max(worst, err);
                line.append(String.format(" %.1e", err));
            }
            System.out.println(line);
            assertTrue(worst < 1e-11, "L-shape " + bc + ": " + worst);
        }
    }

    @Test
    void theSameBitForBitOnAnyNumberOfThreads() throws InterruptedException {
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            PanelSolution serial = square(bc, 1, 6, ParallelRows.serial());
            try (ThreadRanges ranges = new ThreadRanges(2)) {
                PanelSolution pooled = square(bc, 1, 6, ranges);
                for (int path = 0; path < PATHS.length; path++) {
                    double[] q = point(path, 1e-6);
                    assertArrayEquals(serial.closeField(q[0], q[1]), pooled.closeField(q[0], q[1]), bc + " " + PATHS[path]);
                }
            }
        }
    }

    /**
     * The backward recursion recovers the refined mesh's density: the field next to a corner from it
     * equals the field from the refined mesh solved whole (every panel by {@link CloseField}), for the
     * same levels (the square soft, 8 levels; the triangle hard, 3 levels; H = 0.25), as far as RCIP's
     * one assumption, that the coarse panels' interpolation resolves the far panels' part K° rho,
     * holds. Measured: 1.4e-14 soft, 3e-14 hard at 1e-2 .. 1e-8 from the corner and 8.9e-12 at 1e-1
     * (with H = 0.5, one wavelength, soft 3.8e-11: the interpolation's error).
     */
    @Test
    void theRecoveredDensityIsTheRefinedMeshSolvedWhole() throws InterruptedException {
        for (int shape : new int[] {0, 1}) {
            BoundaryCondition bc = shape == 0 ? BoundaryCondition.SOFT : BoundaryCondition.HARD;
            double h = 0.25;
            int levels = shape == 0 ? 8 : 3;
            double[][] s = RcipSolverTest.SHAPES[shape];
            PolygonBoundary polygon = PolygonBoundary.of(s[0], s[1]);
            PanelSolution rcip = RcipSolver.compressed(polygon, h, levels, K, bc, CornerSolutionTest.source(s[2][0], s[2][1]),
                    ParallelRows.serial(), true);
            PanelSolution whole = RcipSolver.refined(polygon, h, levels, K, bc, CornerSolutionTest.source(s[2][0], s[2][1]),
                    ParallelRows.serial());
            // out of the first corner (vertex 0) along the bisector of its outward directions, and next to its sides
            double vx = polygon.vertexX(0);
            double vy = polygon.vertexY(0);
            int m = polygon.sides();
            double ax = polygon.vertexX(1) - vx;
            double ay = polygon.vertexY(1) - vy;
            double bx = polygon.vertexX(m - 1) - vx;
            double by = polygon.vertexY(m - 1) - vy;
            double la = Math.hypot(ax, ay);
            double lb = Math.hypot(bx, by);
            double ox = -(ax / la + bx / lb);
            double oy = -(ay / la + by / lb);
            double lo = Math.hypot(ox, oy);
            CloseField close = new CloseField(K, scatter.physics.exact.system.Coupling.eta(K, 0.5 * Math.sqrt(2) * polygon.size()),
                    whole.formulation());
            double worst = 0;
            for (int e = 1; e <= 8; e++) {
                double d = Math.pow(10, -e);
                double[][] points = {{vx + d * ox / lo, vy + d * oy / lo}, {vx + 0.3 * h * ax / la + d * ay / la, vy + 0.3 * h * ay / la - d * ax / la}};
                for (double[] q : points) {
                    double[] u = rcip.closeField(q[0], q[1]);
                    double[] v = new double[2];
                    for (int p = 0; p < whole.mesh().panels(); p++) {
                        close.add(whole.mesh(), p, whole.density(), q[0], q[1], 0, 0, v);
                    }
                    worst = Math.max(worst, Math.hypot(u[0] - v[0], u[1] - v[1]) / Math.hypot(v[0], v[1]));
                }
            }
            System.out.printf("%s %s, %d levels: the recovered and the refined mesh's field next to a corner differ by %.1e%n",
                    shape == 0 ? "square" : "triangle", bc, levels, worst);
            assertTrue(worst < 1e-11, bc + ": " + worst);
        }
    }

    @Test
    void refusedWithoutTheCornersDensities() throws InterruptedException {
        double[][] s = RcipSolverTest.SHAPES[0];
        PanelSolution sol = RcipSolver.compressed(PolygonBoundary.of(s[0], s[1]), 1, 4, K, BoundaryCondition.SOFT,
                CornerSolutionTest.source(s[2][0], s[2][1]), ParallelRows.serial());
        assertTrue(!sol.hasCorners());
        assertThrows(IllegalStateException.class, () -> sol.closeField(0, -1.01));
    }
}
