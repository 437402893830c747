package org.costclose.intake;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Two imports stored some of the same ids at the same moment: the later one rolled back whole.
 * Sending the file again stores what is new and reports the rest as unchanged or conflicting.
 */
class ConcurrentImportException extends ErrorResponseException {

    ConcurrentImportException(ImportKind kind) {
        super(HttpStatus.CONFLICT, problem(kind), null);
    }

    private static ProblemDetail problem(ImportKind kind) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "another " + kind.slug()
                + " import stored some of these ids while this one ran; nothing of this file was stored, send it again");
        problem.setType(URI.create("urn:costclose:problem:concurrent-import"));
        problem.setTitle("Concurrent import");
        return problem;
    }
}
