package org.costclose.setup.model;

import java.util.List;

/**
 * When a task of the close is due: on the given working day after the period's last day (Monday to Friday, except
 * the company's {@code closeHolidays}).
 */
public record CloseDeadline(String task, int workingDay) {

    /** the close's tasks a deadline may name (the user tasks of processes/close-period.bpmn) */
    public static final List<String> TASKS = List.of("reviewAccountChanges", "fixAccounts", "resolveLedgerRejects",
            "resolveProductionRejects", "approveAllocations", "reworkAllocations");

    public CloseDeadline {
        Require.text(task, "task");
        if (workingDay < 1 || workingDay > 23) {
            throw new IllegalArgumentException("a working day lies between 1 and 23");
        }
    }
}
