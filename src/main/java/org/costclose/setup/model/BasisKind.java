package org.costclose.setup.model;

/** What decides each receiver's share of a sender's cost. */
public enum BasisKind implements SetupCode {
    PERCENTAGES("percentages"),
    QUANTITIES("quantities"),
    SERVICE_QUANTITIES("serviceQuantities"),
    LINE_BALANCE("lineBalance"),
    STATISTIC("statistic");

    private final String code;

    BasisKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
