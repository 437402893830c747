package org.costclose.shared;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our REST API leaves as {@code application/problem+json}: our own
 * {@link org.springframework.web.ErrorResponseException}s and Spring MVC's (bad media type,
 * missing parameter, …) alike.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
}
