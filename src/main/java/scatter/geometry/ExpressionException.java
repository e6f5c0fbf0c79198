package scatter.geometry;

/**
 * A contour expression that cannot be read, or that has no finite value at some t. Carries the
 * text and, once parsed, the expression itself, so that the caller can tell which coordinate (and
 * so which of its inputs) failed; the message says what is wrong without naming any option.
 */
public final class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final transient ContourExpression expression;

    ExpressionException(String text, ContourExpression expression, String message, Throwable cause) {
        super(message, cause);
        this.text = text;
        this.expression = expression;
    }

    /** The expression as the user typed it. */
    public String text() {
        return text;
    }

    /** The expression that failed when evaluated, or null if the text could not be read at all. */
    public ContourExpression expression() {
        return expression;
    }
}
