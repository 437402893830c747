package org.costclose.setup;

import java.util.List;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.DimensionRole;
import org.costclose.setup.model.DimensionValue;
import org.yaml.snakeyaml.nodes.Node;

/** Reads an element of {@code dimensions}: a financial dimension, its cost accounting role and its values. */
final class DimensionReader {

    private DimensionReader() {
    }

    static Dimension dimension(Node node, Place place, Problems problems) {
        MappingReader dimension = MappingReader.of(node, place, problems,
                List.of("name", "role", "values")).orElse(null);
        if (dimension == null) {
            return null;
        }
        String name = dimension.id("name");
        DimensionRole role = dimension.code("role", DimensionRole.class, false);
        List<DimensionValue> values = dimension.list("values", false, DimensionReader::value);
        boolean roleRefused = dimension.has("role") && role == null;
        return problems.faultyUnlessBuilt(roleRefused ? null
                : Build.record(place, problems, () -> new Dimension(name, role, values), name), "dimension", name);
    }

    private static DimensionValue value(Node node, Place place, Problems problems) {
        MappingReader value = MappingReader.of(node, place, problems, List.of("code", "name", "parent")).orElse(null);
        if (value == null) {
            return null;
        }
        String code = value.id("code");
        String name = value.text("name");
        String parent = value.optionalId("parent");
        return Build.record(place, problems, () -> new DimensionValue(code, name, parent), code, name);
    }
}
