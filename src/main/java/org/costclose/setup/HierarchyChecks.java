package org.costclose.setup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.DimensionValue;

/** The values of one dimension: unique codes, parents that exist, no loops in the hierarchy. */
final class HierarchyChecks {

    private final Located<Dimension> dimension;
    private final Problems problems;
    private final List<Located<DimensionValue>> values = new ArrayList<>();

    HierarchyChecks(Located<Dimension> dimension, Problems problems) {
        this.dimension = dimension;
        this.problems = problems;
        List<DimensionValue> list = dimension.value().values();
        for (int index = 0; index < list.size(); index++) {
            values.add(new Located<>(list.get(index), dimension.place().below(".values[" + index + "]")));
        }
    }

    void check() {
        String what = "value of " + dimension.value().name();
        Map<String, Located<DimensionValue>> byCode = SetupValidator.unique(values, DimensionValue::code, ".code",
                what, problems);
        for (Located<DimensionValue> value : values) {
            String parent = value.value().parent();
            if (parent != null && !byCode.containsKey(parent)) {
                problems.add(locate(value, ".parent"), parent, "parent value " + parent + " does not exist in "
                        + dimension.value().name());
            }
        }
        Set<Set<String>> reported = new HashSet<>();
        for (Located<DimensionValue> value : byCode.values()) {
            List<String> loop = loopFrom(value.value().code(), byCode);
            if (!loop.isEmpty() && reported.add(new TreeSet<>(loop))) {
                problems.add(locate(value, ".parent"), value.value().parent(), "the hierarchy of "
                        + dimension.value().name() + " has a loop: " + String.join(" -> ", loop));
            }
        }
    }

    /** The loop the value belongs to, as a path back to the value itself, else empty. */
    private static List<String> loopFrom(String code, Map<String, Located<DimensionValue>> byCode) {
        List<String> path = new ArrayList<>(List.of(code));
        String current = byCode.get(code).value().parent();
        while (current != null && byCode.containsKey(current) && path.size() <= byCode.size()) {
            path.add(current);
            if (current.equals(code)) {
                return path;
            }
            current = byCode.get(current).value().parent();
        }
        return List.of();
    }

    private Place locate(Located<DimensionValue> value, String suffix) {
        return problems.locate(value.place(), suffix);
    }
}
