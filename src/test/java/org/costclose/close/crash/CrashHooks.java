package org.costclose.close.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Test-only wiring of the platform process that {@link CloseCrashTest} kills (profile {@code crash}, on the test
 * classpath only): users with a non-demo password, and a pause after the calculation's and the posting's work but
 * before their transaction commits, armed by a marker file, so the test can kill the process mid-step.
 */
@Configuration(proxyBeanMethods = false)
@Profile("crash")
class CrashHooks {

    static final String PASSWORD = "crash-test-only";

    @Bean
    ApplicationRunner crashUsers(IdentityService identity) {
        return args -> {
            for (String[] user : new String[][] {{"finance", "finance"}, {"approver", "approvers"},
                    {"auditor", "auditors"}}) {
                if (identity.createGroupQuery().groupId(user[1]).singleResult() == null) {
                    identity.saveGroup(identity.newGroup(user[1]));
                }
                if (identity.createUserQuery().userId(user[0]).singleResult() == null) {
                    var created = identity.newUser(user[0]);
                    created.setPassword(PASSWORD);
                    identity.saveUser(created);
                    identity.createMembership(user[0], user[1]);
                }
            }
        };
    }

    /** wraps calculateStep and postStep: when {@code <dir>/pause-<bean>} exists, does the work, then waits */
    @Bean
    static BeanPostProcessor pauseBeforeCommit(@Value("${crash.dir}") String dir) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JavaDelegate step) || !(name.equals("calculateStep") || name.equals("postStep"))) {
                    return bean;
                }
                return (JavaDelegate) execution -> {
                    step.execute(execution);
                    Path pause = Path.of(dir, "pause-" + name);
                    if (Files.deleteIfExists(pause)) {
                        Files.writeString(Path.of(dir, "inside-" + name), "done, not committed");
                        Thread.sleep(600_000);
                    }
                };
            }
        };
    }
}
