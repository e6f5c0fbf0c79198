package scatter.geometry;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.function.Functions;
import net.objecthunter.exp4j.operator.Operator;
import net.objecthunter.exp4j.operator.Operators;
import net.objecthunter.exp4j.tokenizer.FunctionToken;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.Token;
import net.objecthunter.exp4j.tokenizer.VariableToken;

/**
 * x(t) or y(t) as a tree of exp4j's own operators and functions, built once from the postfix form
 * exp4j's parser gives, so that evaluating it at a t is a walk of the tree.
 *
 * <p>exp4j's {@code Expression.evaluate} reads the postfix tokens afresh at every t (the variable
 * from a hash map, the operands through a stack, each set with a hash-map put): locating the corners of a
 * contour takes 2^21 evaluations, and that cost most of a second. The tree applies the same
 * {@link Operator} and {@link Function} objects to the same operands in the same order, so its values
 * are exp4j's bit for bit, and its exceptions (division by zero) too. Subtrees without t are
 * evaluated once, here, unless they throw (then they throw at every t, as before). exp4j's built-in
 * operators and its commonest functions are written out as their {@code apply} computes them
 * ({@link #binary}, {@link #unaryFunction}): exp4j's {@code apply(double...)} takes a new array at every
 * call, which cost the 2^21 evaluations of a contour with corners more than half their time. The tree is
 * immutable, so unlike exp4j's expression it may be evaluated from several threads.
 */
final class CompiledExpression {
    /** One node of the tree: its value at t. */
    interface Node {
        double at(double t);
    }

    private CompiledExpression() {
    }

    /**
     * The tree of the postfix tokens {@code rpn}, with the named constants' values.
     *
     * @throws IllegalArgumentException if the tokens do not form one expression (an operator or a
     *                                  function without its operands, or operands left over)
     */
    static Node of(Token[] rpn, Map<String, Double> constants, String parameter) {
        Deque<Node> stack = new ArrayDeque<>();
        for (Token token : rpn) {
            switch (token.getType()) {
                case Token.TOKEN_NUMBER -> stack.push(constant(((NumberToken) token).getValue()));
                case Token.TOKEN_VARIABLE -> {
                    String name = ((VariableToken) token).getName();
                    if (name.equals(parameter)) {
                        stack.push(t -> t);
                    } else if (constants.containsKey(name)) {
                        stack.push(constant(constants.get(name)));
                    } else {
                        throw new IllegalArgumentException("no value for '" + name + "'");
                    }
                }
                case Token.TOKEN_OPERATOR -> stack.push(operator(((OperatorToken) token).getOperator(), stack));
                case Token.TOKEN_FUNCTION -> stack.push(function(((FunctionToken) token).getFunction(), stack));
                default -> throw new IllegalArgumentException("unexpected token in the postfix form");
            }
        }
        if (stack.size() != 1) {
            throw new IllegalArgumentException("not one expression");
        }
        return stack.pop();
    }

    private static Node operator(Operator op, Deque<Node> stack) {
        int n = op.getNumOperands();
        if (stack.size() < n || n < 1 || n > 2) {
            throw new IllegalArgumentException("too few operands for '" + op.getSymbol() + "'");
        }
        if (n == 1) {
            Node a = stack.pop();
            return folded(a instanceof Constant, unary(op, a));
        }
        Node b = stack.pop();
        Node a = stack.pop();
        return folded(a instanceof Constant && b instanceof Constant, binary(op, a, b));
    }

    /**
     * op applied to a's value. exp4j's built-in operators are written out with the arithmetic of their
     * {@code apply} (exp4j 0.4.8: dneg for the unary minus, the operand itself for the unary plus): the
     * same values, without the array of operands that {@code apply(double...)} takes at every call.
     */
    private static Node unary(Operator op, Node a) {
        if (op == Operators.getBuiltinOperator('-', 1)) {
            return t -> -a.at(t);
        }
        if (op == Operators.getBuiltinOperator('+', 1)) {
            return t -> a.at(t);
        }
        return t -> op.apply(a.at(t));
    }

