package org.costclose.browse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form of the statement pages (Spring Security handles its POST and /logout). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(CsrfToken csrf, Model model) {
        model.addAttribute("csrf", csrf);
        return "browse/login";
    }
}
