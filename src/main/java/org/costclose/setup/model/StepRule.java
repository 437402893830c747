package org.costclose.setup.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * One rule of a calculation step: from each sender value it moves the selected cost to the receiver values,
 * split by the basis. An allocation debits {@code allocationCategory} on the receiver and credits
 * {@code offsetCategory} on the sender; a distribution keeps the moved category on both sides (both null).
 * An internal cost allocation moves no selection ({@code moves} null) but charges by {@code rates} (default planned
 * cost rates per sender value, for periods without rates adopted from the previous period); a cost rate calculation
 * has no receivers (null): {@code moves} is the cost whose rate it works out.
 */
public record StepRule(ValueSelection senders, CostSelection moves, ValueSelection receivers, Basis basis,
        String allocationCategory, String offsetCategory, Map<String, CostRate> rates) {

    public StepRule {
        Require.present(senders, "senders");
        Require.present(basis, "basis");
        if (moves == null && receivers == null) {
            throw new IllegalArgumentException("a rule moves a selection, has receivers, or both");
        }
        if ((allocationCategory == null) != (offsetCategory == null)) {
            throw new IllegalArgumentException("an allocation names both its allocation and its offset category");
        }
        rates = new TreeMap<>(Require.present(rates, "rates"));
    }

    /** a distribution's or allocation's rule */
    public StepRule(ValueSelection senders, CostSelection moves, ValueSelection receivers, Basis basis,
            String allocationCategory, String offsetCategory) {
        this(senders, Require.present(moves, "moves"), Require.present(receivers, "receivers"), basis,
                allocationCategory, offsetCategory, Map.of());
    }
}
