package scatter.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scatter.geometry.InsideTest;
import scatter.geometry.RowBand;
import scatter.physics.Field;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.system.BoundaryCondition;

/**
 * The field with the fast multipole method against the direct sum, for both models, at low and
 * high frequency, on the teaching code's grid around the obstacle (its nodes reach from next to
 * the boundary, where the exact model's close rule takes over, to 5 wavelengths away): every node
 * within 10 tol max |u_scat|. And the FMM's values are the same bit for bit on any number of
 * threads and in a band of rows as in the whole grid.
 */
class FmmSolveTest {
    private static PreparedProblem problem(String model, double wavelength, int cells, int nc) throws InterruptedException {
        Model m = model.equals("exact") ? Model.exact(BoundaryCondition.HARD) : Model.KIRCHHOFF;
        return new Problem(wavelength, cells, cells, nc, Problem.DEFAULT_XC, Problem.DEFAULT_YC, 0,
                InsideTest.Kind.WINDING, m).prepare(2).problem();
    }

    @ParameterizedTest
    @CsvSource({
        "kirchhoff, 0.5, 96, 400, 1e-6", "kirchhoff, 0.5, 96, 400, 1e-9", "kirchhoff, 0.5, 96, 400, 1e-12",
        "kirchhoff, 0.04, 320, 1500, 1e-6", "kirchhoff, 0.04, 320, 1500, 1e-12",
        "kirchhoff, 30, 64, 300, 1e-12",
        "exact, 0.5, 96, 0, 1e-6", "exact, 0.5, 96, 0, 1e-9", "exact, 0.5, 96, 0, 1e-12",
        "exact, 0.1, 200, 0, 1e-12",
    })
    void everyNodeWithinTheToleranceOfTheDirectSum(String model, double wavelength, int cells, int nc, double tol)
            throws InterruptedException {
        PreparedProblem prepared = problem(model, wavelength, cells, nc == 0 ? 64 : nc);
        Field direct = new FieldSolver(2).solve(prepared, null);
        Field fmm = new FieldSolver(2, Evaluation.fmm(tol)).solve(prepared, null);
        double largest = 0;
        double worst = 0;
        for (int node = 0; node < direct.grid().nodes(); node++) {
            double re = direct.scatteredRe()[node];
            double im = direct.scatteredIm()[node];
            largest = Math.max(largest, Math.hypot(re, im));
            worst = Math.max(worst, Math.hypot(re - fmm.scatteredRe()[node], im - fmm.scatteredIm()[node]));
        }
        System.out.printf("%s lambda %s, %d sources: error %.2e of max |u| at tol %s%n", model, wavelength,
                prepared.sources().count(), worst / largest, tol);
        assertTrue(worst <= 10 * tol * largest, "error " + worst / largest + " of max |u|");
        assertArrayEquals(direct.incidentRe(), fmm.incidentRe());
        assertArrayEquals(direct.inside(), fmm.inside());
    }

    /** The exact model on a grid fine next to its boundary, directly: computed once for the tolerances below. */
    private static Field closeDirect;
    private static PreparedProblem closeProblem;

