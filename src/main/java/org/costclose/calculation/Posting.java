package org.costclose.calculation;

import java.math.BigDecimal;

/**
 * One side of a move: a debit on the receiver or the credit on the sender, with the trace of the rule that
 * made it: the step (its position and id), the rule's position in the step, the node on the other side, the
 * category the cost came from, the receiver's basis quantity and its share of the sender's cost.
 */
record Posting(int stepNo, String stepId, int ruleNo, char side, String category, Node node, Node counter,
        String sourceCategory, BigDecimal basisQuantity, BigDecimal share, Money money) {

    static final char DEBIT = 'D';
    static final char CREDIT = 'C';
}
