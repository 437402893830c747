package org.costclose.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates against Camunda's identity service, where users and groups live (the webapps use the same):
 * the user's groups become roles ({@code ROLE_finance}, …).
 */
@Component
class IdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    IdentityAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (user == null || user.isBlank() || !identity.checkPassword(user, password)) {
            throw new BadCredentialsException("unknown user or wrong password");
        }
        List<SimpleGrantedAuthority> roles = identity.createGroupQuery().groupMember(user).list().stream()
                .map(group -> new SimpleGrantedAuthority("ROLE_" + group.getId())).toList();
        return new UsernamePasswordAuthenticationToken(user, null, roles);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
