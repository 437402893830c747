package org.costclose.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production ({@code postgres} profile) refuses to start while any user still has the demo password. The stored
 * hashes are compared directly: signing in with the demo password would count as a failed attempt and lock the
 * users out for a while at every start.
 */
@Component
@Profile("postgres")
class DefaultPasswordGuard implements ApplicationRunner {

    private final ProcessEngine engine;

    DefaultPasswordGuard(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments args) {
        check(engine);
    }

    static void check(ProcessEngine engine) {
        PasswordManager passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getPasswordManager();
        for (User user : engine.getIdentityService().createUserQuery().list()) {
            if (user instanceof UserEntity entity && entity.getPassword() != null && passwords.check(
                    EncryptionUtil.saltPassword(DemoUsers.PASSWORD, entity.getSalt()), entity.getPassword())) {
                throw new IllegalStateException("user '" + user.getId() + "' still has the demo password: the postgres"
                        + " profile does not start with a default password; change it (Camunda Admin or the"
                        + " identity service) and start again");
            }
        }
    }
}
