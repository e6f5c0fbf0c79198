package scatter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import scatter.geometry.ContourExpression;
import scatter.physics.Field;
import scatter.physics.PreparedProblem;
import scatter.physics.exact.ExactModel;
import scatter.physics.exact.evaluation.FarField;
import scatter.physics.exact.evaluation.FarFieldPattern;
import scatter.physics.exact.system.BoundaryCondition;
import scatter.physics.exact.system.Resolution;
import scatter.physics.exact.system.RowRunner;
import scatter.solve.FieldSolver;
import scatter.solve.Problem;

/**
 * Both models of the default obstacle on the default 129 x 129 grid, as the product computes them:
 * the Kirchhoff field ({@link Problem#prepare()} and {@link FieldSolver}), the exact model solved
 * and evaluated on the same grid, and both far-field patterns. Each case is computed once per test
 * run (well under a second each) and shared; nothing in it is modified.
 */
public final class ModelFields {
    /** One wavelength and boundary condition, both models. */
    public record Case(double wavelength, BoundaryCondition condition, PreparedProblem kirchhoffProblem,
            Field kirchhoff, Field exact, FarFieldPattern kirchhoffFar, FarFieldPattern exactFar) {
    }

    /** Directions of the far-field patterns: every degree. */
    public static final int ANGLES = 360;

    private static final Map<String, Case> CASES = new ConcurrentHashMap<>();

    private ModelFields() {
    }

    /** The default obstacle and grid at this wavelength, the wave along +x. */
    public static Case of(double wavelength, BoundaryCondition condition) {
        return CASES.computeIfAbsent(wavelength + " " + condition, key -> compute(wavelength, condition));
    }

    private static Case compute(double wavelength, BoundaryCondition condition) {
        try {
            int cells = Problem.DEFAULT_CELLS;
            Problem problem = new Problem(wavelength, cells, cells, cells, Problem.DEFAULT_XC, Problem.DEFAULT_YC);
            PreparedProblem k = problem.prepare();
            FieldSolver solver = new FieldSolver(2);
            Field kirchhoff = solver.solve(k, (done, total) -> { });
            ContourExpression x = ContourExpression.parse(Problem.DEFAULT_XC);
            ContourExpression y = ContourExpression.parse(Problem.DEFAULT_YC);
            ExactModel model = ExactModel.solve(k.wave(), x::at, y::at, condition, Resolution.defaults(),
                    RowRunner.serial());
            Field exact = solver.solve(model.prepare(k.contour(), k.grid()), (done, total) -> { });
            return new Case(wavelength, condition, k, kirchhoff, exact,
                    FarField.kirchhoff(k.contour(), k.wave(), ANGLES), model.farField(ANGLES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
