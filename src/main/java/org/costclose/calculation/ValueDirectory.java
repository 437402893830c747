package org.costclose.calculation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.costclose.setup.model.IdRange;
import org.costclose.setup.model.ValueSelection;

/** The values of each dimension (from the setup and the ERP's export) with their parents, to resolve selections. */
final class ValueDirectory {

    private final Map<String, Map<String, String>> parents = new HashMap<>();

    void add(String dimension, String value, String parent) {
        parents.computeIfAbsent(dimension, key -> new HashMap<>()).put(value, parent);
    }

    /** the selected values in code order; listed values unknown to the dimension are returned in {@code unknown} */
    List<Node> resolve(ValueSelection selection, List<String> unknown) {
        Map<String, String> values = parents.getOrDefault(selection.dimension(), Map.of());
        TreeSet<String> chosen = new TreeSet<>();
        for (String code : concat(selection.values(), selection.nodes())) {
            if (!values.containsKey(code)) {
                unknown.add(code);
            }
        }
        chosen.addAll(selection.values().stream().filter(values::containsKey).toList());
        if (selection.ranges().isEmpty() && selection.nodes().isEmpty()) {
            return nodes(selection.dimension(), chosen);
        }
        for (String value : values.keySet()) {
            if (inRanges(selection.ranges(), value) || below(values, value, selection.nodes())) {
                chosen.add(value);
            }
        }
        return nodes(selection.dimension(), chosen);
    }

    private static List<Node> nodes(String dimension, TreeSet<String> chosen) {
        return chosen.stream().map(value -> new Node(dimension, value)).toList();
    }

    /** a loop, not a stream: it runs for every value of the dimension and every rule */
    private static boolean inRanges(List<IdRange> ranges, String value) {
        for (IdRange range : ranges) {
            if (range.contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** whether the value is one of the nodes or lies below one of them */
    private static boolean below(Map<String, String> values, String value, List<String> nodes) {
        if (nodes.isEmpty()) {
            return false;
        }
        String current = value;
        for (int depth = 0; current != null && depth <= values.size(); depth++) {
            if (nodes.contains(current)) {
                return true;
            }
            current = values.get(current);
        }
        return false;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
