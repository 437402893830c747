package org.costclose.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A GL entry the ledger run could not process, with why; it waits until a re-run no longer finds the problem. */
public record LedgerReject(String glEntryId, String reason, String accountNo, String dimensionName,
                           String dimensionValue, BigDecimal amount, long runId) {

    @JsonProperty("explanation")
    public String explanation() {
        return switch (reason) {
            case "NO_CATEGORY" -> "account " + accountNo + " maps to no cost category of the active setup";
            case "MISSING_DIMENSION" -> "no value for dimension " + dimensionName + ", which the category of account "
                    + accountNo + " posts into, and no posting control rule skips a blank one";
            case "UNKNOWN_VALUE" -> "value " + dimensionValue + " of dimension " + dimensionName
                    + " is not known to the active setup";
            default -> reason;
        };
    }
}
