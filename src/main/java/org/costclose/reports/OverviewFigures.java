package org.costclose.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.costclose.balances.BalanceRow;
import org.costclose.balances.StatementBalances;
import org.costclose.setup.model.LineKind;
import org.costclose.setup.model.StructureLine;

/**
 * The figures of a dimension's values through a line structure, value → line → row, read a page of values at a
 * time; the overview holds them (a few numbers per value) to sum, compare and rank them.
 */
record OverviewFigures(Map<String, Map<String, BalanceRow.LineRow>> values) {

    static final int PAGE = 500;

    static OverviewFigures read(StatementBalances balances, StatementBalances.Source source) {
        Map<String, Map<String, BalanceRow.LineRow>> values = new LinkedHashMap<>();
        for (long offset = 0; ; offset += PAGE) {
            List<BalanceRow.LineRow> page = balances.page(source, offset, PAGE);
            if (page.isEmpty()) {
                return new OverviewFigures(values);
            }
            page.forEach(row -> values.computeIfAbsent(row.dimensionValue(), v -> new LinkedHashMap<>()).put(row.line(), row));
        }
    }

    /** the line's figure of the value, null when the value or line has none */
    BigDecimal figure(String value, String line) {
        BalanceRow.LineRow row = values.getOrDefault(value, Map.of()).get(line);
        return row == null ? null : row.value();
    }

    String name(String value) {
        return values.get(value).values().stream().map(BalanceRow.LineRow::valueName)
                .filter(java.util.Objects::nonNull).findFirst().orElse(value);
    }

    /** the line's figures summed over the values */
    BigDecimal sum(String line) {
        return values.keySet().stream().map(value -> figure(value, line)).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** a deviation of a value's amount line from the compared figures */
    record Deviation(String value, StructureLine line, BigDecimal figure, BigDecimal compared, BigDecimal variance) {
    }

    /** the {@code count} largest deviations (by absolute amount) of the amount lines from {@code compared} */
    List<Deviation> largestDeviations(List<StructureLine> lines, OverviewFigures compared, int count) {
        List<Deviation> deviations = new ArrayList<>();
        for (String value : values.keySet()) {
            for (StructureLine line : lines) {
                if (line.kind() != LineKind.CATEGORY && line.kind() != LineKind.TOTAL) {
                    continue;
                }
                BigDecimal figure = figure(value, line.id());
                BalanceRow.LineRow row = values.get(value).get(line.id());
                if (figure == null || row.amount() == null) {
                    continue;
                }
                BigDecimal other = compared.figure(value, line.id());
                BigDecimal before = other == null ? BigDecimal.ZERO : other;
                BigDecimal variance = figure.subtract(before);
                if (variance.signum() != 0) {
                    deviations.add(new Deviation(value, line, figure, before, variance));
                }
            }
        }
        deviations.sort(Comparator.comparing((Deviation d) -> d.variance().abs()).reversed()
                .thenComparing(Deviation::value).thenComparing(d -> d.line().id()));
        return deviations.subList(0, Math.min(count, deviations.size()));
    }
}
