package scatter.output;

import scatter.physics.exact.system.BoundaryCondition;
import scatter.solve.Problem;

/** The wording the pictures' titles share: the models compared and the incident wave. */
final class Titles {
    private Titles() {
    }

    /**
     * The models compared. The Kirchhoff model is that of a sound-hard obstacle (the teaching code's),
     * and says so against a sound-soft exact model.
     */
    static String models(BoundaryCondition condition) {
        return condition == BoundaryCondition.HARD ? "Kirchhoff against exact model, sound-hard"
                : "Kirchhoff model (sound-hard) against exact model (sound-" + condition.label() + ")";
    }

    /** ", lambda = 0.5, incident at 0°": the wave, as the user gave it. */
    static String inputs(double wavelength, double angleDegrees) {
        return ", lambda = " + number(wavelength) + ", incident at " + number(angleDegrees) + "\u00b0";
    }

    /**
     * The wave, as the user gave it: {@link #inputs(double, double)} for the plane wave (source null),
     * ", lambda = 0.5, line source at (0.1, 0.05)" for a line source.
     */
    static String inputs(double wavelength, double angleDegrees, Problem.Source source) {
        return source == null ? inputs(wavelength, angleDegrees)
                : ", lambda = " + number(wavelength) + ", line source at " + source.describe();
    }

    /** 0.5 as "0.5", 2 as "2", -20 as "-20": a number as short as it reads. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
