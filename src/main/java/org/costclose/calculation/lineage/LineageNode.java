package org.costclose.calculation.lineage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.costclose.calculation.Node;

/**
 * A node of a lineage tree: an amount on a dimension value and what it is made of. The children's amounts (and
 * fixed and variable amounts) add up to the node's exactly.
 *
 * @param kind          BALANCE (the root), OWN (cost transactions of a category and source), RECEIVED (what a
 *                      rule brought from a sender, explained by the sender's balance before it sent), SENT (what
 *                      the value sent on, negative), UNATTRIBUTED (a share of a balance whose parts cancel out)
 * @param of            the part's whole amount when only a share of it is explained here
 * @param senderBalance what the sender had of the source category when it sent: the children share it out
 * @param stop          CYCLE (the sender is already on the path; {@code cycle} names the loop) or TRUNCATED
 *                      (depth or size limit); the amount is kept, the node is not expanded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LineageNode(String kind, String dimension, String value, String category, String source, Step step,
                   Node sender, String sourceCategory, BigDecimal amount, BigDecimal fixedAmount,
                   BigDecimal variableAmount, BigDecimal of, Long transactions, GlEntries glEntries,
                   BigDecimal senderBalance, String stop, List<String> cycle, List<LineageNode> children) {

    /** a step of the calculation version: its position, id and the rule's position in it */
    record Step(int no, String id, int rule) {
    }

    /**
     * The GL entries a ledger cost transaction sums: their count and the first ids; {@code more} is the path that
     * pages through all of them.
     */
    record GlEntries(long count, List<String> first, String more) {
    }
}
