package org.costclose.close;

import java.util.List;

/**
 * Renders and stores the final statements of a close, the dimension statements and the reports an auditor replays
 * it by (the statements feature implements it; the close only asks).
 * Idempotent per close: a retried step replaces the close's own set, never adds a second one.
 */
public interface FinalStatements {

    /** stores the statements and reports of each version of the period; returns how many files were stored */
    int store(String companyId, String periodId, List<String> versions, String processInstanceId, String businessKey);
}
