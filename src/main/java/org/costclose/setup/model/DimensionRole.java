package org.costclose.setup.model;

/** What cost accounting uses a financial dimension for; a dimension without a role is not used by it. */
public enum DimensionRole implements SetupCode {
    COST_CENTER("costCenter"),
    COST_PURPOSE("costPurpose"),
    OTHER("other");

    private final String code;

    DimensionRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
