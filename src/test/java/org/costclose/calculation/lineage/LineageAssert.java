package org.costclose.calculation.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Checks on a lineage tree as the REST API answers it. */
final class LineageAssert {

    private LineageAssert() {
    }

    /** at every node with children, the children's amount, fixed and variable amount add up to the node's */
    static void addsUp(JsonNode node) {
        assertThat(node.get("amount").decimalValue())
                .isEqualByComparingTo(node.get("fixedAmount").decimalValue().add(node.get("variableAmount").decimalValue()));
        if (!node.has("children")) {
            return;
        }
        for (String field : List.of("amount", "fixedAmount", "variableAmount")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode child : node.get("children")) {
                sum = sum.add(child.get(field).decimalValue());
            }
            assertThat(sum).as("%s of the children of %s", field, node).isEqualByComparingTo(node.get(field).decimalValue());
        }
        node.get("children").forEach(LineageAssert::addsUp);
    }

    static List<JsonNode> leaves(JsonNode node) {
        List<JsonNode> leaves = new ArrayList<>();
        if (!node.has("children") || node.get("children").isEmpty()) {
            leaves.add(node);
        } else {
            node.get("children").forEach(child -> leaves.addAll(leaves(child)));
        }
        return leaves;
    }
}
