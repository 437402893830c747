package org.costclose.balances;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/** A row of the cost balances: a value's category (no line structure) or a value's line. */
public sealed interface BalanceRow permits BalanceRow.CategoryRow, BalanceRow.LineRow {

    String dimensionValue();

    String valueName();

    /** the CSV cells in the order of the type's header */
    List<Object> cells();

    record CategoryRow(String dimensionValue, String valueName, boolean group, String category, BigDecimal amount,
                       BigDecimal fixedAmount, BigDecimal variableAmount, BigDecimal quantity, long transactions)
            implements BalanceRow {

        static final List<String> HEADER = List.of("dimension_value", "value_name", "group", "category", "amount",
                "fixed_amount", "variable_amount", "quantity", "transactions");

        @Override
        public List<Object> cells() {
            return Arrays.asList(dimensionValue, valueName, group, category, amount, fixedAmount, variableAmount,
                    quantity, transactions);
        }
    }

    record LineRow(String dimensionValue, String valueName, boolean group, String line, String lineName, String kind,
                   BigDecimal value, BigDecimal amount, BigDecimal fixedAmount, BigDecimal variableAmount,
                   BigDecimal quantity) implements BalanceRow {

        static final List<String> HEADER = List.of("dimension_value", "value_name", "group", "line", "line_name", "kind",
                "value", "amount", "fixed_amount", "variable_amount", "quantity");

        @Override
        public List<Object> cells() {
            return Arrays.asList(dimensionValue, valueName, group, line, lineName, kind, value, amount, fixedAmount,
                    variableAmount, quantity);
        }
    }

    /** amounts at the currency's minor unit (stored with at most that many decimals, so exact) */
    static BigDecimal amount(BigDecimal amount, int minorUnit) {
        return amount == null ? null : amount.setScale(minorUnit, RoundingMode.HALF_UP);
    }

    /** quantities without trailing zeros, never in exponent form: 6000, 12.5 */
    static BigDecimal quantity(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
