package scatter.split;

/**
 * A part file that cannot be read, or a set of parts that cannot be merged (missing, duplicated,
 * damaged, from different runs). The message is one line that starts with the file at fault or
 * names the part, and says what to do; nothing is written when it is thrown.
 */
public final class PartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PartException(String message) {
        super(message);
    }

    PartException(String message, Throwable cause) {
        super(message, cause);
    }
}
