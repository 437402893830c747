package org.costclose.reconciliation;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A proposal that cannot be applied as it stands: stale (chart or setup changed since its run), already applied, or
 * its company's setup folder holds edits not loaded yet.
 */
class ProposalConflictException extends ErrorResponseException {

    ProposalConflictException(String type, String title, String detail) {
        super(HttpStatus.CONFLICT, problem(type, title, detail), null);
    }

    /** {@code what} changed since the run, from {@code then} to {@code now} */
    static ProposalConflictException stale(long runId, String what, String then, String now) {
        return new ProposalConflictException("stale-proposal", "Stale proposal", "the " + what
                + " changed since proposal " + runId + " (" + then + ", now " + now + "); run the reconciliation again");
    }

    static ProposalConflictException folderDiverged(long runId, java.nio.file.Path folder, String folderHash,
            String activeHash) {
        return new ProposalConflictException("setup-folder-diverged", "Setup folder holds another setup", "the setup"
                + " folder " + folder.getFileName() + " holds setup " + folderHash.substring(0, 12) + ", the active setup is "
                + activeHash.substring(0, 12) + ": load the folder (or undo its edits), then run the reconciliation"
                + " again; proposal " + runId + " was not applied");
    }

    static ProposalConflictException alreadyApplied(ReconciliationRun run) {
        return new ProposalConflictException("proposal-applied", "Proposal already applied", "proposal "
                + run.runId() + " was applied" + (run.isApplied() ? " by " + run.appliedBy() + " at "
                + run.appliedAt() + "Z (setup " + run.appliedSetupId() + ")" : " by another request"));
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(URI.create("urn:costclose:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
