package org.costclose.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The documented demo users of the embedded default (never with the {@code postgres} profile), password
 * {@value #PASSWORD}: finance and finance2 (finance), approver and controller (approvers), auditor (auditors),
 * admin (admin, plus Camunda's camunda-admin). Created once; a restart leaves them as they are.
 */
@Component
@Profile("!postgres")
@Order(0)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";
    static final Map<String, String> USERS = Map.of("finance", Roles.FINANCE, "finance2", Roles.FINANCE,
            "approver", Roles.APPROVERS, "controller", Roles.APPROVERS, "auditor", Roles.AUDITORS,
            "admin", Roles.ADMIN);

    private final IdentityService identity;

    DemoUsers(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    void ensure() {
        for (String groupId : Roles.ALL) {
            if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
                Group group = identity.newGroup(groupId);
                group.setName(Character.toUpperCase(groupId.charAt(0)) + groupId.substring(1));
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
        }
        for (var entry : USERS.entrySet()) {
            String userId = entry.getKey();
            if (identity.createUserQuery().userId(userId).singleResult() == null) {
                User user = identity.newUser(userId);
                user.setFirstName(userId);
                user.setLastName("(demo)");
                user.setPassword(PASSWORD);
                identity.saveUser(user);
            }
            if (identity.createUserQuery().userId(userId).memberOfGroup(entry.getValue()).singleResult() == null) {
                identity.createMembership(userId, entry.getValue());
            }
        }
    }

    static List<String> userIds() {
        return USERS.keySet().stream().sorted().toList();
    }
}
