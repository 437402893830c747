package org.costclose.reconciliation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A reconciliation run as the API shows it: what it was computed from (chart hash, setup version), the
 * changes with their count per kind, and the application once a person applied it.
 */
public record Proposal(long runId, String company, String chartHash, long setupId, String createdBy, Instant createdAt,
        List<ProposedChange> changes, Map<ChangeKind, Long> counts, boolean applied,
        @JsonInclude(JsonInclude.Include.NON_NULL) Application application) {

    /** Who applied the proposal, when, and the setup version it produced. */
    public record Application(String appliedBy, Instant appliedAt, long setupId) {
    }

    /** how many changes the proposal makes */
    public int changeCount() {
        return changes.size();
    }

    static Proposal of(ReconciliationRun run, List<ProposedChange> changes) {
        Map<ChangeKind, Long> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, changes.stream().filter(change -> change.kind() == kind).count());
        }
        Application application = run.isApplied() ? new Application(run.appliedBy(),
                run.appliedAt().toInstant(ZoneOffset.UTC), run.appliedSetupId()) : null;
        return new Proposal(run.runId(), run.companyId(), run.chartHash(), run.setupId(), run.createdBy(),
                run.createdAt().toInstant(ZoneOffset.UTC), changes, counts, run.isApplied(), application);
    }
}