    /**
     * The exact model's close evaluation on the FMM: a grid of 400 x 400 cells around 256 boundary
     * points puts nodes at every refinement of the close rule (each a source set of its own FMM)
     * and closer, where the graded rule on fixed panels takes them; the test first checks that
     * every one of those sums has nodes, then every node against the direct evaluation (the
     * refined boundaries summed node by node, the graded rule placed from each node).
     */
    @ParameterizedTest
    @CsvSource({"1e-6", "1e-9", "1e-12"})
    void theCloseEvaluationWithinTheToleranceAtNodesNextToTheBoundary(double tol) throws InterruptedException {
        synchronized (FmmSolveTest.class) {
            if (closeDirect == null) {
                closeProblem = problem("exact", 0.5, 400, 64);
                closeDirect = new FieldSolver(2).solve(closeProblem, null);
            }
        }
        int nodes = closeProblem.grid().nodes();
        int sets = 1 + closeProblem.nearField().sourceSets();
        int[] bySum = new int[sets];
        int graded = 0;
        Field scratch = new Field(closeProblem.grid());
        scatter.physics.FieldKernel kernel = closeProblem.newFastKernel();
        for (int node = 0; node < nodes; node++) {
            int sum = kernel.computeAllButSums(node, scratch);
            if (sum >= 0) {
                bySum[sum]++;
            } else if (scratch.inside()[node] == 0) {
                graded++;
            }
        }
        System.out.printf("exact, 400^2 cells: nodes by sum %s, graded %d%n", java.util.Arrays.toString(bySum), graded);
        for (int set = 0; set < sets; set++) {
            if (set == sets - 2) {
                // the second finest refinement's nodes are left to the finest's sum
                assertEquals(0, bySum[set], "nodes left to sum " + set);
                continue;
            }
            assertTrue(bySum[set] > 0, "no node is left to sum " + set);
        }
        assertTrue(graded > 0, "no node is closer than the refinements reach");
        Field fmm = new FieldSolver(2, Evaluation.fmm(tol)).solve(closeProblem, null);
        double largest = 0;
        double worst = 0;
        double worstClose = 0;
        for (int node = 0; node < nodes; node++) {
            double re = closeDirect.scatteredRe()[node];
            double im = closeDirect.scatteredIm()[node];
            largest = Math.max(largest, Math.hypot(re, im));
            double error = Math.hypot(re - fmm.scatteredRe()[node], im - fmm.scatteredIm()[node]);
            worst = Math.max(worst, error);
            if (kernel.computeAllButSums(node, scratch) != scatter.physics.FieldKernel.MAIN_SUM
                    && scratch.inside()[node] == 0) {
                worstClose = Math.max(worstClose, error);
            }
        }
        System.out.printf("exact, 400^2 cells, close evaluation on the FMM: error %.2e of max |u| (close nodes %.2e) at tol %s%n",
                worst / largest, worstClose / largest, tol);
        assertTrue(worst <= 10 * tol * largest, "error " + worst / largest + " of max |u|");
        if (tol == 1e-9) {
            // the refined boundaries' sums the same bit for bit on 1 and 3 threads and in a band
            Field one = new FieldSolver(1, Evaluation.fmm(tol)).solve(closeProblem, null);
            Field three = new FieldSolver(3, Evaluation.fmm(tol)).solve(closeProblem, null);
            assertArrayEquals(fmm.scatteredRe(), one.scatteredRe());
            assertArrayEquals(fmm.scatteredIm(), three.scatteredIm());
            assertArrayEquals(one.scatteredRe(), three.scatteredRe());
            RowBand band = new RowBand(0, 1, 181, 40);
            Field part = new FieldSolver(2, Evaluation.fmm(tol)).solve(closeProblem.rows(band), null);
            int offset = 181 * 401;
            for (int node = 0; node < part.grid().nodes(); node++) {
                assertEquals(fmm.scatteredRe()[offset + node], part.scatteredRe()[node], 0, "node " + node);
                assertEquals(fmm.scatteredIm()[offset + node], part.scatteredIm()[node], 0, "node " + node);
            }
        }
    }

    /**
     * Two obstacles: a node near one boundary alone is left to that boundary's refinement joined
     * with the other's sources (a source set of its own), one near both or closer than the
     * refinements reach is evaluated node by node; every node against the direct evaluation.
     */
    @ParameterizedTest
    @CsvSource({"1e-6", "1e-12"})
    void twoObstaclesCloseEvaluationWithinTheTolerance(double tol) throws InterruptedException {
        PreparedProblem prepared = new Problem(0.5, 300, 300, 64, java.util.List.of(
                new Problem.Shape("0.5*cos(2*pi*t) - 0.6", "0.5*sin(2*pi*t)"),
                new Problem.Shape("0.4*cos(2*pi*t) + 0.5", "0.4*sin(2*pi*t) + 0.1")), 0, InsideTest.Kind.WINDING,
                Model.exact(BoundaryCondition.HARD)).prepare(2).problem();
        int nodes = prepared.grid().nodes();
        int sets = 1 + prepared.nearField().sourceSets();
        int[] bySum = new int[sets];
        Field scratch = new Field(prepared.grid());
        scatter.physics.FieldKernel kernel = prepared.newFastKernel();
        for (int node = 0; node < nodes; node++) {
            int sum = kernel.computeAllButSums(node, scratch);
            if (sum >= 0) {
                bySum[sum]++;
            }
        }
        System.out.printf("two obstacles, 300^2 cells: nodes by sum %s%n", java.util.Arrays.toString(bySum));
        int levels = sets / 2;
        assertTrue(bySum[1] > 0 && bySum[1 + levels] > 0, "no node near one boundary alone");
        Field direct = new FieldSolver(2).solve(prepared, null);
        Field fmm = new FieldSolver(2, Evaluation.fmm(tol)).solve(prepared, null);
        double largest = 0;
        double worst = 0;
        for (int node = 0; node < nodes; node++) {
            double re = direct.scatteredRe()[node];
            double im = direct.scatteredIm()[node];
            largest = Math.max(largest, Math.hypot(re, im));
            worst = Math.max(worst, Math.hypot(re - fmm.scatteredRe()[node], im - fmm.scatteredIm()[node]));
        }
        System.out.printf("two obstacles, close evaluation on the FMM: error %.2e of max |u| at tol %s%n",
                worst / largest, tol);
        assertTrue(worst <= 10 * tol * largest, "error " + worst / largest + " of max |u|");
    }

