package org.costclose.close;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guided close of a company's period: one process instance of {@code close-period} per company and period
 * (business key {@code company:period}), started on an open period, its tasks completed with a decision.
 */
@Service
public class CloseService {

    static final String PROCESS = "close-period";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ClosePeriods periods;
    private final ActingUser actingUser;
    private final Clock clock;

    CloseService(RuntimeService runtime, TaskService tasks, HistoryService history, ClosePeriods periods,
            ActingUser actingUser, Clock clock) {
        this.clock = clock;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.periods = periods;
        this.actingUser = actingUser;
    }

    static String businessKey(String companyId, String periodId) {
        return companyId + ":" + periodId;
    }

    /** starts the close; refused when the period is not open or a close of it is running */
    @Transactional
    public CloseStatus start(String companyId, String periodId) {
        String state = periods.lockState(companyId, periodId);
        String key = businessKey(companyId, periodId);
        ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(key).singleResult();
        if (running != null) {
            throw CloseConflictException.alreadyStarted(key, running.getId(), false);
        }
        if (!ClosePeriods.OPEN.equals(state)) {
            throw CloseConflictException.periodNotOpen(companyId, periodId, state);
        }
        actingUser.call(() -> runtime.startProcessInstanceByKey(PROCESS, key,
                Map.of(CloseSteps.COMPANY, companyId, CloseSteps.PERIOD, periodId)));
        return status(companyId, periodId);
    }

    /** the latest close of the period: its state, where it stands, its open tasks and incidents */
    public CloseStatus status(String companyId, String periodId) {
        HistoricProcessInstance close = latest(companyId, periodId);
        List<CloseStatus.OpenTask> open = tasks.createTaskQuery().processInstanceId(close.getId())
                .initializeFormKeys().orderByTaskCreateTime().asc().list().stream().map(this::openTask).toList();
        List<CloseStatus.Incident> incidents = runtime.createIncidentQuery().processInstanceId(close.getId()).list()
                .stream().map(incident -> new CloseStatus.Incident(incident.getActivityId(),
                        incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant())).toList();
        List<String> activities = close.getEndTime() != null ? List.of()
                : runtime.getActiveActivityIds(close.getId());
        return new CloseStatus(close.getId(), close.getBusinessKey(), close.getState(), close.getStartUserId(),
                close.getStartTime().toInstant(), close.getEndTime() == null ? null : close.getEndTime().toInstant(),
                activities, open, incidents);
    }

    /**
     * Completes a task of the close as the current user, with its decision, comment and reason; a decision the
     * task does not take is refused and the task stays open.
     */
    @Transactional
    public CloseStatus complete(String companyId, String periodId, String taskId, Decision decision) {
        HistoricProcessInstance close = latest(companyId, periodId);
        Task task = tasks.createTaskQuery().processInstanceId(close.getId()).taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("the close " + close.getBusinessKey() + " has no open task " + taskId);
        }
        actingUser.complete(taskId, decision);
        return status(companyId, periodId);
    }

    HistoricProcessInstance latest(String companyId, String periodId) {
        periods.state(companyId, periodId);
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(companyId, periodId)).list().stream()
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .orElseThrow(() -> new NotFoundException("period " + periodId + " of company " + companyId
                        + " has no close yet"));
    }

    private CloseStatus.OpenTask openTask(Task task) {
        List<String> groups = ActingUser.candidateGroups(tasks, task.getId());
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new CloseStatus.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), groups,
                task.getAssignee(), task.getCreateTime().toInstant(), due, due != null && due.isBefore(clock.instant()));
    }

    /** a decision on a close task: the choice, a comment (needed to reject), a reason (needed to waive) */
    public record Decision(String decision, String comment, String reason) {
    }
}
