package org.costclose.setup.model;

/** How a primary category finds its P&L accounts. */
public enum AccountMapping implements SetupCode {
    IDENTICAL_WITH_ACCOUNT("identicalWithAccount"),
    ACCOUNT_RANGES("accountRanges");

    private final String code;

    AccountMapping(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
