package org.costclose.calculation;

import java.math.BigDecimal;

/**
 * One side of a move: a debit on the receiver or the credit on the sender, with the trace of the rule that
 * made it: the step (its position and id), the rule's position in the step, the node on the other side, the
 * category the cost came from (an internal cost allocation's service category), the receiver's basis quantity and
 * its share of the sender's cost (of its service quantity), and the cost rate of a charge (null for a share).
 */
record Posting(int stepNo, String stepId, int ruleNo, char side, String category, Node node, Node counter,
        String sourceCategory, BigDecimal basisQuantity, BigDecimal share, BigDecimal rate, Money money) {

    static final char DEBIT = 'D';
    static final char CREDIT = 'C';
}
