package org.costclose.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.costclose.balances.StatementBalances;

/**
 * A comparison column of a statement and where its figures come from: another version of the period, the
 * previous period, or the year to date. The first two show the variance against the statement's figure.
 */
record Comparison(Kind kind, String key, String label, StatementBalances.Source source) {

    enum Kind { VERSION, PREVIOUS, YEAR_TO_DATE }

    boolean hasVariance() {
        return kind != Kind.YEAR_TO_DATE;
    }

    /** the statement's figure less the comparison's, null when either is missing */
    static BigDecimal variance(BigDecimal figure, BigDecimal compared) {
        return figure == null || compared == null ? null : figure.subtract(compared);
    }

    /** the variance in percent of the comparison's figure, two decimals half up; null when that is zero */
    static BigDecimal percent(BigDecimal variance, BigDecimal compared) {
        return variance == null || compared.signum() == 0 ? null
                : variance.multiply(BigDecimal.valueOf(100)).divide(compared.abs(), 2, RoundingMode.HALF_UP);
    }
}
