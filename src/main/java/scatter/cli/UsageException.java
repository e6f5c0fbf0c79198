package scatter.cli;

/**
 * A mistake on the command line or in the environment that the user can fix (an option value, a
 * variable such as OMP_NUM_THREADS, an output path). The message is one line that names the option
 * or variable and says what is wrong; scatter prints it without a stack trace and exits with code 2.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
