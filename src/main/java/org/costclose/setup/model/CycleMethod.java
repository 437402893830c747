package org.costclose.setup.model;

/** How a calculation treats senders that serve each other: solved simultaneously (reciprocal), in step order without sending back (step-down), or ignoring flows between them (direct). */
public enum CycleMethod implements SetupCode {
    RECIPROCAL("reciprocal"),
    STEP_DOWN("stepDown"),
    DIRECT("direct");

    private final String code;

    CycleMethod(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
