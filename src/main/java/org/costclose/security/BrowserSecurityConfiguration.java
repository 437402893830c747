package org.costclose.security;

import static org.costclose.security.Roles.ADMIN;
import static org.costclose.security.Roles.APPROVERS;
import static org.costclose.security.Roles.AUDITORS;
import static org.costclose.security.Roles.FINANCE;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The browsable statements are for people in a browser: a sign-in form and a session (CSRF on), against the
 * same identity service and with the same roles as the API (every role reads). This chain takes only its own
 * paths, ahead of the API's stateless HTTP Basic chain ({@link SecurityConfiguration}), which stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain browser(HttpSecurity http) throws Exception {
        http.securityMatcher("/statements", "/statements/**", "/login", "/logout")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login").permitAll()
                        .anyRequest().hasAnyRole(FINANCE, APPROVERS, AUDITORS, ADMIN))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/statements", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }
}
