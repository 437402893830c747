package org.costclose.calculation.lineage;

import java.math.BigDecimal;
import java.util.Comparator;
import org.costclose.calculation.Money;
import org.costclose.calculation.Node;

/**
 * One part of a balance of a node: its own cost transactions of a category and source ({@link Kind#OWN}),
 * what a rule's step brought it from one sender under one source category ({@link Kind#RECEIVED}), or what
 * it sent on through a rule ({@link Kind#SENT}, negative). {@code whole} is the part's full amount; {@code rate}
 * the cost rate of an internal cost allocation's charge (null for a share of the sender's cost).
 */
record Contributor(Kind kind, String category, String source, int stepNo, String stepId, int ruleNo,
                   Node sender, String sourceCategory, long transactions, long entryCount, Money whole,
                   BigDecimal rate) {

    enum Kind { OWN, RECEIVED, SENT }

    /** own transactions first, then the steps in the order they ran; the order ties of a split follow */
    static final Comparator<Contributor> ORDER = Comparator.comparing(Contributor::kind)
            .thenComparingInt(Contributor::stepNo).thenComparingInt(Contributor::ruleNo)
            .thenComparing(Contributor::category)
            .thenComparing(Contributor::sender, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Contributor::sourceCategory, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Contributor::source, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Whether this posting was made before {@code node} sent through rule (step, rule) of the run: an earlier
     * rule, or the same rule from a sender of the same dimension whose code comes first (a rule moves its
     * senders' cost in code order, each seeing what the senders before it moved).
     */
    boolean before(int step, int rule, Node node) {
        if (stepNo != step) {
            return stepNo < step;
        }
        if (ruleNo != rule) {
            return ruleNo < rule;
        }
        return sender != null && sender.dimension().equals(node.dimension()) && sender.value().compareTo(node.value()) < 0;
    }
}
