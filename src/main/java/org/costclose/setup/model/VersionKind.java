package org.costclose.setup.model;

/** Kinds of calculation versions. */
public enum VersionKind implements SetupCode {
    ACTUAL("actual"),
    BUDGET("budget"),
    SIMULATION("simulation");

    private final String code;

    VersionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
