package org.costclose.shared;

import java.net.URI;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our REST API leaves as {@code application/problem+json}: our own
 * {@link org.springframework.web.ErrorResponseException}s and Spring MVC's (bad media type,
 * missing parameter, …) alike.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** two requests created the same record at the same moment: the later one rolled back whole */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail concurrentChange(DuplicateKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "another request stored the same record at the same moment; nothing of this one was stored, send it again");
        problem.setType(URI.create("urn:costclose:problem:concurrent-change"));
        problem.setTitle("Concurrent change");
        return problem;
    }
}
