package org.costclose.statements;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.costclose.balances.BalanceRow;
import org.costclose.balances.StatementBalances;

/**
 * The statement's values in code order, read a page of {@value #PAGE} values at a time (each comparison reads
 * the same range of values), so memory stays flat in the number of values. A value only a comparison has is
 * not shown: the statement lists the values of its own balances.
 */
final class ValuePages implements Iterator<ValueFigures> {

    static final int PAGE = 500;

    private final StatementBalances balances;
    private final DimensionStatement statement;
    private final Deque<ValueFigures> buffer = new ArrayDeque<>();
    private long offset;
    private boolean exhausted;

    ValuePages(StatementBalances balances, DimensionStatement statement) {
        this.balances = balances;
        this.statement = statement;
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !exhausted) {
            read();
        }
        return !buffer.isEmpty();
    }

    @Override
    public ValueFigures next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.removeFirst();
    }

    private void read() {
        List<BalanceRow.LineRow> page = balances.page(statement.source(), offset, PAGE);
        offset += PAGE;
        if (page.isEmpty()) {
            exhausted = true;
            return;
        }
        Map<String, Map<String, BalanceRow.LineRow>> values = byValue(page);
        String first = page.get(0).dimensionValue();
        String last = page.get(page.size() - 1).dimensionValue();
        List<Map<String, Map<String, BalanceRow.LineRow>>> compared = new ArrayList<>();
        for (Comparison comparison : statement.comparisons()) {
            List<BalanceRow.LineRow> rows = new ArrayList<>();
            balances.range(comparison.source(), first, last, rows::add);
            compared.add(byValue(rows));
        }
        values.forEach((value, lines) -> {
            if (statement.values() == null || statement.values().contains(value)) {
                BalanceRow.LineRow any = lines.values().iterator().next();
                buffer.add(new ValueFigures(value, any.valueName() == null ? value : any.valueName(), any.group(),
                        lines, compared.stream().map(side -> side.getOrDefault(value, Map.of())).toList()));
            }
        });
    }

    private static Map<String, Map<String, BalanceRow.LineRow>> byValue(List<BalanceRow.LineRow> rows) {
        Map<String, Map<String, BalanceRow.LineRow>> values = new LinkedHashMap<>();
        for (BalanceRow.LineRow row : rows) {
            values.computeIfAbsent(row.dimensionValue(), value -> new HashMap<>()).put(row.line(), row);
        }
        return values;
    }
}
