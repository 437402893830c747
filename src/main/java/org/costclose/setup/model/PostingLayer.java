package org.costclose.setup.model;

/** Posting layers of the general ledger; only those in scope flow into cost accounting. */
public enum PostingLayer implements SetupCode {
    CURRENT("CURRENT"),
    OPERATIONS("OPERATIONS"),
    TAX("TAX");

    private final String code;

    PostingLayer(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
