package scatter.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
