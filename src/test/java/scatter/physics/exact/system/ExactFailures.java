package scatter.physics.exact.system;

import scatter.physics.exact.curve.SmoothCurve;

/** Failures of the exact model made for tests of the layers above, which cannot make them cheaply. */
public final class ExactFailures {
    private ExactFailures() {
    }

    /**
     * The default case's doubling with the cap on points lowered to 128, where its density still
     * changes by about 1.7e-3 (it settles at 512): the exception a boundary too many wavelengths
     * round gives at 4096 points after a minute.
     */
    public static NotConvergedException unsettled() {
        SmoothCurve curve = SmoothCurve.of(t -> Math.cos(2 * Math.PI * t + 0.5 * Math.sin(2 * Math.PI * t + 0.9)),
                t -> Math.sin(2 * Math.PI * t));
        try {
            new BoundarySolver(curve, new scatter.physics.PlaneWave(0.5, 0), BoundaryCondition.HARD, 128)
                    .solve(Resolution.defaults(), RowRunner.serial());
        } catch (NotConvergedException e) {
            return e;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the doubling settled within 128 points");
    }
}
