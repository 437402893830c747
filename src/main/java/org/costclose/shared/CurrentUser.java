package org.costclose.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting: the authenticated user of the current request, else the system (startup, batch). */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    public String name() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return SYSTEM;
        }
        HttpServletRequest request = attributes.getRequest();
        Principal principal = request.getUserPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }
}
