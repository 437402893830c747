package org.costclose.setup.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The formula of a calculation line: line ids and decimal numbers combined with + - * / and parentheses,
 * e.g. {@code 3_TC / 3_TO}. A token of digits only is a number; line ids therefore contain a letter or '_'.
 */
public record Formula(Expression root) {

    /** A node of the formula's syntax tree. */
    public sealed interface Expression permits LineRef, Number, Negation, Operation {
    }

    public record LineRef(String lineId) implements Expression {
        @Override
        public String toString() {
            return lineId;
        }
    }

    public record Number(BigDecimal value) implements Expression {
        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    public record Negation(Expression operand) implements Expression {
        @Override
        public String toString() {
            return "-" + wrap(operand, 3, false);
        }
    }

    public record Operation(char operator, Expression left, Expression right) implements Expression {
        @Override
        public String toString() {
            int precedence = precedence(this);
            return wrap(left, precedence, false) + " " + operator + " " + wrap(right, precedence, true);
        }
    }

    public Formula {
        Require.present(root, "root");
    }

    /** Parses the text; throws {@link IllegalArgumentException} naming the position of the first problem. */
    public static Formula parse(String text) {
        return new Formula(new FormulaParser(Require.text(text, "formula")).parse());
    }

    /** The line ids the formula refers to, in order of first appearance. */
    public List<String> references() {
        Set<String> references = new LinkedHashSet<>();
        collect(root, references);
        return new ArrayList<>(references);
    }

    /**
     * The formula's value for the given line values, unrounded: exact for + - *, 34 significant digits for /
     * (the caller rounds once). Null, not an error, when a referenced line has no value or a divisor is zero:
     * a cost per ton of a product without output has no value, and the statement still shows its line.
     */
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
        return evaluate(root, values);
    }

    /** The normalized text: single spaces around operators, only the parentheses precedence needs. */
    @Override
    public String toString() {
        return root.toString();
    }

    private static BigDecimal evaluate(Expression expression, Map<String, BigDecimal> values) {
        if (expression instanceof Number number) {
            return number.value();
        }
        if (expression instanceof LineRef ref) {
            return values.get(ref.lineId());
        }
        if (expression instanceof Negation negation) {
            BigDecimal operand = evaluate(negation.operand(), values);
            return operand == null ? null : operand.negate();
        }
        Operation operation = (Operation) expression;
        BigDecimal left = evaluate(operation.left(), values);
        BigDecimal right = evaluate(operation.right(), values);
        if (left == null || right == null) {
            return null;
        }
        return switch (operation.operator()) {
            case '+' -> left.add(right);
            case '-' -> left.subtract(right);
            case '*' -> left.multiply(right);
            default -> right.signum() == 0 ? null : left.divide(right, MathContext.DECIMAL128);
        };
    }

    private static void collect(Expression expression, Set<String> references) {
        if (expression instanceof LineRef ref) {
            references.add(ref.lineId());
        } else if (expression instanceof Negation negation) {
            collect(negation.operand(), references);
        } else if (expression instanceof Operation operation) {
            collect(operation.left(), references);
            collect(operation.right(), references);
        }
    }

    private static int precedence(Expression expression) {
        if (expression instanceof Operation operation) {
            return operation.operator() == '+' || operation.operator() == '-' ? 1 : 2;
        }
        return 3;
    }

    private static String wrap(Expression expression, int outer, boolean right) {
        int inner = precedence(expression);
        boolean needs = inner < outer || (right && inner == outer && inner < 3);
        return needs ? "(" + expression + ")" : expression.toString();
    }
}
