package org.costclose.close;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Service;

/**
 * The audit trail of a close, replayed from the engine's full history: every step in order with its start, end,
 * outcome, the user, and for tasks the decision, comment and waiver reason with which they were completed; the
 * incidents (failed attempts) of each step as steps of their own.
 */
@Service
public class CloseAudit {

    /** the activities an auditor follows: tasks and events, not gateways */
    private static final Set<String> STEPS = Set.of("serviceTask", "userTask", "businessRuleTask", "startEvent",
            "noneEndEvent");
    private static final Set<String> FINGERPRINTS = Set.of(CloseSteps.DRAFT_FINGERPRINT, "postedFingerprint",
            "signOffVoidBecause");
    private static final Set<String> DECIDED = Set.of(CloseDecisions.DECISION, CloseDecisions.COMMENT,
            CloseDecisions.REASON, CloseDecisions.DECIDED_BY);

    private final HistoryService history;
    private final CloseService closes;
    private final CloseEventMapper events;

    CloseAudit(HistoryService history, CloseService closes, CloseEventMapper events) {
        this.history = history;
        this.closes = closes;
        this.events = events;
    }

    public List<AuditEntry> trail(String companyId, String periodId) {
        HistoricProcessInstance close = closes.latest(companyId, periodId);
        List<HistoricVariableUpdate> updates = history.createHistoricDetailQuery().processInstanceId(close.getId())
                .variableUpdates().orderByTime().asc().list().stream().map(HistoricVariableUpdate.class::cast).toList();
        Map<String, Map<String, Object>> decisions = decisionsByTask(updates);
        Map<String, HistoricTaskInstance> tasks = new HashMap<>();
        history.createHistoricTaskInstanceQuery().processInstanceId(close.getId()).list()
                .forEach(task -> tasks.put(task.getActivityInstanceId(), task));
        List<AuditEntry> entries = new ArrayList<>();
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                .processInstanceId(close.getId()).orderPartiallyByOccurrence().asc().list()) {
            if (!STEPS.contains(step.getActivityType())) {
                continue;
            }
            HistoricTaskInstance task = tasks.get(step.getId());
            Map<String, Object> decided = task == null ? Map.of() : decisions.getOrDefault(task.getId(), Map.of());
            String user = task != null ? (String) decided.getOrDefault(CloseDecisions.DECIDED_BY, task.getAssignee())
                    : "startEvent".equals(step.getActivityType()) ? close.getStartUserId() : null;
            // a task's own name is resolved (e.g. the approval level), the activity's is the expression
            String name = task != null ? task.getName() : step.getActivityName();
            String decision = "businessRuleTask".equals(step.getActivityType()) ? chosenLevels(step, updates)
                    : (String) decided.get(CloseDecisions.DECISION);
            entries.add(new AuditEntry(step.getActivityId(), name, step.getActivityType(),
                    instant(step.getStartTime()), instant(step.getEndTime()), outcome(step), user, decision,
                    (String) decided.get(CloseDecisions.COMMENT), (String) decided.get(CloseDecisions.REASON),
                    "waive".equals(decision) ? waived(step, updates) : null, fingerprint(step, updates)));
        }
        for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(close.getId()).list()) {
            entries.add(new AuditEntry(incident.getActivityId(), "Incident", "incident",
                    instant(incident.getCreateTime()), instant(incident.getEndTime()),
                    incident.isResolved() ? "resolved" : incident.isDeleted() ? "deleted" : "open", null, null,
                    incident.getIncidentMessage(), null, null, null));
        }
        for (var refused : events.findByProcessInstance(close.getId())) {
            entries.add(new AuditEntry(refused.taskKey(), "Refused attempt", "refused", refused.occurredAt(),
                    refused.occurredAt(), "refused", refused.userId(), null, refused.detail(), null, null, null));
        }
        entries.sort(Comparator.comparing(AuditEntry::start));
        return entries;
    }

    /** how many rejects a waiver let through: the step's count (ledger or production) when it was decided */
    private static Long waived(HistoricActivityInstance step, List<HistoricVariableUpdate> updates) {
        String counted = step.getActivityId().contains("Ledger") ? "ledgerRejected" : "productionRejected";
        Object count = null;
        for (HistoricVariableUpdate update : updates) {
            if (update.getVariableName().equals(counted) && !update.getTime().after(step.getEndTime())) {
                count = update.getValue();
            }
        }
        return count instanceof Number number ? number.longValue() : null;
    }

    /** the approval levels the decision chose, on which amount: e.g. "Controller, CFO for 5,000.00 moved" */
    private static String chosenLevels(HistoricActivityInstance step, List<HistoricVariableUpdate> updates) {
        Object levels = null;
        Object amount = null;
        for (HistoricVariableUpdate update : updates) {
            if (step.getId().equals(update.getActivityInstanceId()) && "approvalLevelsChosen".equals(update.getVariableName())) {
                levels = update.getValue();
            } else if ("amountMoved".equals(update.getVariableName()) && !update.getTime().after(step.getStartTime())) {
                amount = update.getValue();
            }
        }
        return amount == null ? (String) levels : String.format(java.util.Locale.ROOT, "%s for %,.2f moved", levels, amount);
    }

    /** the inputs' fingerprint a draft was made on, or that a posting checked (what changed, when it was void) */
    private static String fingerprint(HistoricActivityInstance step, List<HistoricVariableUpdate> updates) {
        String print = null;
        for (HistoricVariableUpdate update : updates) {
            if (step.getId().equals(update.getActivityInstanceId()) && FINGERPRINTS.contains(update.getVariableName())) {
                print = "signOffVoidBecause".equals(update.getVariableName()) ? "void, changed: " + update.getValue()
                        : (String) update.getValue();
            }
        }
        return print;
    }

    private static String outcome(HistoricActivityInstance step) {
        if (step.getEndTime() == null) {
            return "running";
        }
        return step.isCanceled() ? "canceled" : "completed";
    }

    /** per task: the decision variables set when it was completed, and who completed it */
    private static Map<String, Map<String, Object>> decisionsByTask(List<HistoricVariableUpdate> updates) {
        Map<String, Map<String, Object>> byTask = new HashMap<>();
        for (HistoricVariableUpdate update : updates) {
            String name = update.getVariableName();
            if (update.getTaskId() != null && DECIDED.contains(name) && update.getValue() != null) {
                byTask.computeIfAbsent(update.getTaskId(), key -> new HashMap<>()).put(name, update.getValue());
            }
        }
        return byTask;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** one step of a close as an auditor reads it */
    public record AuditEntry(String activityId, String name, String type, Instant start, Instant end, String outcome,
            String user, String decision, String comment, String reason, Long waivedRejects, String fingerprint) {

        static final List<String> HEADER = List.of("activity_id", "name", "type", "start", "end", "outcome", "user",
                "decision", "comment", "reason", "waived_rejects", "fingerprint");

        List<Object> cells() {
            return java.util.Arrays.asList(activityId, name, type, start, end, outcome, user, decision, comment, reason,
                    waivedRejects, fingerprint);
        }
    }
}
