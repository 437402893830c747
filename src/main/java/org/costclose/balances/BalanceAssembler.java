package org.costclose.balances;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.ibatis.cursor.Cursor;
import org.costclose.setup.model.LineKind;

/**
 * Turns the grouped rows (ordered by value, then category) into the rows of the answer, one value at a
 * time, so a large CSV page streams with memory flat in its size.
 */
final class BalanceAssembler {

    private final BalanceScope scope;
    private final Hierarchy hierarchy;
    private final LineEvaluator evaluator;

    BalanceAssembler(BalanceScope scope, Hierarchy hierarchy) {
        this.scope = scope;
        this.hierarchy = hierarchy;
        this.evaluator = scope.structure() == null ? null : new LineEvaluator(scope.structure(), scope.serviceCategories());
    }

    void assemble(Cursor<CostBalanceMapper.CategoryBalance> balances, Consumer<BalanceRow> rows) {
        List<CostBalanceMapper.CategoryBalance> value = new ArrayList<>();
        for (CostBalanceMapper.CategoryBalance balance : balances) {
            if (!value.isEmpty() && !value.get(0).dimensionValue().equals(balance.dimensionValue())) {
                emit(value, rows);
                value.clear();
            }
            value.add(balance);
        }
        if (!value.isEmpty()) {
            emit(value, rows);
        }
    }

    private void emit(List<CostBalanceMapper.CategoryBalance> balances, Consumer<BalanceRow> rows) {
        CostBalanceMapper.CategoryBalance first = balances.get(0);
        boolean group = hierarchy.isGroup(first.dimensionValue());
        int minorUnit = scope.minorUnit();
        if (evaluator == null) {
            balances.forEach(balance -> rows.accept(new BalanceRow.CategoryRow(balance.dimensionValue(),
                    balance.valueName(), group, balance.categoryId(), BalanceRow.amount(balance.amount(), minorUnit),
                    BalanceRow.amount(balance.fixedAmount(), minorUnit),
                    BalanceRow.amount(balance.variableAmount(), minorUnit), BalanceRow.quantity(balance.quantity()),
                    balance.transactions())));
            return;
        }
        for (LineValue line : evaluator.evaluate(balances)) {
            LineKind kind = line.line().kind();
            rows.accept(new BalanceRow.LineRow(first.dimensionValue(), first.valueName(), group, line.line().id(),
                    line.line().name(), kind.code(), figure(kind, line, minorUnit),
                    BalanceRow.amount(line.amount(), minorUnit), BalanceRow.amount(line.fixedAmount(), minorUnit),
                    BalanceRow.amount(line.variableAmount(), minorUnit), BalanceRow.quantity(line.quantity())));
        }
    }

    private static java.math.BigDecimal figure(LineKind kind, LineValue line, int minorUnit) {
        return switch (kind) {
            case CATEGORY -> BalanceRow.amount(line.value(), minorUnit);
            case QUANTITY -> BalanceRow.quantity(line.value());
            case TOTAL -> line.amount() != null ? BalanceRow.amount(line.value(), minorUnit) : BalanceRow.quantity(line.value());
            case CALCULATION -> line.value();
        };
    }
}
