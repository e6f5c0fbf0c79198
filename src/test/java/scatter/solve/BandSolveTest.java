package scatter.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import scatter.geometry.RowBand;
import scatter.physics.Field;
import scatter.physics.PreparedProblem;
import scatter.solve.Problem;

/** Solving bands of rows gives, node for node, bit for bit, what solving the whole grid gives. */
class BandSolveTest {
    @Test
    void bandsAreBitForBitSlicesOfTheWholeSolution() throws InterruptedException {
        // 48 rows of 62 nodes, more segments than nodes per row, so chunks end mid-row
        PreparedProblem prepared = new Problem(0.5, 61, 47, 300, Problem.DEFAULT_XC, Problem.DEFAULT_YC).prepare();
        Field whole = new FieldSolver(2).solve(prepared, null);
        int cols = 62;
        for (int parts : new int[] {1, 2, 3, 7, 48}) {
            for (int threads : new int[] {1, 3}) {
                for (int part = 0; part < parts; part++) {
                    RowBand band = RowBand.of(prepared.grid(), part, parts);
                    Field f = new FieldSolver(threads).solve(prepared.rows(band), null);
                    int from = band.firstRow() * cols;
                    int to = band.endRow() * cols;
                    String what = band.describe() + ", " + threads + " threads: ";
                    assertEquals(to - from, f.grid().nodes(), what + "nodes");
                    assertArrayEquals(Arrays.copyOfRange(whole.incidentRe(), from, to), f.incidentRe(), what + "incident_re");
                    assertArrayEquals(Arrays.copyOfRange(whole.incidentIm(), from, to), f.incidentIm(), what + "incident_im");
                    assertArrayEquals(Arrays.copyOfRange(whole.scatteredRe(), from, to), f.scatteredRe(),
                            what + "scattered_re");
                    assertArrayEquals(Arrays.copyOfRange(whole.scatteredIm(), from, to), f.scatteredIm(),
                            what + "scattered_im");
                    assertArrayEquals(Arrays.copyOfRange(whole.inside(), from, to), f.inside(), what + "inside");
                }
            }
        }
    }
}
