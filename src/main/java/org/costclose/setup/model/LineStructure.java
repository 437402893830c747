package org.costclose.setup.model;

import java.util.List;
import java.util.Optional;

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
}
