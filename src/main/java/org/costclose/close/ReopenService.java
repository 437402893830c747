package org.costclose.close;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reopening a locked period: its own process ({@code reopen-period}), asked for with a reason, approved by an
 * approver other than the one who asked, recorded in the engine's history; once approved the period is open and
 * a new close can run.
 */
@Service
public class ReopenService {

    static final String PROCESS = "reopen-period";
    private static final String TITLE = "The period cannot be reopened";
    /** the reason for reopening (not the tasks' decision variable "reason", which each task clears) */
    static final String REASON = "reopenReason";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ClosePeriods periods;
    private final ActingUser actingUser;

    ReopenService(RuntimeService runtime, TaskService tasks, HistoryService history, ClosePeriods periods,
            ActingUser actingUser) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.periods = periods;
        this.actingUser = actingUser;
    }

    @Transactional
    public Reopening request(String companyId, String periodId, String reason) {
        String state = periods.lockState(companyId, periodId);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.single(TITLE, new InputError(null, null, "reason", reason,
                    "reopening a locked period needs a written reason"));
        }
        if (!ClosePeriods.LOCKED.equals(state)) {
            throw CloseConflictException.notLocked(companyId, periodId, state);
        }
        String key = CloseService.businessKey(companyId, periodId);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(key)
                .count() > 0) {
            throw CloseConflictException.reopeningPending(key);
        }
        String id = actingUser.call(() -> runtime.startProcessInstanceByKey(PROCESS, key,
                Map.of(CloseSteps.COMPANY, companyId, CloseSteps.PERIOD, periodId, REASON, reason))).getId();
        return reopening(id);
    }

    /** the period's reopenings, newest first: who asked, why, who decided, and how it ended */
    public List<Reopening> reopenings(String companyId, String periodId) {
        periods.state(companyId, periodId);
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(CloseService.businessKey(companyId, periodId)).list().stream()
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).reversed())
                .map(this::reopening).toList();
    }

    @Transactional
    public Reopening decide(String companyId, String periodId, String taskId, CloseService.Decision decision) {
        Task task = tasks.createTaskQuery().processDefinitionKey(PROCESS).taskId(taskId)
                .processInstanceBusinessKey(CloseService.businessKey(companyId, periodId)).singleResult();
        if (task == null) {
            throw new NotFoundException("no open reopening task " + taskId + " for period " + periodId);
        }
        actingUser.complete(taskId, decision);
        return reopening(task.getProcessInstanceId());
    }

    private Reopening reopening(String processInstanceId) {
        return reopening(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult());
    }

    private Reopening reopening(HistoricProcessInstance instance) {
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            variables.put(variable.getName(), variable.getValue());
        }
        List<String> open = tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .map(Task::getId).toList();
        return new Reopening(instance.getId(), instance.getState(), instance.getStartUserId(),
                instance.getStartTime().toInstant(), (String) variables.get(REASON),
                (String) variables.get("approveReopeningBy"), (String) variables.get(CloseDecisions.DECISION),
                (String) variables.get(CloseDecisions.COMMENT),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant(), open);
    }

    /** a reopening as finance and auditors read it; {@code openTasks} holds the approval task while it waits */
    public record Reopening(String processInstanceId, String state, String requestedBy, java.time.Instant requestedAt,
            String reason, String decidedBy, String decision, String comment, java.time.Instant endedAt,
            List<String> openTasks) {
    }
}
