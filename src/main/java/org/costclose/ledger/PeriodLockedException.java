package org.costclose.ledger;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A locked (closed) period takes no processing; reopening it is an audited act of its own. */
class PeriodLockedException extends ErrorResponseException {

    PeriodLockedException(String companyId, String periodId) {
        super(HttpStatus.CONFLICT, problem(companyId, periodId), null);
    }

    private static ProblemDetail problem(String companyId, String periodId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "period " + periodId
                + " of company " + companyId + " is locked; its cost transactions stay as they are until it is reopened");
        problem.setType(URI.create("urn:costclose:problem:period-locked"));
        problem.setTitle("Period locked");
        problem.setProperty("period", periodId);
        return problem;
    }
}
