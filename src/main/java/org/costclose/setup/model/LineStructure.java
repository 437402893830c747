package org.costclose.setup.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An ordered list of report lines, the shape of a cost statement. */
public record LineStructure(String id, String name, List<StructureLine> lines) {

    public LineStructure {
        Require.text(id, "line structure id");
        Require.text(name, "line structure name");
        lines = Require.list(lines, "lines");
    }

    public Optional<StructureLine> line(String lineId) {
        return lines.stream().filter(line -> line.id().equals(lineId)).findFirst();
    }

    /**
     * Whether the line's cost includes the category: listed by it or within one of its ranges, for a total
     * line by one of the lines it sums (signs aside); calculation and quantity lines hold no cost.
     */
    public boolean covers(StructureLine line, String categoryId) {
        return covers(line, categoryId, new HashSet<>());
    }

    private boolean covers(StructureLine line, String categoryId, Set<String> visited) {
        if (!visited.add(line.id())) {
            return false;
        }
        return switch (line.kind()) {
            case CATEGORY -> line.lists(categoryId);
            case TOTAL -> line.lines().stream().map(this::line).flatMap(Optional::stream)
                    .anyMatch(part -> covers(part, categoryId, visited));
            case QUANTITY, CALCULATION -> false;
        };
    }
}
