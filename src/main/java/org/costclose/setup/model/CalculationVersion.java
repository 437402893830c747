package org.costclose.setup.model;

/** A calculation version; its steps are defined by a later issue and rejected by the reader until then. */
public record CalculationVersion(String id, String name, VersionKind kind) {

    public CalculationVersion {
        Require.text(id, "version id");
        Require.text(name, "version name");
        Require.present(kind, "kind");
    }
}
