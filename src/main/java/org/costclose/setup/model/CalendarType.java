package org.costclose.setup.model;

/** Fiscal calendar types; periods of a monthly calendar are named YYYY-MM. */
public enum CalendarType implements SetupCode {
    MONTHLY("monthly");

    private final String code;

    CalendarType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
