package org.costclose.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One processing of a budget version's input for a period: the budget model's GL budget entries of the period
 * that became cost transactions of the version, with totals that reconcile as the ledger's do: amount in =
 * processed + rejected + ignored (balance-sheet accounts, entries whose every dimension posting control skips).
 */
public record BudgetRun(long runId, String companyId, String periodId, String versionId, String budgetModel,
                        long setupId, String setupHash, String runBy, Instant startedAt, long entriesIn,
                        BigDecimal amountIn, long entriesProcessed, BigDecimal amountProcessed, long entriesRejected,
                        BigDecimal amountRejected, long transactionsOut) {

    @JsonProperty("entriesIgnored")
    public long entriesIgnored() {
        return entriesIn - entriesProcessed - entriesRejected;
    }

    @JsonProperty("amountIgnored")
    public BigDecimal amountIgnored() {
        return amountIn.subtract(amountProcessed).subtract(amountRejected);
    }
}
