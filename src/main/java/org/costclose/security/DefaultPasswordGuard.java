package org.costclose.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Production ({@code postgres} profile) refuses to start while any user still has the demo password. */
@Component
@Profile("postgres")
class DefaultPasswordGuard implements ApplicationRunner {

    private final IdentityService identity;

    DefaultPasswordGuard(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        check(identity);
    }

    static void check(IdentityService identity) {
        for (User user : identity.createUserQuery().list()) {
            if (identity.checkPassword(user.getId(), DemoUsers.PASSWORD)) {
                throw new IllegalStateException("user '" + user.getId() + "' still has the demo password: the postgres"
                        + " profile does not start with a default password; change it (Camunda Admin or the"
                        + " identity service) and start again");
            }
        }
    }
}
