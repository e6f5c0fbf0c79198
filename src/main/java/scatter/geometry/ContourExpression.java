package scatter.geometry;

import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;
import net.objecthunter.exp4j.function.Function;

/**
 * One coordinate of the contour, x(t) or y(t), as a mathematical expression in the parameter t.
 *
 * <p>The teaching code passes these strings to Python's {@code eval()}, i.e. runs arbitrary code.
 * Here they are parsed as mathematics only (exp4j): numbers, {@code t}, {@code pi}, {@code e},
 * {@code + - * / ^} and Python's {@code **} for powers (both right-associative, binding tighter than
 * unary minus, as in Python: {@code -t**2 == -(t**2)}), parentheses, and the usual functions
 * ({@code sin cos tan exp log sqrt abs ...}, plus numpy's {@code arcsin arccos arctan}).
 *
 * <p>An instance is not thread-safe; contours are built once, before any parallel work.
 */
public final class ContourExpression {
    private static final Function[] NUMPY_NAMES = {
        unary("arcsin", Math::asin), unary("arccos", Math::acos), unary("arctan", Math::atan),
    };

    private final String text;
    private final Expression expression;

    private ContourExpression(String text, Expression expression) {
        this.text = text;
        this.expression = expression;
    }

    /**
     * Parses {@code text}.
     *
     * @throws ExpressionException if the text is empty, does not parse, or uses names other than t
     */
    public static ContourExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException(text, null, "the expression is empty; give x(t) or y(t), e.g. 'cos(2*pi*t)'",
                    null);
        }
        Expression e;
        try {
            e = new ExpressionBuilder(text.replace("**", "^"))
                    .functions(NUMPY_NAMES)
                    .variable("t")
                    .implicitMultiplication(false)
                    .build();
        } catch (RuntimeException ex) {
            // exp4j reports syntax errors and unknown names as unchecked exceptions
            throw unreadable(text, reason(ex), ex);
        }
        // build() accepts some malformed input (e.g. "t +* 2"); validation counts the operands
        ValidationResult check = e.setVariable("t", 0).validate(true);
        if (!check.isValid()) {
            throw unreadable(text, String.join("; ", check.getErrors()), null);
        }
        try {
            e.evaluate(); // some malformed input, e.g. "()", only fails here
        } catch (ArithmeticException ex) {
            // well-formed but undefined at t = 0: reported by at() when the contour is sampled
        } catch (RuntimeException ex) {
            throw unreadable(text, reason(ex), ex);
        }
        return new ContourExpression(text, e);
    }

    /** The text the user typed. */
    public String text() {
        return text;
    }

    /**
     * Evaluates the expression at parameter {@code t}.
     *
     * @throws ExpressionException if it divides by zero or gives NaN or an infinity at this t
     */
    public double at(double t) {
        double value;
        try {
            value = expression.setVariable("t", t).evaluate();
        } catch (RuntimeException e) {
            // division by zero, or a malformed expression that got past validation
            throw new ExpressionException(text, this, "'" + text + "' fails at t = " + t + ": " + reason(e), e);
        }
        if (!Double.isFinite(value)) {
            throw new ExpressionException(text, this, "'" + text + "' gives " + value + " at t = " + t, null);
        }
        return value;
    }

    private static ExpressionException unreadable(String text, String why, Throwable cause) {
        return new ExpressionException(text, null, "cannot read '" + text + "': " + why, cause);
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? "not a valid expression" : e.getMessage();
    }

    private static Function unary(String name, java.util.function.DoubleUnaryOperator f) {
        return new Function(name, 1) {
            @Override
            public double apply(double... args) {
                return f.applyAsDouble(args[0]);
            }
        };
    }
}
