package org.costclose.close;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.costclose.security.Roles;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks a decision when a close task is completed, whichever way it is completed (our API, Tasklist, the engine's
 * REST API): the decision is one the task offers, a waiver has a written reason, a rejection a comment. Records
 * who decided as {@code <task>By}. A refused completion leaves the task open. On creation a task clears the
 * decision variables of the task before it, so a stale decision is never taken for a new one.
 */
@Component("closeDecisions")
class CloseDecisions implements TaskListener {

    static final String DECISION = "decision";
    static final String REASON = "reason";
    static final String COMMENT = "comment";
    static final String REVIEWED_BY = "reviewAccountChangesBy";
    static final String DECIDED_BY = "decidedBy";
    /** the users who approved a level of the current draft, comma-separated; a new draft starts it empty */
    static final String APPROVALS_BY = "approvalsBy";
    private static final String APPROVAL = "approveAllocations";
    private static final String TITLE = "The decision cannot be taken";

    /** the decisions each task offers; tasks not listed only confirm that the work is done */
    private static final Map<String, List<String>> DECISIONS = Map.of(
            "reviewAccountChanges", List.of("apply", "reject"),
            "resolveLedgerRejects", List.of("rerun", "waive"),
            "resolveProductionRejects", List.of("rerun", "waive"),
            APPROVAL, List.of("approve", "reject"),
            "approveReopening", List.of("approve", "reject"));

    /** four-eyes: who, having done this earlier (the variable naming them), may not decide the task */
    private record EarlierRole(String task, String variable, String refusal) {
    }

    private static final List<EarlierRole> EARLIER_ROLES = List.of(
            new EarlierRole(APPROVAL, "startedBy", "started the close and may not approve its allocations"),
            new EarlierRole(APPROVAL, "resolveLedgerRejectsBy",
                    "resolved its rejected entries and may not approve its allocations"),
            new EarlierRole(APPROVAL, "resolveProductionRejectsBy",
                    "resolved its rejected production rows and may not approve its allocations"),
            new EarlierRole("approveReopening", "requestedBy", "asked to reopen the period and may not approve it"));

    private final CloseViolations violations;

    CloseDecisions(CloseViolations violations) {
        this.violations = violations;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // a new task starts without the decision of the one before (history keeps that one)
            List.of(DECISION, REASON, COMMENT).forEach(task.getExecution()::removeVariable);
            return;
        }
        String key = task.getTaskDefinitionKey();
        List<String> offered = DECISIONS.get(key);
        if (offered != null) {
            Object decision = task.getVariable(DECISION);
            if (!offered.contains(decision)) {
                throw refused(DECISION, decision, "task '" + task.getName() + "' takes one of " + offered);
            }
            if ("waive".equals(decision)) {
                requireText(task, REASON, "waiving rejected entries needs a written reason");
            }
            if ("reject".equals(decision)) {
                requireText(task, COMMENT, "a rejection needs a comment saying what to fix");
            }
        }
        String actor = actor(task);
        String refusal = refusal(task, actor);
        if (refusal != null) {
            violations.record((String) task.getVariable(CloseSteps.COMPANY), (String) task.getVariable(CloseSteps.PERIOD),
                    task.getProcessInstanceId(), key, actor, refusal);
            throw new CloseForbiddenException(refusal);
        }
        if (APPROVAL.equals(key) && "approve".equals(task.getVariable(DECISION))) {
            List<String> approvers = new java.util.ArrayList<>(approvers(task));
            approvers.add(actor);
            task.setVariable(APPROVALS_BY, String.join(",", approvers));
        }
        task.setVariable(key + "By", actor);
        // the same, local to the task, so the history ties the decision to this task (the audit trail reads it)
        task.setVariableLocal(DECIDED_BY, actor);
        for (String name : List.of(DECISION, COMMENT, REASON)) {
            if (task.getVariable(name) != null) {
                task.setVariableLocal(name, task.getVariable(name));
            }
        }
    }

    /**
     * Why the user may not complete the task, or null: not in one of its candidate groups, a waiver by someone who
     * is not an approver, or an approval by someone who started the close or resolved its rejects (four-eyes).
     */
    private static String refusal(DelegateTask task, String actor) {
        List<String> groups = task.getProcessEngineServices().getIdentityService().createGroupQuery()
                .groupMember(actor).list().stream().map(Group::getId).toList();
        List<String> candidates = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null).sorted().toList();
        if (!candidates.isEmpty() && groups.stream().noneMatch(candidates::contains)) {
            return notInGroups(actor, task.getName(), candidates);
        }
        if ("waive".equals(task.getVariable(DECISION)) && !groups.contains(Roles.APPROVERS)) {
            return "only an approver waives rejected entries; " + actor + " is not one";
        }
        for (EarlierRole earlier : EARLIER_ROLES) {
            if (earlier.task().equals(task.getTaskDefinitionKey()) && actor.equals(task.getVariable(earlier.variable()))) {
                return "four-eyes: " + actor + " " + earlier.refusal();
            }
        }
        if (APPROVAL.equals(task.getTaskDefinitionKey()) && approvers(task).contains(actor)) {
            return "four-eyes: " + actor + " approved an earlier level of these allocations";
        }
        return null;
    }

    static String notInGroups(String actor, String taskName, List<String> candidates) {
        return "user " + actor + " is not in the groups of task '" + taskName + "' " + candidates;
    }

    /** who approved a level of the current draft */
    private static List<String> approvers(DelegateTask task) {
        Object approvals = task.getVariable(APPROVALS_BY);
        return approvals == null || approvals.toString().isEmpty() ? List.of()
                : List.of(approvals.toString().split(","));
    }

    private static void requireText(DelegateTask task, String name, String reason) {
        Object text = task.getVariable(name);
        if (!(text instanceof String value) || value.isBlank()) {
            throw refused(name, text, reason);
        }
    }

    /** the authenticated user completing the task, else its assignee */
    private static String actor(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() == null ? "unknown" : task.getAssignee();
    }

    private static InvalidInputException refused(String field, Object value, String reason) {
        return InvalidInputException.single(TITLE, new InputError(null, null, field,
                value == null ? null : String.valueOf(value), reason));
    }
}
