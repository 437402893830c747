package org.costclose.setup.model;

/**
 * Which production data a service category takes its quantities from, besides route hours (which
 * find their category through the resource): reported-as-finished output, or project hours.
 */
public enum ServiceSource implements SetupCode {
    REPORTED_FINISHED("reportedFinished"),
    PROJECT_HOURS("projectHours");

    private final String code;

    ServiceSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
