package scatter;

/**
 * A mistake in what the user asked for (an option value, an expression, an output path) that the
 * user can fix. The message is one line that names the option and says what is wrong; the command
 * line prints it without a stack trace and exits with code 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
