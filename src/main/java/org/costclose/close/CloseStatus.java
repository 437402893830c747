package org.costclose.close;

import java.time.Instant;
import java.util.List;

/**
 * Where a close stands: its process instance and state (ACTIVE, COMPLETED, …), who started it and when, the
 * activities it waits in, its open tasks with the groups that may take them, and its incidents (failed steps).
 */
public record CloseStatus(String processInstanceId, String businessKey, String state, String startedBy,
        Instant startedAt, Instant endedAt, List<String> activities, List<OpenTask> tasks, List<Incident> incidents) {

    /** an open task; {@code overdue} when its due date (from the close calendar) has passed */
    public record OpenTask(String id, String key, String name, List<String> candidateGroups, String assignee,
            Instant created, Instant due, boolean overdue) {
    }

    public record Incident(String activityId, String message, Instant at) {
    }
}
