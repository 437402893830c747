package org.costclose.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting: the user a process step acts for, else the authenticated user of the current request, else the
 * system (startup, batch).
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";
    private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

    /** runs the action as done by {@code user} (e.g. a close step applying what a user decided in a task) */
    public <T> T actingFor(String user, Supplier<T> action) {
        String before = ACTING_FOR.get();
        ACTING_FOR.set(user);
        try {
            return action.get();
        } finally {
            if (before == null) {
                ACTING_FOR.remove();
            } else {
                ACTING_FOR.set(before);
            }
        }
    }

    public String name() {
        if (ACTING_FOR.get() != null) {
            return ACTING_FOR.get();
        }
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return SYSTEM;
        }
        HttpServletRequest request = attributes.getRequest();
        Principal principal = request.getUserPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }
}
