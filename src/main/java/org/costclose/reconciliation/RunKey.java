package org.costclose.reconciliation;

/** Receives the generated id of a new run (records cannot take generated keys). */
final class RunKey {

    private Long runId;

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }
}
