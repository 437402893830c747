package org.costclose.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.costclose.support.BrowserSession;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of our API as every demo user, and without signing in: who may read, who may change. Requests
 * go to a company that does not exist, so an allowed request answers 404 or 4xx from the endpoint itself and
 * changes nothing, while a forbidden one answers 403 before it reaches the endpoint.
 */
@DatabaseTest
class RoleAccessTest {

    private static final Set<String> EVERYONE = Set.of("finance", "finance2", "approver", "controller", "auditor", "admin");
    private static final Set<String> CHANGERS = Set.of("finance", "finance2", "admin");
    private static final Set<String> DECIDERS = Set.of("finance", "finance2", "approver", "controller", "admin");

    @Autowired TestRestTemplate http;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired IdentityService identity;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void shouldLetEachRoleReachExactlyItsEndpointsWhenEveryEndpointIsCalledAsEveryUser() {
        List<Endpoint> endpoints = endpoints();
        List<String> wrong = new ArrayList<>();

        for (Endpoint endpoint : endpoints) {
            Set<String> allowed = endpoint.method() == HttpMethod.GET ? EVERYONE
                    : endpoint.path().contains("/tasks/") ? DECIDERS : CHANGERS;
            for (String user : EVERYONE) {
                HttpStatus status = call(endpoint, user, "demo");
                boolean forbidden = status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED;
                if (forbidden == allowed.contains(user)) {
                    wrong.add(endpoint + " as " + user + ": " + status);
                }
            }
            HttpStatus anonymous = call(endpoint, null, null);
            if (anonymous != HttpStatus.UNAUTHORIZED) {
                wrong.add(endpoint + " without signing in: " + anonymous);
            }
        }

        assertThat(endpoints).hasSizeGreaterThan(30)
                .contains(new Endpoint(HttpMethod.GET, "/api/companies/{company}/reports/{report}"));
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldRefuseAWrongPasswordAndServeHealthToEveryone() {
        // a user of its own: a wrong password makes the identity service hold the user back for a while
        if (identity.createUserQuery().userId("typo").singleResult() == null) {
            var typo = identity.newUser("typo");
            typo.setPassword("right");
            identity.saveUser(typo);
        }
        assertThat(call(new Endpoint(HttpMethod.GET, "/api/companies"), "typo", "wrong"))
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call(new Endpoint(HttpMethod.GET, "/api/companies"), "finance", "demo")).isEqualTo(HttpStatus.OK);
        assertThat(call(new Endpoint(HttpMethod.GET, "/actuator/health"), null, null)).isEqualTo(HttpStatus.OK);
        assertThat(call(new Endpoint(HttpMethod.GET, "/engine-rest/engine"), "finance", "demo"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(new Endpoint(HttpMethod.GET, "/engine-rest/engine"), "admin", "demo")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldRefuseToStartInProductionWhileAUserHasTheDemoPasswordWithoutLockingAnyoneOut() {
        assertThatThrownBy(() -> DefaultPasswordGuard.check(engine)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still has the demo password");
        for (int start = 0; start < 3; start++) {
            assertThatThrownBy(() -> DefaultPasswordGuard.check(engine)).isInstanceOf(IllegalStateException.class);
        }

        // the check is no failed sign-in: nobody is held back afterwards
        assertThat(call(new Endpoint(HttpMethod.GET, "/api/companies"), "auditor", "demo")).isEqualTo(HttpStatus.OK);
    }

    /**
     * The statement pages (browse) sign in through a form into a session: every role reads them, anonymous
     * visitors are sent to the form. An unknown company answers 404 (or a missing parameter 400) once signed in.
     */
    @Test
    void shouldLetEveryRoleReadEveryStatementPageAndSendAnonymousVisitorsToTheSignInForm() {
        List<String> pages = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/statements"))
                    .map(pattern -> pattern.replaceAll("\\{[^}]+}", "nope")).forEach(pages::add);
        }
        List<String> wrong = new ArrayList<>();
        for (String user : EVERYONE) {
            BrowserSession browser = new BrowserSession(http.getRootUri());
            browser.signIn(user, "demo");
            for (String page : pages) {
                int status = browser.get(page).statusCode();
                if (status != 200 && status != 404 && status != 400) {
                    wrong.add(page + " as " + user + ": " + status);
                }
            }
        }
        for (String page : pages) {
            var anonymous = new BrowserSession(http.getRootUri()).get(page);
            if (anonymous.statusCode() != 302 || !anonymous.headers().firstValue("Location").orElse("").endsWith("/login")) {
                wrong.add(page + " without signing in: " + anonymous.statusCode());
            }
        }

        assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
        assertThat(wrong).isEmpty();
    }

    /** our own API, read from the MVC mappings, so a new endpoint is tried without being listed here */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(method ->
                        endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern)));
            }
        }
        return endpoints.stream().distinct().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    private HttpStatus call(Endpoint endpoint, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        String url = endpoint.path().replaceAll("\\{[^}]+}", "nope");
        // a client without the suite's default sign-in, so each call carries only its own credentials
        TestRestTemplate client = new TestRestTemplate(new RestTemplateBuilder().rootUri(http.getRootUri()));
        var body = new HttpEntity<>(endpoint.method() == HttpMethod.GET ? null : "{}", headers);
        return HttpStatus.valueOf(client.exchange(url, endpoint.method(), body, String.class).getStatusCode().value());
    }

    record Endpoint(HttpMethod method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
