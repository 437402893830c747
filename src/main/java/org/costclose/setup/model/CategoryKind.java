package org.costclose.setup.model;

/** Primary categories come from P&L accounts, secondary ones carry allocated cost, service ones carry quantities, local ones are created by hand. */
public enum CategoryKind implements SetupCode {
    PRIMARY("primary"),
    SECONDARY("secondary"),
    SERVICE("service"),
    LOCAL("local");

    private final String code;

    CategoryKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
