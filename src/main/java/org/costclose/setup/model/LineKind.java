package org.costclose.setup.model;

/** Kinds of line-structure lines. */
public enum LineKind implements SetupCode {
    CATEGORY("category"),
    TOTAL("total"),
    QUANTITY("quantity"),
    CALCULATION("calculation");

    private final String code;

    LineKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
