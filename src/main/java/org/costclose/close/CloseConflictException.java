package org.costclose.close;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A close that cannot start or go on because of the state it is in: answered 409. */
class CloseConflictException extends ErrorResponseException {

    private CloseConflictException(String title, String detail) {
        super(HttpStatus.CONFLICT, problem(title, detail), null);
    }

    static CloseConflictException periodNotOpen(String companyId, String periodId, String state) {
        return new CloseConflictException("Period not open", "period " + periodId + " of company " + companyId
                + " is " + state + ", not OPEN: reopen it before closing it again");
    }

    static CloseConflictException alreadyStarted(String businessKey, String processInstanceId, boolean finished) {
        return new CloseConflictException("Close already started", "the close " + businessKey + " was started"
                + " before (process instance " + processInstanceId + ", " + (finished ? "finished" : "running")
                + "): there is one close per company and period");
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    static CloseConflictException notLocked(String companyId, String periodId, String state) {
        return new CloseConflictException("Period not locked", "period " + periodId + " of company " + companyId
                + " is " + state + ": only a locked period is reopened");
    }

    static CloseConflictException reopeningPending(String businessKey) {
        return new CloseConflictException("Reopening pending", "a reopening of " + businessKey
                + " waits for its approval already");
    }

    private static ProblemDetail problem(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(URI.create("urn:costclose:problem:close-conflict"));
        problem.setTitle(title);
        return problem;
    }
}
