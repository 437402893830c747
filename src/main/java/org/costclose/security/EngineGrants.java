package org.costclose.security;

import static org.costclose.security.Roles.ADMIN;
import static org.costclose.security.Roles.APPROVERS;
import static org.costclose.security.Roles.AUDITORS;
import static org.costclose.security.Roles.FINANCE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda's own authorization is on, so Cockpit, Tasklist and the engine's API enforce each group's rights: this
 * grants them at every start, in every profile, adding only what is missing (a second start writes nothing).
 * {@code admin} and {@code camunda-admin} may do everything. Finance starts closes and reopenings and reads them;
 * approvers and auditors read them; auditors also read every open task, the user operation log and the history.
 * Nobody but the admins may cancel, modify, retry or delete. Who works a task comes from the task itself: the
 * engine grants its candidate groups read and {@code TASK_WORK} on it while it is open.
 */
@Component
@Order(1)
class EngineGrants implements ApplicationRunner {

    static final List<String> PROCESSES = List.of("close-period", "reopen-period");
    private static final List<String> WEBAPPS = List.of("cockpit", "tasklist");

    /** permissions of one group on one resource (a resource id, or {@code *} for every one) */
    record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
    }

    private final ProcessEngine engine;

    EngineGrants(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    /** writes the grants that are missing; returns how many rows it created or widened */
    int ensure() {
        int written = 0;
        for (Grant grant : grants()) {
            written += ensure(grant) ? 1 : 0;
        }
        for (Grant grant : openTaskGrants()) {
            written += ensure(grant) ? 1 : 0;
        }
        return written;
    }

    static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        for (String group : List.of(ADMIN, Groups.CAMUNDA_ADMIN)) {
            for (Resources resource : Resources.values()) {
                grants.add(new Grant(group, resource, Authorization.ANY, List.of(Permissions.ALL)));
            }
        }
        for (String group : List.of(FINANCE, APPROVERS, AUDITORS)) {
            WEBAPPS.forEach(app -> grants.add(new Grant(group, Resources.APPLICATION, app, List.of(Permissions.ACCESS))));
            grants.add(new Grant(group, Resources.FILTER, Authorization.ANY, List.of(Permissions.READ)));
            grants.add(new Grant(group, Resources.DEPLOYMENT, Authorization.ANY, List.of(Permissions.READ)));
            grants.add(new Grant(group, Resources.DECISION_DEFINITION, Authorization.ANY,
                    List.of(Permissions.READ, Permissions.READ_HISTORY)));
            grants.add(new Grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY,
                    List.of(Permissions.READ)));
        }
        List<Permission> reading = List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY);
        for (String process : PROCESSES) {
            grants.add(new Grant(FINANCE, Resources.PROCESS_DEFINITION, process, Stream.concat(reading.stream(),
                    Stream.of(ProcessDefinitionPermissions.CREATE_INSTANCE)).toList()));
            grants.add(new Grant(APPROVERS, Resources.PROCESS_DEFINITION, process, reading));
            grants.add(new Grant(AUDITORS, Resources.PROCESS_DEFINITION, process, Stream.concat(reading.stream(),
                    Stream.of(ProcessDefinitionPermissions.READ_TASK)).toList()));
        }
        grants.add(new Grant(FINANCE, Resources.PROCESS_INSTANCE, Authorization.ANY, List.of(Permissions.CREATE)));
        grants.add(new Grant(AUDITORS, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY,
                List.of(HistoricProcessInstancePermissions.READ)));
        grants.add(new Grant(AUDITORS, Resources.HISTORIC_TASK, Authorization.ANY,
                List.of(HistoricTaskPermissions.READ)));
        grants.add(new Grant(AUDITORS, Resources.OPERATION_LOG_CATEGORY, Authorization.ANY,
                List.of(UserOperationLogCategoryPermissions.READ)));
        return grants;
    }

    /**
     * The engine grants a task's candidate groups their rights when it creates the task; tasks created while
     * authorization was still off (an older database) get the same here, so their groups can still work them.
     */
    private List<Grant> openTaskGrants() {
        Permission work = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDefaultUserPermissionForTask();
        List<Grant> grants = new ArrayList<>();
        for (Task task : engine.getTaskService().createTaskQuery().processDefinitionKeyIn(PROCESSES.toArray(
                String[]::new)).list()) {
            engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .forEach(link -> grants.add(new Grant(link.getGroupId(), Resources.TASK, task.getId(),
                            List.of(TaskPermissions.READ, work))));
        }
        return grants;
    }

    private boolean ensure(Grant grant) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(grant.group())
                .resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
        if (authorization != null && grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
            return false;
        }
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.group());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        grant.permissions().forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
        return true;
    }
}
