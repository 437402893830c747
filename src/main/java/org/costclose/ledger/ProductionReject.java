package org.costclose.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A production, project or service row the run could not turn into service transactions, with why. */
public record ProductionReject(String sourceKind, String sourceId, String reason, String dimensionName,
                               String dimensionValue, String detail, BigDecimal quantity, long runId) {

    @JsonProperty("explanation")
    public String explanation() {
        return switch (reason) {
            case "NO_CATEGORY" -> switch (sourceKind) {
                case "ROUTE" -> "resource " + detail + " is not mapped to a service category (setup: resources)";
                case "FINISHED" -> "no service category takes reported-as-finished quantities (setup: source reportedFinished)";
                case "PROJECT" -> "no service category takes project hours (setup: source projectHours)";
                default -> "category " + detail + " is not a service category with a debit dimension in the active setup";
            };
            case "UNIT_MISMATCH" -> "unit " + detail + " differs from the unit of the output category";
            case "MISSING_VALUE" -> "no value for dimension " + dimensionName;
            case "UNKNOWN_VALUE" -> "value " + dimensionValue + " of dimension " + dimensionName
                    + " is not known to the active setup";
            default -> reason;
        };
    }
}
