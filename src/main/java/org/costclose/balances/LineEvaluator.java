package org.costclose.balances;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;

/**
 * A line structure evaluated over the category balances of one dimension value (a page's grouped rows are
 * small, so this runs in Java). Category lines: sign × the sums of their categories. Quantity lines: sign ×
 * the quantity of their service categories. Total lines: sign × the sum of their lines, totals of totals
 * included. Calculation lines: the formula over the referenced lines' values, rounded once HALF_UP to
 * {@value #CALCULATION_SCALE} decimals; null when it divides by zero. Lines may refer to lines further down.
 */
final class LineEvaluator {

    static final int CALCULATION_SCALE = 2;

    private final LineStructure structure;
    private final Set<String> serviceCategories;

    LineEvaluator(LineStructure structure, Set<String> serviceCategories) {
        this.structure = structure;
        this.serviceCategories = Set.copyOf(serviceCategories);
    }

    /** the lines in the structure's order */
    List<LineValue> evaluate(List<CostBalanceMapper.CategoryBalance> balances) {
        Map<String, LineValue> done = new HashMap<>();
        return structure.lines().stream().map(line -> value(line, balances, done)).toList();
    }

    private LineValue value(StructureLine line, List<CostBalanceMapper.CategoryBalance> balances,
                            Map<String, LineValue> done) {
        LineValue known = done.get(line.id());
        if (known != null) {
            return known;
        }
        LineValue value = switch (line.kind()) {
            case CATEGORY -> categories(line, balances);
            case QUANTITY -> quantity(line, balances);
            case TOTAL -> total(line, line.lines().stream().map(id -> value(lineOf(id), balances, done)).toList());
            case CALCULATION -> calculation(line, balances, done);
        };
        done.put(line.id(), value);
        return value;
    }

    private LineValue categories(StructureLine line, List<CostBalanceMapper.CategoryBalance> balances) {
        List<CostBalanceMapper.CategoryBalance> covered = balances.stream()
                .filter(balance -> line.lists(balance.categoryId())).toList();
        BigDecimal amount = signed(line, sum(covered, CostBalanceMapper.CategoryBalance::amount, true));
        return new LineValue(line, amount, amount,
                signed(line, sum(covered, CostBalanceMapper.CategoryBalance::fixedAmount, true)),
                signed(line, sum(covered, CostBalanceMapper.CategoryBalance::variableAmount, true)),
                signed(line, sum(covered, CostBalanceMapper.CategoryBalance::quantity, false)));
    }

    private LineValue quantity(StructureLine line, List<CostBalanceMapper.CategoryBalance> balances) {
        List<CostBalanceMapper.CategoryBalance> covered = balances.stream()
                .filter(balance -> serviceCategories.contains(balance.categoryId()))
                .filter(balance -> line.lists(balance.categoryId())).toList();
        BigDecimal quantity = signed(line, sum(covered, CostBalanceMapper.CategoryBalance::quantity, true));
        return new LineValue(line, quantity, null, null, null, quantity);
    }

    private static LineValue total(StructureLine line, List<LineValue> parts) {
        return new LineValue(line, signed(line, sum(parts, LineValue::value, false)),
                signed(line, sum(parts, LineValue::amount, false)),
                signed(line, sum(parts, LineValue::fixedAmount, false)),
                signed(line, sum(parts, LineValue::variableAmount, false)),
                signed(line, sum(parts, LineValue::quantity, false)));
    }

    private LineValue calculation(StructureLine line, List<CostBalanceMapper.CategoryBalance> balances,
                                  Map<String, LineValue> done) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (String reference : line.dependencies()) {
            values.put(reference, value(lineOf(reference), balances, done).value());
        }
        BigDecimal result = line.parsedFormula().evaluate(values);
        BigDecimal rounded = result == null ? null : result.setScale(CALCULATION_SCALE, RoundingMode.HALF_UP);
        return new LineValue(line, rounded, null, null, null, null);
    }

    private StructureLine lineOf(String id) {
        return structure.line(id).orElseThrow(() ->
                new IllegalStateException("line structure " + structure.id() + " has no line " + id));
    }

    private static BigDecimal signed(StructureLine line, BigDecimal value) {
        return value == null || line.sign() == 1 ? value : value.negate();
    }

    /** the sum of the present values; zero or null (as {@code zeroWhenNone} says) when none is present */
    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> field, boolean zeroWhenNone) {
        BigDecimal total = null;
        for (T item : items) {
            BigDecimal value = field.apply(item);
            if (value != null) {
                total = total == null ? value : total.add(value);
            }
        }
        return total == null && zeroWhenNone ? BigDecimal.ZERO : total;
    }
}
