package org.costclose.calculation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;

/**
 * The balances a calculation works on, per node and category: money in minor units (fixed and variable) and
 * service quantities. Starts from the period's cost transactions and follows every posting of the run, so
 * each step sees what the steps before it moved.
 */
final class BalanceBook {

    private final Map<Node, Map<String, Money>> money = new HashMap<>();
    private final Map<Node, Map<String, BigDecimal>> quantities = new HashMap<>();

    void add(Node node, String category, Money amount) {
        if (!amount.isZero()) {
            money.computeIfAbsent(node, key -> new HashMap<>()).merge(category, amount, Money::plus);
        }
    }

    void addQuantity(Node node, String category, BigDecimal quantity) {
        if (quantity != null && quantity.signum() != 0) {
            quantities.computeIfAbsent(node, key -> new HashMap<>()).merge(category, quantity, BigDecimal::add);
        }
    }

    Money money(Node node, String category) {
        return money.getOrDefault(node, Map.of()).getOrDefault(category, Money.ZERO);
    }

    BigDecimal quantity(Node node, String category) {
        return quantities.getOrDefault(node, Map.of()).getOrDefault(category, BigDecimal.ZERO);
    }

    /** the categories holding money on the node, in id order */
    SortedSet<String> categories(Node node) {
        return new TreeSet<>(money.getOrDefault(node, Map.of()).keySet());
    }

    /**
     * The node's balance of a line: a category line's money (minor units) or a quantity line's quantities,
     * times the line's sign; a total line sums its lines. Used as a basis, where only proportions count.
     */
    BigDecimal lineBalance(LineStructure structure, StructureLine line, Node node) {
        BigDecimal sum = switch (line.kind()) {
            case CATEGORY -> BigDecimal.valueOf(money.getOrDefault(node, Map.of()).entrySet().stream()
                    .filter(entry -> structure.covers(line, entry.getKey()))
                    .mapToLong(entry -> entry.getValue().total()).sum());
            case QUANTITY -> quantities.getOrDefault(node, Map.of()).entrySet().stream()
                    .filter(entry -> line.lists(entry.getKey()))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            case TOTAL -> line.lines().stream().map(structure::line).flatMap(Optional::stream)
                    .map(part -> lineBalance(structure, part, node)).reduce(BigDecimal.ZERO, BigDecimal::add);
            case CALCULATION -> throw new IllegalArgumentException("a calculation line has no balance");
        };
        return line.sign() < 0 ? sum.negate() : sum;
    }
}
