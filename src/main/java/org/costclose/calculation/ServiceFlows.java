package org.costclose.calculation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Service quantities per service category from sender to receiver (e.g. machine hours CostCenter BF → CostPurpose Iron). */
final class ServiceFlows {

    private final Map<String, Map<Node, Map<Node, BigDecimal>>> flows = new HashMap<>();

    void add(String category, Node sender, Node receiver, BigDecimal quantity) {
        flows.computeIfAbsent(category, key -> new HashMap<>()).computeIfAbsent(sender, key -> new HashMap<>())
                .merge(receiver, quantity, BigDecimal::add);
    }

    /** the sender's quantities of the category per receiver (unmodifiable) */
    Map<Node, BigDecimal> from(String category, Node sender) {
        return Collections.unmodifiableMap(flows.getOrDefault(category, Map.of()).getOrDefault(sender, Map.of()));
    }

    BigDecimal quantity(String category, Node sender, Node receiver) {
        return flows.getOrDefault(category, Map.of()).getOrDefault(sender, Map.of())
                .getOrDefault(receiver, BigDecimal.ZERO);
    }
}
