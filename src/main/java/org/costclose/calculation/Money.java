package org.costclose.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in the currency's minor unit (cents), split into its fixed and variable part. */
public record Money(long fixed, long variable) {

    public static final Money ZERO = new Money(0, 0);

    /** amounts the ledger and the calculation store are whole minor units */
    public static Money of(BigDecimal fixed, BigDecimal variable, int minorUnit) {
        return new Money(units(fixed, minorUnit), units(variable, minorUnit));
    }

    public long total() {
        return Math.addExact(fixed, variable);
    }

    public boolean isZero() {
        return fixed == 0 && variable == 0;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fixed, other.fixed), Math.addExact(variable, other.variable));
    }

    Money negate() {
        return new Money(-fixed, -variable);
    }

    private static long units(BigDecimal amount, int minorUnit) {
        return amount.movePointRight(minorUnit).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }
}
