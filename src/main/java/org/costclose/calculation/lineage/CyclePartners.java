package org.costclose.calculation.lineage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.costclose.calculation.Node;
import org.costclose.calculation.cycles.StronglyConnectedComponents;

/**
 * The cycles of a run: senders that sent to each other, directly or through other senders, found from the run's
 * own transactions. The reciprocal method solves such a cycle at once, so a member sends on what its partners
 * send it even when their rules come later in the version.
 */
final class CyclePartners {

    private final Map<Node, Integer> cycleOf = new HashMap<>();

    CyclePartners(List<LineageMapper.Edge> edges) {
        Map<Node, Set<Node>> sendsTo = new HashMap<>();
        for (LineageMapper.Edge edge : edges) {
            sendsTo.computeIfAbsent(new Node(edge.senderDimension(), edge.sender()), key -> new TreeSet<>())
                    .add(new Node(edge.receiverDimension(), edge.receiver()));
        }
        List<List<Node>> cycles = StronglyConnectedComponents.cycles(sendsTo);
        for (int index = 0; index < cycles.size(); index++) {
            for (Node member : cycles.get(index)) {
                cycleOf.put(member, index);
            }
        }
    }

    boolean sameCycle(Node first, Node second) {
        Integer cycle = cycleOf.get(first);
        return cycle != null && cycle.equals(cycleOf.get(second));
    }
}
