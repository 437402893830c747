package org.costclose.setup.model;

/** When a posting-control rule skips a cost transaction. */
public enum SkipWhen implements SetupCode {
    BLANK("blank");

    private final String code;

    SkipWhen(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
