package org.costclose.calculation;

/** An amount in the currency's minor unit (cents), split into its fixed and variable part. */
record Money(long fixed, long variable) {

    static final Money ZERO = new Money(0, 0);

    long total() {
        return Math.addExact(fixed, variable);
    }

    boolean isZero() {
        return fixed == 0 && variable == 0;
    }

    Money plus(Money other) {
        return new Money(Math.addExact(fixed, other.fixed), Math.addExact(variable, other.variable));
    }

    Money negate() {
        return new Money(-fixed, -variable);
    }
}
