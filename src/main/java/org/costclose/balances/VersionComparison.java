package org.costclose.balances;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Two versions' balances side by side per dimension value and line (or category): each version's figure, the
 * difference (other − base) and the difference in percent of the base (two decimals, half up; null when the
 * base is zero or a figure is missing, as a calculation line with a zero divisor is).
 */
record VersionComparison(String company, String period, String dimension, String lineStructure, String base,
                         String other, List<Row> rows) {

    record Row(String dimensionValue, String valueName, String line, String lineName, String kind, String category,
               BigDecimal baseValue, BigDecimal otherValue, BigDecimal difference, BigDecimal percent) {

        static List<String> header(String base, String other) {
            return List.of("dimension_value", "value_name", "line", "line_name", "kind", "category", base, other,
                    "difference", "percent");
        }

        static Row of(String value, String valueName, String line, String lineName, String kind, String category,
                      BigDecimal base, BigDecimal other) {
            BigDecimal difference = base == null || other == null ? null : other.subtract(base);
            BigDecimal percent = difference == null || base.signum() == 0 ? null
                    : difference.multiply(BigDecimal.valueOf(100)).divide(base.abs(), 2, RoundingMode.HALF_UP);
            return new Row(value, valueName, line, lineName, kind, category, base, other, difference, percent);
        }

        List<Object> cells() {
            return Arrays.asList(dimensionValue, valueName, line, lineName, kind, category, baseValue, otherValue,
                    difference, percent);
        }
    }
}
