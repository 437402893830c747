package org.costclose.setup.model;

/**
 * One rule of a calculation step: from each sender value it moves the selected cost to the receiver values,
 * split by the basis. An allocation debits {@code allocationCategory} on the receiver and credits
 * {@code offsetCategory} on the sender; a distribution keeps the moved category on both sides (both null).
 */
public record StepRule(ValueSelection senders, CostSelection moves, ValueSelection receivers, Basis basis,
        String allocationCategory, String offsetCategory) {

    public StepRule {
        Require.present(senders, "senders");
        Require.present(moves, "moves");
        Require.present(receivers, "receivers");
        Require.present(basis, "basis");
        if ((allocationCategory == null) != (offsetCategory == null)) {
            throw new IllegalArgumentException("an allocation names both its allocation and its offset category");
        }
    }
}