    /**
     * op applied to a's and b's values, a evaluated first. The built-in +, -, *, /, % and ^ are
     * written out as exp4j 0.4.8's {@code apply} computes them (/ and % throw its
     * ArithmeticException("Division by zero!") for a divisor equal to 0, ^ is Math.pow).
     */
    private static Node binary(Operator op, Node a, Node b) {
        if (op == Operators.getBuiltinOperator('+', 2)) {
            return t -> a.at(t) + b.at(t);
        }
        if (op == Operators.getBuiltinOperator('-', 2)) {
            return t -> a.at(t) - b.at(t);
        }
        if (op == Operators.getBuiltinOperator('*', 2)) {
            return t -> a.at(t) * b.at(t);
        }
        if (op == Operators.getBuiltinOperator('^', 2)) {
            return t -> Math.pow(a.at(t), b.at(t));
        }
        if (op == Operators.getBuiltinOperator('/', 2)) {
            return t -> {
                double dividend = a.at(t);
                double divisor = b.at(t);
                if (divisor == 0) {
                    throw new ArithmeticException("Division by zero!");
                }
                return dividend / divisor;
            };
        }
        if (op == Operators.getBuiltinOperator('%', 2)) {
            return t -> {
                double dividend = a.at(t);
                double divisor = b.at(t);
                if (divisor == 0) {
                    throw new ArithmeticException("Division by zero!");
                }
                return dividend % divisor;
            };
        }
        return t -> op.apply(a.at(t), b.at(t));
    }

    /**
     * f applied to a's value: exp4j's built-in sin, cos, tan, abs, sqrt, exp and log are the Math
     * methods their {@code apply} calls (exp4j 0.4.8), called directly.
     */
    private static Node unaryFunction(Function f, Node a) {
        if (f == Functions.getBuiltinFunction("sin")) {
            return t -> Math.sin(a.at(t));
        }
        if (f == Functions.getBuiltinFunction("cos")) {
            return t -> Math.cos(a.at(t));
        }
        if (f == Functions.getBuiltinFunction("tan")) {
            return t -> Math.tan(a.at(t));
        }
        if (f == Functions.getBuiltinFunction("abs")) {
            return t -> Math.abs(a.at(t));
        }
        if (f == Functions.getBuiltinFunction("sqrt")) {
            return t -> Math.sqrt(a.at(t));
        }
        if (f == Functions.getBuiltinFunction("exp")) {
            return t -> Math.exp(a.at(t));
        }
        if (f == Functions.getBuiltinFunction("log")) {
            return t -> Math.log(a.at(t));
        }
        return t -> f.apply(a.at(t));
    }

    private static Node function(Function f, Deque<Node> stack) {
        int n = f.getNumArguments();
        if (stack.size() < n) {
            throw new IllegalArgumentException("too few arguments for '" + f.getName() + "'");
        }
        Node[] args = new Node[n];
        boolean fixed = true;
        for (int j = n - 1; j >= 0; j--) {
            args[j] = stack.pop();
            fixed &= args[j] instanceof Constant;
        }
        if (n == 1) {
            return folded(fixed, unaryFunction(f, args[0]));
        }
        return folded(fixed, t -> {
            double[] values = new double[n];
            for (int j = 0; j < n; j++) {
                values[j] = args[j].at(t);
            }
            return f.apply(values);
        });
    }

    /** The node, or its value as a constant if it does not depend on t and does not throw. */
    private static Node folded(boolean fixed, Node node) {
        if (!fixed) {
            return node;
        }
        try {
            return constant(node.at(0));
        } catch (RuntimeException e) {
            return node;
        }
    }

    private static Node constant(double value) {
        return new Constant(value);
    }

    private record Constant(double value) implements Node {
        @Override
        public double at(double t) {
            return value;
        }
    }
}
