package org.costclose.balances;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A dimension's value hierarchy from master data (dimension_value.parent_code): which values are groups
 * (parents of others) and how many levels of ancestors a value can have. Setup and intake refuse loops;
 * a walk still stops after as many steps as there are values.
 */
final class Hierarchy {

    private static final Hierarchy FLAT = new Hierarchy(Map.of());

    private final Map<String, String> parents;
    private final Set<String> groups;

    private Hierarchy(Map<String, String> parents) {
        this.parents = Map.copyOf(parents);
        this.groups = Set.copyOf(parents.values());
    }

    static Hierarchy of(List<CostBalanceMapper.ValueParent> rows) {
        Map<String, String> parents = new HashMap<>();
        rows.forEach(row -> parents.put(row.valueCode(), row.parentCode()));
        return new Hierarchy(parents);
    }

    /** no groups: every value stands for its own postings only */
    static Hierarchy flat() {
        return FLAT;
    }

    boolean isGroup(String valueCode) {
        return groups.contains(valueCode);
    }

    /** 1..depth, where depth is the longest chain of ancestors; empty for a flat dimension */
    List<Integer> levels() {
        return IntStream.rangeClosed(1, depth()).boxed().toList();
    }

    int depth() {
        Map<String, Integer> known = new HashMap<>();
        int depth = 0;
        for (String value : parents.keySet()) {
            depth = Math.max(depth, ancestors(value, known));
        }
        return depth;
    }

    private int ancestors(String value, Map<String, Integer> known) {
        int steps = 0;
        String current = value;
        while (parents.containsKey(current) && steps <= parents.size()) {
            Integer rest = known.get(current);
            if (rest != null) {
                steps += rest;
                break;
            }
            current = parents.get(current);
            steps++;
        }
        known.put(value, steps);
        return steps;
    }
}
