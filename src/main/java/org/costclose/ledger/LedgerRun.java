package org.costclose.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One run of "process ledger transactions" for a period: who ran it on which setup, and totals that
 * reconcile: amount in = processed + rejected + ignored (balance sheet, layers out of scope, all
 * dimensions skipped by posting control). Out: the cost transactions written and their amount, in which
 * an entry counts once per dimension it posts into.
 */
public record LedgerRun(long runId, String companyId, String periodId, long setupId, String setupHash, String runBy,
                        Instant startedAt, Instant finishedAt, Long durationMs,
                        long entriesIn, BigDecimal amountIn, long entriesProcessed, BigDecimal amountProcessed,
                        long entriesRejected, BigDecimal amountRejected, long entriesIgnored, BigDecimal amountIgnored,
                        long transactionsOut, BigDecimal amountOut) {

    @JsonProperty("reconciles")
    public boolean reconciles() {
        return entriesIn == entriesProcessed + entriesRejected + entriesIgnored
                && amountIn.compareTo(amountProcessed.add(amountRejected).add(amountIgnored)) == 0;
    }
}
