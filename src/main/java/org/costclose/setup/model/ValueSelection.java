package org.costclose.setup.model;

import java.util.List;

/**
 * Values of one dimension chosen by a calculation rule: listed values, hierarchy nodes (the node and every
 * value below it) and ranges of codes (numeric codes compare as numbers); the union of the three.
 */
public record ValueSelection(String dimension, List<String> values, List<String> nodes, List<IdRange> ranges) {

    public ValueSelection {
        Require.text(dimension, "dimension");
        values = Require.list(values, "values");
        nodes = Require.list(nodes, "nodes");
        ranges = Require.list(ranges, "ranges");
        if (values.isEmpty() && nodes.isEmpty() && ranges.isEmpty()) {
            throw new IllegalArgumentException("a selection needs values, nodes or ranges");
        }
    }
}
