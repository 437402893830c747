package org.costclose.browse;

import java.security.Principal;
import java.util.List;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The statement pages answer an unknown company, period or value and a bad parameter with a page, not JSON.
 */
@ControllerAdvice(basePackageClasses = BrowseErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrowseErrors {

    /** who is signed in, and the token the sign-out form sends (pages of an error show neither) */
    @ModelAttribute
    void signedIn(Principal principal, CsrfToken csrf, Model model) {
        if (principal != null) {
            model.addAttribute("user", principal.getName());
            model.addAttribute("csrf", csrf);
        }
    }

    @ExceptionHandler(ErrorResponseException.class)
    ModelAndView known(ErrorResponseException e) {
        List<InputError> errors = e instanceof InvalidInputException invalid ? invalid.errors() : List.of();
        String detail = e.getBody().getDetail() == null ? "" : e.getBody().getDetail();
        return page(HttpStatus.valueOf(e.getStatusCode().value()), detail, errors);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest(Exception e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
    }

    private static ModelAndView page(HttpStatus status, String detail, List<InputError> errors) {
        ModelAndView page = new ModelAndView("browse/error", status);
        page.addObject("status", status.value());
        page.addObject("title", status.getReasonPhrase());
        page.addObject("detail", detail);
        page.addObject("errors", errors);
        return page;
    }
}
