package org.costclose.calculation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.costclose.calculation.cycles.StronglyConnectedComponents;

/**
 * The cycles of a version: values that send to each other, directly or through other values, over all its
 * rules. A receiver counts when its basis can give it a share: a positive percentage or quantity, service
 * quantities from the sender, or any receiver for bases read from balances (they change as the run goes).
 */
final class CostCycles {

    private final Map<Node, Integer> cycleOf = new HashMap<>();
    private final List<List<Node>> cycles;

    CostCycles(List<PlannedRule> plan, ServiceFlows flows) {
        Map<Node, Set<Node>> sendsTo = new HashMap<>();
        for (PlannedRule rule : plan) {
            if (!rule.step().kind().sharesCost()) {
                // charges at a rate and rate calculations are not shares of the sender's cost
                continue;
            }
            var basis = rule.rule().basis();
            for (Node sender : rule.senders()) {
                for (Node receiver : rule.receivers()) {
                    boolean share = switch (basis.kind()) {
                        case PERCENTAGES, QUANTITIES -> basis.weights().getOrDefault(receiver.value(),
                                BigDecimal.ZERO).signum() > 0;
                        case SERVICE_QUANTITIES -> flows.quantity(basis.category(), sender, receiver).signum() > 0;
                        case STATISTIC, LINE_BALANCE -> true;
                    };
                    if (share && !receiver.equals(sender)) {
                        sendsTo.computeIfAbsent(sender, key -> new TreeSet<>()).add(receiver);
                    }
                }
            }
        }
        cycles = StronglyConnectedComponents.cycles(sendsTo);
        for (int index = 0; index < cycles.size(); index++) {
            for (Node member : cycles.get(index)) {
                cycleOf.put(member, index);
            }
        }
    }

    List<List<Node>> cycles() {
        return cycles;
    }

    boolean sameCycle(Node first, Node second) {
        Integer cycle = cycleOf.get(first);
        return cycle != null && cycle.equals(cycleOf.get(second));
    }
}
