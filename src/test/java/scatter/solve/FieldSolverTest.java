package scatter.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import scatter.physics.Field;
import scatter.physics.PreparedProblem;
import scatter.solve.Problem;

/** The whole default case on the thread pool, against the reference numbers of docs/physics.md. */
class FieldSolverTest {
    /** float64 checksum of the default case from the independent numpy/scipy implementation. */
    private static final double REFERENCE_CHECKSUM = 4686.3393277255545;

    @Test
    void defaultCaseChecksumAndInsideCountMatchReference() throws InterruptedException {
        Field field = new FieldSolver(2).solve(Problem.defaults().prepare(), null);
        assertEquals(REFERENCE_CHECKSUM, field.checksum(), 1e-9 * REFERENCE_CHECKSUM);
        assertEquals(1450, field.insideCount());
    }

    @Test
    void resultsAreBitForBitTheSameForAnyThreadCount() throws InterruptedException {
        // a smaller grid with more segments than nodes per row, so chunks end mid-row
        PreparedProblem prepared = new Problem(0.5, 61, 47, 300, Problem.DEFAULT_XC, Problem.DEFAULT_YC).prepare();
        Field one = new FieldSolver(1).solve(prepared, null);
        for (int threads : new int[] {2, 3, 8}) {
            Field many = new FieldSolver(threads).solve(prepared, null);
            assertArrayEquals(one.incidentRe(), many.incidentRe(), threads + " threads: incident_re");
            assertArrayEquals(one.incidentIm(), many.incidentIm(), threads + " threads: incident_im");
            assertArrayEquals(one.scatteredRe(), many.scatteredRe(), threads + " threads: scattered_re");
            assertArrayEquals(one.scatteredIm(), many.scatteredIm(), threads + " threads: scattered_im");
            assertArrayEquals(one.inside(), many.inside(), threads + " threads: inside");
        }
    }
}
