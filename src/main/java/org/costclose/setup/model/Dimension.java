package org.costclose.setup.model;

import java.util.List;

/** A financial dimension with its values; {@code role} is null when cost accounting does not use it. */
public record Dimension(String name, DimensionRole role, List<DimensionValue> values) {

    public Dimension {
        Require.text(name, "dimension name");
        values = Require.list(values, "values");
    }

    public boolean usedByCostAccounting() {
        return role != null;
    }
}
