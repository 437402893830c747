package org.costclose.security;

import static org.costclose.security.Roles.ADMIN;
import static org.costclose.security.Roles.APPROVERS;
import static org.costclose.security.Roles.AUDITORS;
import static org.costclose.security.Roles.FINANCE;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security in front of everything but health and the API description. The API takes HTTP Basic
 * against Camunda's identity service and checks roles per endpoint: everyone signed in reads; finance (and admin)
 * change data and start closes; approvers decide tasks but import nothing; auditors only read. Which task a user
 * may decide is checked on the task itself (its candidate groups, four-eyes). The webapps (Cockpit, Tasklist)
 * sign users in themselves against the same identity service, where Camunda's authorization ({@link EngineGrants})
 * limits each group; the engine's REST API is for admins, with the same authorization behind it.
 */
@Configuration(proxyBeanMethods = false)
// without a web server (the benchmarks) there is no request to guard and no HttpSecurity to build one with
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String COMPANY = "/api/companies/*";

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/camunda/**", "/").permitAll()
                        .requestMatchers("/engine-rest/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(FINANCE, APPROVERS, AUDITORS, ADMIN)
                        .requestMatchers(HttpMethod.POST, COMPANY + "/closes/*/tasks/*",
                                COMPANY + "/periods/*/reopenings/tasks/*").hasAnyRole(FINANCE, APPROVERS, ADMIN)
                        .requestMatchers("/api/**").hasAnyRole(FINANCE, ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // the API is stateless Basic; the webapps guard themselves with their own CSRF filter
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** behind Spring's check the engine's REST API acts as the signed-in user, so Camunda's authorization applies */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestUser() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
