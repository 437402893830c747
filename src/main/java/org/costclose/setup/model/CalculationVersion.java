package org.costclose.setup.model;

import java.util.List;

/**
 * A calculation version: its kind, how it treats senders that serve each other ({@code cycleMethod},
 * reciprocal unless chosen otherwise) and its steps, run in the order given.
 */
public record CalculationVersion(String id, String name, VersionKind kind, CycleMethod cycleMethod,
        List<CalculationStep> steps) {

    public CalculationVersion {
        Require.text(id, "version id");
        Require.text(name, "version name");
        Require.present(kind, "kind");
        Require.present(cycleMethod, "cycleMethod");
        steps = Require.list(steps, "steps");
    }
}
