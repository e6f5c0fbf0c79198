package scatter.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scatter.geometry.InsideTest;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.ExactFailures;

/** How the exact model's failures reach the user: as input errors that say what to change. */
class ExactSolveTest {
    @Test
    void aBoundarySolutionThatDoesNotSettleSaysSoAndSuggestsTheKirchhoffModel() {
        // the default obstacle at lambda 0.5: 12.5 wavelengths round
        InvalidProblemException e = ExactSolve.notConverged(ExactFailures.unsettled(), 12.5);
        assertEquals(Problem.Input.MODEL, e.input());
        assertTrue(e.getMessage().matches("the boundary solution did not settle within 128 boundary points \\(it still "
                + "changed by 0\\.0017; tolerance 1e-12\\): the obstacle is too many wavelengths round or its shape "
                + "too fine; use the Kirchhoff model \\(--model kirchhoff, the default\\), a smoother contour, a longer"
                + " wavelength or a larger --tol"), e.getMessage());
    }

    @Test
    void anObstacleSmallerThanTheWavelengthIsNotToldToLengthenItOrToUseKirchhoff() {
        InvalidProblemException e = ExactSolve.notConverged(ExactFailures.unsettled(), 1.3e-5);
        assertEquals(Problem.Input.MODEL, e.input());
        assertEquals("the boundary solution did not settle within 128 boundary points (it still changed by 0.0017;"
                + " tolerance 1e-12): the obstacle's shape is too fine (its boundary is only 1.3e-05 wavelengths long);"
                + " use a smoother contour or a larger --tol", e.getMessage());
    }

    @Test
    void anObstacleTooManyWavelengthsRoundIsRefusedBeforeSolving() {
        // the default obstacle's perimeter is 6.27: 2090 wavelengths of 0.003 need at least 8360 points
        Problem p = new Problem(0.003, 8, 8, 128, Problem.DEFAULT_XC, Problem.DEFAULT_YC, 0, InsideTest.Kind.WINDING,
                Model.exact(BoundaryCondition.HARD));
        InvalidProblemException e = assertThrows(InvalidProblemException.class, () -> p.prepare(2));
        assertEquals(Problem.Input.WAVELENGTH, e.input());
        assertTrue(e.getMessage().startsWith("the obstacle's boundary is 2090 wavelengths long, too long for the exact "
                + "model"), e.getMessage());
    }

    @Test
    void theKirchhoffModelIsSoundHardOnly() {
        Problem p = new Problem(0.5, 8, 8, 32, Problem.DEFAULT_XC, Problem.DEFAULT_YC, 0, InsideTest.Kind.WINDING,
                new Model(Model.Kind.KIRCHHOFF, BoundaryCondition.SOFT, 1e-12, 0));
        assertEquals(Problem.Input.BC, assertThrows(InvalidProblemException.class, p::checkNumbers).input());
    }
}
