package scatter.solve;

import java.util.Locale;
import scatter.geometry.ContourExpression;
import scatter.geometry.ExpressionException;
import scatter.physics.PlaneWave;
import scatter.physics.exact.CurveNotSmoothException;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.NotConvergedException;
import scatter.physics.exact.RowRunner;
import scatter.physics.exact.SmoothCurve;

/**
 * Solves the exact model's boundary equation for a checked problem, and says in the problem's terms
 * why it cannot be solved: the physics package reports numbers, this class chooses the words (the
 * command line puts the option's name in front).
 */
final class ExactSolve {
    private ExactSolve() {
    }

    /**
     * @throws InvalidProblemException for a contour with a corner or a cusp (the contour), an
     *     expression that fails between the contour's samples (that expression), and a boundary
     *     solution that does not settle (the model)
     */
    static ExactModel solve(PlaneWave wave, ContourExpression x, ContourExpression y, Model model, RowRunner rows)
            throws InterruptedException {
        try {
            return ExactModel.solve(wave, x::at, y::at, model.condition(), model.resolution(), rows);
        } catch (ExpressionException e) {
            // the smooth curve samples t far more finely than the nc segments did
            throw new InvalidProblemException(e.expression() == x ? Problem.Input.XC : Problem.Input.YC, e);
        } catch (CurveNotSmoothException e) {
            throw new InvalidProblemException(Problem.Input.CONTOUR, notSmooth(e));
        } catch (NotConvergedException e) {
            throw new InvalidProblemException(Problem.Input.MODEL, String.format(Locale.ROOT,
                    "the exact model's boundary solution did not settle within %d boundary points (it still changed"
                            + " by %.2g; tolerance %.2g): the obstacle is too many wavelengths round or its shape too"
                            + " fine; use the Kirchhoff model (--model kirchhoff), a smoother contour, a longer"
                            + " wavelength or a larger --tol", e.points(), e.change(), e.tolerance()));
        }
    }

    private static String notSmooth(CurveNotSmoothException e) {
        String why = e.speedRatio() < SmoothCurve.MIN_SPEED_RATIO
                ? String.format(Locale.ROOT, "x(t), y(t) stand still somewhere (the slowest speed is %.2g of the"
                        + " fastest), as at a cusp", e.speedRatio())
                : String.format(Locale.ROOT, "it has a corner or a kink (with %d samples the upper half of its"
                        + " Fourier spectrum still holds %.2g of the largest coefficient)", e.samples(), e.tailRatio());
        return "the exact model needs a smooth contour and this one is not: " + why + "; use the Kirchhoff model"
                + " (--model kirchhoff, the default) or a smoother contour";
    }
}