    /**
     * The fast evaluation's close rule (the graded rule on fixed panels) against the direct one's
     * (the graded rule placed from each observer), at observers 1e-2 to 1e-10 off the boundary
     * along its normals at every 7th boundary point, where both take the observer: within 1e-13 of
     * the largest value.
     */
    @Test
    void theFixedPanelsAgreeWithTheGradedRuleNextToTheBoundary() throws InterruptedException {
        PreparedProblem prepared = problem("exact", 0.5, 64, 64);
        scatter.physics.NearField.Evaluator direct = prepared.nearField().newEvaluator();
        scatter.physics.NearField.Evaluator fast = prepared.nearField().newFastEvaluator();
        scatter.physics.SourceTerms boundary = prepared.sources();
        double[] a = new double[2];
        double[] b = new double[2];
        double largest = 0;
        double worst = 0;
        int compared = 0;
        for (int j = 0; j < boundary.count(); j += 7) {
            for (int e = 2; e <= 10; e++) {
                double d = Math.pow(10, -e);
                double x = boundary.x(j) + d * boundary.nx(j);
                double y = boundary.y(j) + d * boundary.ny(j);
                assertTrue(direct.scattered(x, y, a), "the direct rule does not take " + x + ", " + y);
                assertTrue(fast.scattered(x, y, b), "the fast rule does not take " + x + ", " + y);
                largest = Math.max(largest, Math.hypot(a[0], a[1]));
                worst = Math.max(worst, Math.hypot(a[0] - b[0], a[1] - b[1]));
                compared++;
            }
        }
        System.out.printf("fixed panels against the graded rule at %d observers 1e-2 to 1e-10 off: %.2e of max |u|%n",
                compared, worst / largest);
        assertTrue(worst <= 1e-13 * largest, "error " + worst / largest + " of max |u|");
    }

    @ParameterizedTest
    @CsvSource({"kirchhoff, 0.2", "exact, 0.5", "kirchhoff, 0.03"})
    void sameBitForBitOnAnyThreadsAndInABand(String model, double wavelength) throws InterruptedException {
        // lambda 0.03: level 2 translates by FFTs (boxes about 30 wavelengths across, order 184)
        PreparedProblem prepared = problem(model, wavelength, 150, 600);
        Evaluation fmm = Evaluation.fmm(1e-10);
        Field one = new FieldSolver(1, fmm).solve(prepared, null);
        for (int threads : new int[] {2, 3}) {
            Field more = new FieldSolver(threads, fmm).solve(prepared, null);
            assertArrayEquals(one.scatteredRe(), more.scatteredRe(), threads + " threads");
            assertArrayEquals(one.scatteredIm(), more.scatteredIm(), threads + " threads");
            assertArrayEquals(one.incidentRe(), more.incidentRe(), threads + " threads");
            assertArrayEquals(one.inside(), more.inside(), threads + " threads");
        }
        // rows 37..99: a band that starts and ends inside leaf tiles
        RowBand band = new RowBand(0, 1, 37, 63);
        Field part = new FieldSolver(2, fmm).solve(prepared.rows(band), null);
        int offset = 37 * 151;
        for (int node = 0; node < part.grid().nodes(); node++) {
            assertEquals(one.scatteredRe()[offset + node], part.scatteredRe()[node], 0, "node " + node);
            assertEquals(one.scatteredIm()[offset + node], part.scatteredIm()[node], 0, "node " + node);
        }
    }

    /**
     * An interrupt (SIGTERM, Ctrl-C) stops an FMM solve promptly, in its first pass and in its leaves:
     * the interrupt is raised from the progress callback at a known point of each, not after a
     * delay that a fast or a loaded machine could make miss the phase.
     */
    @Test
    void anInterruptStopsTheSolve() throws Exception {
        PreparedProblem prepared = problem("kirchhoff", 0.5, 1024, 2048);
        int nodes = prepared.grid().nodes();
        for (int at : new int[] {1, nodes / 2 + 1}) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicLong interrupted = new AtomicLong();
            ChunkedPool.Progress interrupting = (done, all) -> {
                if (done >= at && interrupted.get() == 0) {
                    interrupted.set(System.nanoTime());
                    Thread.currentThread().interrupt();
                }
            };
            Thread solver = new Thread(() -> {
                try {
                    new FieldSolver(2, Evaluation.fmm(1e-12)).solve(prepared, interrupting);
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            solver.start();
            solver.join(60_000);
            assertTrue(!solver.isAlive(), "still solving a minute after the start");
            assertTrue(interrupted.get() != 0, "the progress never reached " + at + " of " + nodes);
            assertTrue(thrown.get() instanceof InterruptedException, "interrupted at " + at + ": " + thrown.get());
            long took = System.nanoTime() - interrupted.get();
            assertTrue(took < 2e9, "took " + took / 1e9 + " s");
        }
    }
}
