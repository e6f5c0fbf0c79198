package scatter.solve;

/**
 * A problem whose inputs cannot be solved: which input is at fault ({@link #input()}) and, in the
 * message, what is wrong with it. The message names no option: the command line knows which
 * option gave which input and puts its name in front.
 */
public final class InvalidProblemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Problem.Input input;

    InvalidProblemException(Problem.Input input, String message) {
        super(message);
        this.input = input;
    }

    /** For a failure found by geometry (an expression, the contour): its message, this input. */
    InvalidProblemException(Problem.Input input, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.input = input;
    }

    /** The input at fault. */
    public Problem.Input input() {
        return input;
    }
}
