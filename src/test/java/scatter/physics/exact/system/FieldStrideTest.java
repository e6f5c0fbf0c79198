package scatter.physics.exact.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scatter.geometry.ContourExpression;
import scatter.physics.Field;
import scatter.physics.FieldKernel;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.ExactModel;
import scatter.solve.Problem;

/**
 * Away from the boundary the field kernel sums every other boundary point once the doubling has
 * shown that half the points resolve the density: the field must be the all-points field to the
 * density's own accuracy, at every node of the default grid, the near ones included.
 */
class FieldStrideTest {
    @Test
    void everyOtherPointGivesTheAllPointsFieldAtEveryNode() throws InterruptedException {
        PreparedProblem kirchhoff = Problem.defaults().prepare();
        ContourExpression x = ContourExpression.parse(Problem.DEFAULT_XC);
        ContourExpression y = ContourExpression.parse(Problem.DEFAULT_YC);
        ExactModel model = ExactModel.solve(kirchhoff.wave(), x::at, y::at, BoundaryCondition.HARD,
                Resolution.defaults(), RowRunner.serial());
        BoundarySolution solution = model.solution();
        assertEquals(512, solution.points());
        assertEquals(2, solution.fieldStride(), "change " + solution.change() + " is below 1e-12");
        assertEquals(256, solution.fieldSources().count());

        PreparedProblem strided = model.prepare(kirchhoff.contour(), kirchhoff.grid());
        // the same problem with all 512 points in the kernel, and the near rule of an unstrided solution
        BoundarySolution all = new BoundarySolution(solution.curve(), solution.wave(), solution.condition(), solution.eta(),
                solution.points, solution.densityRe, solution.densityIm,
                java.util.List.of(new BoundarySolution.Level(512, Double.NaN, Double.NaN, 0, 0)));
        assertEquals(1, all.fieldStride(), "no measured change, no stride");
        PreparedProblem full = ExactModel.of(all).prepare(kirchhoff.contour(), kirchhoff.grid());

        Field a = new Field(kirchhoff.grid());
        Field b = new Field(kirchhoff.grid());
        FieldKernel ka = strided.newKernel();
        FieldKernel kb = full.newKernel();
        double worst = 0;
        double scale = 0;
        for (int node = 0; node < kirchhoff.grid().nodes(); node++) {
            ka.computeField(node, a);
            kb.computeField(node, b);
            worst = Math.max(worst, Math.hypot(a.scatteredRe()[node] - b.scatteredRe()[node],
                    a.scatteredIm()[node] - b.scatteredIm()[node]));
            scale = Math.max(scale, Math.hypot(b.scatteredRe()[node], b.scatteredIm()[node]));
        }
        assertTrue(worst <= 1e-13 * scale, "largest difference " + worst / scale + " of max |u_s|");
    }
}
