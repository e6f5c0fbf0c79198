package scatter.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions as the lesson's users type them, evaluated as Python would. */
class ContourExpressionTest {

    @ParameterizedTest(name = "{0} at t={1}")
    @CsvSource(delimiter = ';', value = {
        // Python: expected values from python3 -c "from math import *; t=...; print(repr(...))"
        "t**2; 3; 9.0",
        "t^2; 3; 9.0",
        "2**3**2; 0; 512.0",
        "-t**2; 3; -9.0",
        "2**-1; 0; 0.5",
        "pi; 0; 3.141592653589793",
        "cos(2*pi*t + 0.5*sin(2*pi*t + 0.9)); 0.3; -0.46949762423329755",
        "sqrt(exp(sin(cos(t)))); 0.7; 1.4137016857319864",
        "(1+0.3*cos(6*pi*t))*cos(2*pi*t); 0.25; 6.123233995736766e-17",
        "arctan(t) / 2; 1; 0.39269908169872414",
    })
    void evaluatesLikePython(String text, double t, double expected) {
        assertEquals(expected, ContourExpression.parse(text).at(t), 1e-15 * Math.max(1, Math.abs(expected)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"cos(2*pi*t", "t +* 2", "foo(t)", "x*t", "import os", "()", "2 3", "t**", "''"})
    void malformedExpressionsAreRefusedQuotingTheText(String text) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> ContourExpression.parse(text));
        assertTrue(e.getMessage().startsWith("cannot read '" + text + "': ")
                || e.getMessage().startsWith("the expression is empty"), e.getMessage());
        assertEquals(null, e.expression(), "nothing to evaluate");
    }

    @Test
    void divisionByZeroAndNanAreReportedWithT() {
        ContourExpression reciprocal = ContourExpression.parse("1/t");
        ExpressionException e = assertThrows(ExpressionException.class, () -> reciprocal.at(0));
        assertTrue(e.getMessage().startsWith("'1/t' fails at t = 0.0: "), e.getMessage());
        assertEquals(reciprocal, e.expression(), "the expression that failed, so its caller knows which it was");
        e = assertThrows(ExpressionException.class, () -> ContourExpression.parse("sqrt(t - 0.5)").at(0.25));
        assertEquals("'sqrt(t - 0.5)' gives NaN at t = 0.25", e.getMessage());
    }

    /**
     * The compiled tree against exp4j's own evaluation of the same text, bit for bit, at 2000 t
     * each: the README's and the tests' contours (corners, several obstacles' pieces, the constants,
     * numpy's names, unary minus and plus and right-associative powers, a two-argument function,
     * every operator and function the tree writes out) and a division by zero at some t, which both must refuse.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "(abs(4*t-2)-1)-(abs(2-abs(4*t-1))-1)",
        "4-4*t+4*abs(t-0.25)-4*abs(t-0.375)+4*abs(t-0.5)-4*abs(t-0.625)-4*abs(t-0.75)",
        "cos(pi*(t+0.5-abs(t-0.5)))+2*(t+0.5+abs(t-0.5))-2",
        "(1+0.3*cos(6*pi*t))*cos(2*pi*t) - e^-t**2 + -t^3^0.5",
        "2*sin(pi*t) / (1 + arcsin(t/2)) + arccos(t - 0.5) * arctan(-t)",
        "pow(t, 2.5) + log(1 + t) + log10(2 + t) + sinh(t) + cbrt(t - 0.3) + signum(t - 0.5) + 3 % 2",
        "1/(t - 0.5)",
        "tan(t) + exp(-t) * sqrt(t) - +t % 0.3 + 1 % (t - 0.5) - (-t)^2",
        "2 + 3*4 - pi/2",
    })
    void theCompiledTreeIsExp4jsEvaluationBitForBit(String text) {
        ContourExpression compiled = ContourExpression.parse(text);
        Expression exp4j = new ExpressionBuilder(text.replace("**", "^")).functions(NUMPY)
                .variable("t").implicitMultiplication(false).build();
        Random random = new Random(7);
        for (int j = 0; j <= 2000; j++) {
            double t = j < 1001 ? j / 1000.0 : random.nextDouble();
            double expected;
            try {
                expected = exp4j.setVariable("t", t).evaluate();
            } catch (ArithmeticException e) {
                double at = t;
                assertThrows(ExpressionException.class, () -> compiled.at(at), text + " at " + t);
                continue;
            }
            if (!Double.isFinite(expected)) {
                double at = t;
                assertThrows(ExpressionException.class, () -> compiled.at(at), text + " at " + t);
                continue;
            }
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(compiled.at(t)),
                    text + " at t = " + t);
        }
    }

    /** numpy's names as the product adds them, written out again here. */
    private static final Function[] NUMPY = {
        new Function("arcsin", 1) {
            @Override
            public double apply(double... a) {
                return Math.asin(a[0]);
            }
        },
        new Function("arccos", 1) {
            @Override
            public double apply(double... a) {
                return Math.acos(a[0]);
            }
        },
        new Function("arctan", 1) {
            @Override
            public double apply(double... a) {
                return Math.atan(a[0]);
            }
        },
    };
}
