package scatter.timing;

/**
 * A timing log that cannot be read: missing, not a timing log, or malformed. The message is one line
 * that starts with the file name and, where there is one, the line number ({@code timings.csv:7}).
 */
public final class TimingLogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimingLogException(String message) {
        super(message);
    }
}
