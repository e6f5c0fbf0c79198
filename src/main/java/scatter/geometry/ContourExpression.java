package scatter.geometry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.shuntingyard.ShuntingYard;
import net.objecthunter.exp4j.tokenizer.Token;

/**
 * One coordinate of the contour, x(t) or y(t), as a mathematical expression in the parameter t.
 *
 * <p>The teaching code passes these strings to Python's {@code eval()}, i.e. runs arbitrary code.
 * Here they are parsed as mathematics only (exp4j): numbers, {@code t}, {@code pi}, {@code e},
 * {@code + - * / ^} and Python's {@code **} for powers (both right-associative, binding tighter than
 * unary minus, as in Python: {@code -t**2 == -(t**2)}), parentheses, and the usual functions
 * ({@code sin cos tan exp log sqrt abs ...}, plus numpy's {@code arcsin arccos arctan}).
 *
 * <p>Parsed and checked by exp4j, then evaluated as a tree of exp4j's own operators and functions
 * ({@link CompiledExpression}: the same values bit for bit, several times faster). An instance is
 * immutable and may be evaluated from several threads.
 */
public final class ContourExpression {
    private static final Function[] NUMPY_NAMES = {
        unary("arcsin", Math::asin), unary("arccos", Math::acos), unary("arctan", Math::atan),
    };
    /** The parameter's name. */
    private static final String T = "t";
    /** exp4j's named constants and their values (its {@code Expression}'s defaults). */
    private static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "\u03c0", Math.PI, "e", Math.E,
            "\u03c6", 1.61803398874);

    private final String text;
    private final CompiledExpression.Node expression;

    private ContourExpression(String text, CompiledExpression.Node expression) {
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
        String infix = text.replace("**", "^");
        Expression e;
        try {
            e = new ExpressionBuilder(infix)
                    .functions(NUMPY_NAMES)
                    .variable(T)
                    .implicitMultiplication(false)
                    .build();
        } catch (RuntimeException ex) {
            // exp4j reports syntax errors and unknown names as unchecked exceptions
            throw unreadable(text, reason(ex), ex);
        }
        // build() accepts some malformed input (e.g. "t +* 2"); validation counts the operands
        ValidationResult check = e.setVariable(T, 0).validate(true);
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
        try {
            return new ContourExpression(text, CompiledExpression.of(postfix(infix), CONSTANTS, T));
        } catch (RuntimeException ex) {
            throw unreadable(text, reason(ex), ex);
        }
    }

    /** exp4j's postfix form of {@code infix}, parsed as its {@code ExpressionBuilder} above does. */
    private static Token[] postfix(String infix) {
        Map<String, Function> functions = new HashMap<>();
        for (Function f : NUMPY_NAMES) {
            functions.put(f.getName(), f);
        }
        Set<String> names = new HashSet<>(CONSTANTS.keySet());
        names.add(T);
        return ShuntingYard.convertToRPN(infix, functions, Map.of(), names, false);
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
            value = expression.at(t);
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
