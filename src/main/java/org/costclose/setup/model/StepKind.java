package org.costclose.setup.model;

/** Kinds of calculation steps: a distribution keeps the moved cost's category, an allocation moves it under an allocation category (debited on the receiver) and an offset category (credited on the sender). */
public enum StepKind implements SetupCode {
    DISTRIBUTION("distribution"),
    ALLOCATION("allocation");

    private final String code;

    StepKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
