package org.costclose.setup.model;

/** Which part of the selected cost a rule moves. */
public enum CostPart implements SetupCode {
    TOTAL("total"),
    FIXED("fixed"),
    VARIABLE("variable");

    private final String code;

    CostPart(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
