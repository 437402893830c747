package org.costclose.reconciliation;

import java.time.LocalDateTime;

/** A row of reconciliation_run; times are UTC. The applied… fields are null until a person applied the proposal. */
record ReconciliationRun(Long runId, String companyId, long setupId, String chartHash, String createdBy,
        LocalDateTime createdAt, String appliedBy, LocalDateTime appliedAt, Long appliedSetupId) {

    boolean isApplied() {
        return appliedAt != null;
    }
}
