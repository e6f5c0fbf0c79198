package scatter.solve;

import java.util.Locale;
import scatter.geometry.ContourExpression;
import scatter.geometry.ExpressionException;
import scatter.physics.PlaneWave;
import scatter.physics.exact.BoundarySolver;
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
    /**
     * Fewest boundary points per wavelength of perimeter any tolerance needs: the doubling starts
     * here, and converged solutions use 13 to 40 (the default obstacle: 16 at 126 wavelengths round,
     * 13 at 315). An obstacle longer than {@link BoundarySolver#MAX_POINTS} / this many wavelengths
     * cannot converge, and is refused before a minute of solving says so.
     */
    static final double MIN_POINTS_PER_WAVELENGTH = 4;

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
            SmoothCurve curve = SmoothCurve.of(x::at, y::at);
            double wavelengths = curve.perimeter() / wave.wavelength();
            if (!model.fixedPoints() && wavelengths * MIN_POINTS_PER_WAVELENGTH > BoundarySolver.MAX_POINTS) {
                throw InvalidProblemException.kirchhoffCan(Problem.Input.WAVELENGTH, String.format(Locale.ROOT,
                        "the obstacle's boundary is %.0f wavelengths long, too long for the exact model, which needs"
                                + " at least %.0f boundary points per wavelength and solves with at most %d",
                        wavelengths, MIN_POINTS_PER_WAVELENGTH, BoundarySolver.MAX_POINTS), "a longer wavelength");
            }
            return ExactModel.solve(wave, curve, model.condition(), model.resolution(), rows);
        } catch (ExpressionException e) {
            // the smooth curve samples t far more finely than the nc segments did
            throw new InvalidProblemException(e.expression() == x ? Problem.Input.XC : Problem.Input.YC, e);
        } catch (CurveNotSmoothException e) {
            throw InvalidProblemException.kirchhoffCan(Problem.Input.CONTOUR, notSmooth(e), "a smoother contour");
        } catch (NotConvergedException e) {
            throw notConverged(e);
        }
    }

    /** The words for a boundary solution that did not settle within the most points. */
    static InvalidProblemException notConverged(NotConvergedException e) {
        return InvalidProblemException.kirchhoffCan(Problem.Input.MODEL, String.format(Locale.ROOT,
                "the boundary solution did not settle within %d boundary points (it still changed by %s; tolerance"
                        + " %s): the obstacle is too many wavelengths round or its shape too fine",
                e.points(), number(e.change()), number(e.tolerance())), "a smoother contour", "a longer wavelength",
                "a larger --tol");
    }

    /** Two significant digits, "1e-12" rather than "1.0e-12". */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2g", value).replaceFirst("\\.0(e|$)", "$1");
    }

    private static String notSmooth(CurveNotSmoothException e) {
        String why = e.speedRatio() < SmoothCurve.MIN_SPEED_RATIO
                ? String.format(Locale.ROOT, "x(t), y(t) stand still somewhere (the slowest speed is %.2g of the"
                        + " fastest), as at a cusp", e.speedRatio())
                : String.format(Locale.ROOT, "it has a corner or a kink (with %d samples the upper half of its"
                        + " Fourier spectrum still holds %.2g of the largest coefficient)", e.samples(), e.tailRatio());
        return "the exact model needs a smooth contour and this one is not: " + why;
    }
}
