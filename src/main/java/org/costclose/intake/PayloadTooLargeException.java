package org.costclose.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A JSON post too large for the in-memory path; CSV streams any size. */
class PayloadTooLargeException extends ErrorResponseException {

    PayloadTooLargeException(String detail) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail), null);
    }
}
