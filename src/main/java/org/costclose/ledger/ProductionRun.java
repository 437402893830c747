package org.costclose.ledger;

import java.time.Instant;

/** One run of "process production and project transactions" for a period. */
public record ProductionRun(long runId, String companyId, String periodId, long setupId, String setupHash, String runBy,
                            Instant startedAt, Instant finishedAt, Long durationMs, long rowsIn, long rowsProcessed,
                            long rowsRejected, long transactionsOut) {
}
