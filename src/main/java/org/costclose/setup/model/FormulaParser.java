package org.costclose.setup.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recursive descent over {@code expr := term (+|- term)*, term := factor (*|/ factor)*, factor := -factor | (expr) | token}. */
final class FormulaParser {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern LINE_ID = Pattern.compile("[A-Za-z0-9_]+");

    private final String text;
    private int position;

    FormulaParser(String text) {
        this.text = text;
    }

    Formula.Expression parse() {
        Formula.Expression expression = sum();
        skipSpaces();
        if (position < text.length()) {
            throw problem("unexpected '" + text.charAt(position) + "'");
        }
        return expression;
    }

    private Formula.Expression sum() {
        Formula.Expression left = product();
        while (next('+') || next('-')) {
            char operator = text.charAt(position - 1);
            left = new Formula.Operation(operator, left, product());
        }
        return left;
    }

    private Formula.Expression product() {
        Formula.Expression left = factor();
        while (next('*') || next('/')) {
            char operator = text.charAt(position - 1);
            left = new Formula.Operation(operator, left, factor());
        }
        return left;
    }

    private Formula.Expression factor() {
        if (next('-')) {
            return new Formula.Negation(factor());
        }
        if (next('(')) {
            Formula.Expression inner = sum();
            if (!next(')')) {
                throw problem("missing ')'");
            }
            return inner;
        }
        skipSpaces();
        Matcher token = TOKEN.matcher(text).region(position, text.length());
        if (!token.lookingAt()) {
            throw problem(position < text.length() ? "unexpected '" + text.charAt(position) + "'" : "unexpected end");
        }
        String word = token.group();
        position = token.end();
        if (NUMBER.matcher(word).matches()) {
            return new Formula.Number(new BigDecimal(word));
        }
        if (!LINE_ID.matcher(word).matches()) {
            throw problem("'" + word + "' is neither a number nor a line id");
        }
        return new Formula.LineRef(word);
    }

    private boolean next(char expected) {
        skipSpaces();
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private IllegalArgumentException problem(String reason) {
        return new IllegalArgumentException(reason + " at position " + (position + 1));
    }
}
