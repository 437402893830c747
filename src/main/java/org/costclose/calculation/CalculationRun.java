package org.costclose.calculation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One run of a calculation version for a period: who ran it on which setup, the balances it started from,
 * the transactions it wrote, the amount it moved, and the sum of its transactions, which is zero to the cent
 * (conservation: a calculation moves cost, it never makes or loses any). {@code inputVersion} is the version
 * whose input it calculated on: ACTUAL, the budget version itself, or the version at the end of a simulation's chain.
 */
public record CalculationRun(long runId, String companyId, String periodId, String versionId, long setupId,
                             String setupHash, String cycleMethod, String runBy, Instant startedAt,
                             Instant finishedAt, Long durationMs, long balancesIn, long transactionsOut,
                             BigDecimal amountMoved, BigDecimal amountSum, String inputVersion) {

    @JsonProperty("conserves")
    public boolean conserves() {
        return amountSum.signum() == 0;
    }
}
