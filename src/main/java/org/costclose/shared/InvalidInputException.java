package org.costclose.shared;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Input refused as a whole, with every problem found (up to a cap) and the total count, so a user
 * fixes a file in one pass instead of one error at a time. Rendered as RFC 7807 problem details.
 */
public class InvalidInputException extends ErrorResponseException {

    private final transient List<InputError> errors;
    private final long errorCount;

    public InvalidInputException(String title, List<InputError> errors, long errorCount) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(title, errors, errorCount), null);
        this.errors = List.copyOf(errors);
        this.errorCount = errorCount;
    }

    public InvalidInputException(String title, List<InputError> errors) {
        this(title, errors, errors.size());
    }

    public static InvalidInputException single(String title, InputError error) {
        return new InvalidInputException(title, List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }

    public long errorCount() {
        return errorCount;
    }

    @Override
    public String getMessage() {
        return getBody().getTitle() + ": " + errors;
    }

    private static ProblemDetail problem(String title, List<InputError> errors, long errorCount) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        problem.setType(URI.create("urn:costclose:problem:invalid-input"));
        problem.setTitle(title);
        long notListed = errorCount - errors.size();
        problem.setDetail(errorCount + (errorCount == 1 ? " problem" : " problems") + " found"
                + (notListed > 0 ? "; the first " + errors.size() + " are listed, " + notListed + " more not listed" : "")
                + "; nothing was stored.");
        problem.setProperty("errors", List.copyOf(errors));
        problem.setProperty("errorCount", errorCount);
        return problem;
    }
}
