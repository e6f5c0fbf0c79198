package scatter.geometry;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.operator.Operator;
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
 * evaluated once, here, unless they throw (then they throw at every t, as before). The tree is
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
            return folded(a instanceof Constant, t -> op.apply(a.at(t)));
        }
        Node b = stack.pop();
        Node a = stack.pop();
        return folded(a instanceof Constant && b instanceof Constant, t -> op.apply(a.at(t), b.at(t)));
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
            Node a = args[0];
            return folded(fixed, t -> f.apply(a.at(t)));
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
