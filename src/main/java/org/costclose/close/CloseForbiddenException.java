package org.costclose.close;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A user who may not decide a close task (not in its groups, or four-eyes): answered 403. */
class CloseForbiddenException extends ErrorResponseException {

    CloseForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, problem(detail), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(URI.create("urn:costclose:problem:close-forbidden"));
        problem.setTitle("Not yours to decide");
        return problem;
    }
}
