package org.costclose.close;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.costclose.shared.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Engine calls that act (start a process, complete a task) run as the current user with the user's groups: the
 * history names who started or decided, and Camunda's authorization decides whether the user may (the rights
 * {@code security/EngineGrants} gives each group, a task's rights its candidate groups). Reads stay outside it:
 * the API's roles guard them. The steps the engine runs later, as jobs, run without a user.
 */
@Component
class ActingUser {

    private final IdentityService identity;
    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final CloseViolations violations;

    ActingUser(IdentityService identity, TaskService tasks, CurrentUser currentUser, CloseViolations violations) {
        this.identity = identity;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.violations = violations;
    }

    /** runs the engine call as the current user; the engine's refusal is answered 403 */
    <T> T call(Supplier<T> call) {
        try {
            return authenticated(call);
        } catch (AuthorizationException denied) {
            throw new CloseForbiddenException("the process engine does not let " + currentUser.name() + " do this: "
                    + denied.getMessage());
        }
    }

    /**
     * Completes a task (of a close or a reopening) with the decision, as the current user. A user outside the
     * task's candidate groups is refused by the engine before the task's listener sees the attempt: refused here
     * the same way, 403 and an entry in the audit trail.
     */
    void complete(String taskId, CloseService.Decision decision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CloseDecisions.DECISION, decision.decision());
        variables.put(CloseDecisions.COMMENT, decision.comment());
        variables.put(CloseDecisions.REASON, decision.reason());
        try {
            authenticated(() -> {
                tasks.complete(taskId, variables);
                return null;
            });
        } catch (AuthorizationException denied) {
            throw notInGroups(taskId, currentUser.name());
        }
    }

    private CloseForbiddenException notInGroups(String taskId, String user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        String refusal = CloseDecisions.notInGroups(user, task.getName(), candidateGroups(tasks, taskId));
        violations.record((String) tasks.getVariable(taskId, CloseSteps.COMPANY),
                (String) tasks.getVariable(taskId, CloseSteps.PERIOD), task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), user, refusal);
        return new CloseForbiddenException(refusal);
    }

    /** the task's candidate groups, sorted */
    static List<String> candidateGroups(TaskService tasks, String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).sorted().toList();
    }

    private <T> T authenticated(Supplier<T> call) {
        String user = currentUser.name();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return call.get();
        } catch (ProcessEngineException e) {
            // a listener's refusal or a domain error arrives wrapped by the engine: answer with it
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ErrorResponseException answer) {
                    throw answer;
                }
            }
            throw e;
        } finally {
            identity.clearAuthentication();
        }
    }
}
