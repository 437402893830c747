package org.costclose.setup.model;

/**
 * Kinds of calculation steps: a distribution keeps the moved cost's category, an allocation moves it under an
 * allocation category (debited on the receiver) and an offset category (credited on the sender); an internal
 * cost allocation charges the receivers service quantity × the sender's planned cost rate under those two
 * categories; a cost rate calculation moves nothing and works out each sender's actual rate (cost / quantity).
 */
public enum StepKind implements SetupCode {
    DISTRIBUTION("distribution"),
    ALLOCATION("allocation"),
    INTERNAL_COST_ALLOCATION("internalCostAllocation"),
    COST_RATE_CALCULATION("costRateCalculation");

    private final String code;

    StepKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** whether the step posts under an allocation category and an offset category */
    public boolean allocates() {
        return this == ALLOCATION || this == INTERNAL_COST_ALLOCATION;
    }

    /** whether the step shares cost out by a basis (and so takes part in cycles) */
    public boolean sharesCost() {
        return this == DISTRIBUTION || this == ALLOCATION;
    }
}
