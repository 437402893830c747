package org.costclose.setup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.LineKind;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;

/** One line structure: unique line ids, categories that exist, lines that exist, no cycle between lines. */
final class LineStructureChecks {

    private final Located<LineStructure> structure;
    private final Map<String, Located<CostCategory>> categories;
    private final Problems problems;
    private final List<Located<StructureLine>> lines = new ArrayList<>();

    LineStructureChecks(Located<LineStructure> structure, Map<String, Located<CostCategory>> categories,
            Problems problems) {
        this.structure = structure;
        this.categories = categories;
        this.problems = problems;
        List<StructureLine> list = structure.value().lines();
        for (int index = 0; index < list.size(); index++) {
            lines.add(new Located<>(list.get(index), structure.place().below(".lines[" + index + "]")));
        }
    }

    void check() {
        Map<String, Located<StructureLine>> byId = SetupValidator.unique(lines, StructureLine::id, ".id",
                "line of " + structure.value().id(), problems);
        for (Located<StructureLine> line : lines) {
            checkCategories(line);
            checkReferences(line, byId);
        }
        checkCycles(byId);
    }

    private void checkCategories(Located<StructureLine> line) {
        List<String> ids = line.value().categories();
        for (int index = 0; index < ids.size(); index++) {
            Place place = problems.locate(line.place(), ".categories[" + index + "]");
            Located<CostCategory> category = categories.get(ids.get(index));
            if (category == null && !problems.isFaulty("category", ids.get(index))) {
                problems.add(place, ids.get(index), "unknown cost category");
            } else if (category != null && line.value().kind() == LineKind.QUANTITY && !category.value().isService()) {
                problems.add(place, ids.get(index), "a quantity line sums service categories only");
            }
        }
    }

    private void checkReferences(Located<StructureLine> line, Map<String, Located<StructureLine>> byId) {
        StructureLine value = line.value();
        String field = value.kind() == LineKind.CALCULATION ? ".formula" : ".lines";
        List<String> references = value.dependencies();
        for (int index = 0; index < references.size(); index++) {
            if (!byId.containsKey(references.get(index)) && !problems.isFaulty("line", references.get(index))) {
                Place place = problems.locate(line.place(),
                        value.kind() == LineKind.CALCULATION ? field : field + "[" + index + "]");
                problems.add(place, references.get(index), "unknown line; the lines of "
                        + structure.value().id() + " are " + String.join(", ", byId.keySet()));
            }
        }
    }

    /** Totals and formulas must not depend on themselves, directly or through other lines. */
    private void checkCycles(Map<String, Located<StructureLine>> byId) {
        Set<Set<String>> reported = new HashSet<>();
        for (Located<StructureLine> line : byId.values()) {
            List<String> cycle = pathBack(line.value().id(), line.value().id(), byId, new HashSet<>());
            if (!cycle.isEmpty() && reported.add(new TreeSet<>(cycle))) {
                String field = line.value().kind() == LineKind.CALCULATION ? ".formula" : ".lines";
                problems.add(problems.locate(line.place(), field), line.value().id(),
                        "lines depend on each other in a cycle: " + String.join(" -> ", cycle));
            }
        }
    }

    /** The path from {@code current} back to {@code start} as [current, ..., start], else empty (depth-first). */
    private List<String> pathBack(String start, String current, Map<String, Located<StructureLine>> byId,
            Set<String> visited) {
        if (!visited.add(current)) {
            return List.of();
        }
        for (String next : byId.get(current).value().dependencies()) {
            if (next.equals(start)) {
                return List.of(current, start);
            }
            List<String> rest = byId.containsKey(next) ? pathBack(start, next, byId, visited) : List.of();
            if (!rest.isEmpty()) {
                List<String> path = new ArrayList<>(List.of(current));
                path.addAll(rest);
                return path;
            }
        }
        return List.of();
    }
}
