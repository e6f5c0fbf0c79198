package scatter.solve;

import java.util.List;

/**
 * A problem whose inputs cannot be solved: which input is at fault ({@link #input()}) and, in the
 * message, what is wrong with it. The message names no option: the command line knows which
 * option gave which input and puts its name in front.
 *
 * <p>Some problems only the exact model cannot solve (a corner, a boundary too many wavelengths
 * long): the Kirchhoff model can. Their message advises it; {@link #kirchhoffCan()} says so, and
 * {@link #reason()} and {@link #otherRemedies()} give the parts, for a command whose advice
 * differs (compare, which needs the exact model).
 */
public final class InvalidProblemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** How the message advises the Kirchhoff model. */
    static final String USE_KIRCHHOFF = "the Kirchhoff model (--model kirchhoff, the default)";

    private final Problem.Input input;
    private final String reason;
    private final List<String> otherRemedies;
    private final boolean kirchhoffCan;

    InvalidProblemException(Problem.Input input, String message) {
        super(message);
        this.input = input;
        this.reason = message;
        this.otherRemedies = List.of();
        this.kirchhoffCan = false;
    }

    /** For a failure found by geometry (an expression, the contour): its message, this input. */
    InvalidProblemException(Problem.Input input, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.input = input;
        this.reason = cause.getMessage();
        this.otherRemedies = List.of();
        this.kirchhoffCan = false;
    }

    private InvalidProblemException(Problem.Input input, String reason, List<String> otherRemedies) {
        super(reason + "; use " + either(concat(USE_KIRCHHOFF, otherRemedies)));
        this.input = input;
        this.reason = reason;
        this.otherRemedies = List.copyOf(otherRemedies);
        this.kirchhoffCan = true;
    }

    /**
     * A problem only the exact model cannot solve: "{reason}; use the Kirchhoff model (--model
     * kirchhoff, the default), {remedy} or {remedy}".
     *
     * @param otherRemedies what else would do, e.g. "a smoother contour"
     */
    static InvalidProblemException kirchhoffCan(Problem.Input input, String reason, String... otherRemedies) {
        return new InvalidProblemException(input, reason, List.of(otherRemedies));
    }

    /**
     * The same failure of one of several obstacles: "obstacle {number}: {reason}", same input and
     * advice.
     */
    InvalidProblemException ofObstacle(int number) {
        String named = "obstacle " + number + ": " + reason;
        InvalidProblemException e = kirchhoffCan ? new InvalidProblemException(input, named, otherRemedies)
                : new InvalidProblemException(input, named);
        if (getCause() != null) {
            e.initCause(getCause());
        }
        return e;
    }

    /** The input at fault. */
    public Problem.Input input() {
        return input;
    }

    /** What is wrong, without the advice. */
    public String reason() {
        return reason;
    }

    /** For a problem the Kirchhoff model can solve: what else would do besides it, e.g. "a smoother contour". */
    public List<String> otherRemedies() {
        return otherRemedies;
    }

    /** Whether only the exact model cannot solve the problem, and the Kirchhoff model can. */
    public boolean kirchhoffCan() {
        return kirchhoffCan;
    }

    /** "a", "a or b", "a, b or c". */
    public static String either(List<String> choices) {
        int last = choices.size() - 1;
        return last <= 0 ? String.join("", choices)
                : String.join(", ", choices.subList(0, last)) + " or " + choices.get(last);
    }

    private static List<String> concat(String first, List<String> more) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(more);
        return all;
    }
}
