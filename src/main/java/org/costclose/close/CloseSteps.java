package org.costclose.close;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.costclose.calculation.CalculationRun;
import org.costclose.calculation.CalculationService;
import org.costclose.calculation.CostRateService;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.reconciliation.ReconciliationService;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.VersionKind;
import org.costclose.shared.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the close ({@code processes/close-period.bpmn}): each a thin delegate that reads the close's
 * company and period, calls one domain service and leaves what the next gateway or task needs as variables.
 * Each domain service is idempotent and runs in the job's transaction, so a retried step never doubles data.
 */
@Configuration(proxyBeanMethods = false)
class CloseSteps {

    static final String COMPANY = "companyId";
    static final String PERIOD = "periodId";
    static final String CALCULATION_RUNS = "calculationRunIds";
    static final String DRAFT_FINGERPRINT = "draftFingerprint";

    @Bean
    JavaDelegate checkPeriodStep(ClosePeriods periods) {
        return execution -> periods.requireReady(company(execution), period(execution));
    }

    @Bean
    JavaDelegate reconcileAccountsStep(ReconciliationService reconciliation) {
        return execution -> {
            var proposal = reconciliation.run(company(execution));
            execution.setVariable("reconciliationRunId", proposal.runId());
            execution.setVariable("reconciliationChanges", proposal.changeCount());
        };
    }

    /** applies the proposal the reviewer decided to apply, as the reviewer */
    @Bean
    JavaDelegate applyAccountChangesStep(ReconciliationService reconciliation, CurrentUser user) {
        return execution -> user.actingFor((String) execution.getVariable(CloseDecisions.REVIEWED_BY),
                () -> reconciliation.apply(company(execution), (Long) execution.getVariable("reconciliationRunId")));
    }

    @Bean
    JavaDelegate processLedgerStep(LedgerProcessingService ledger) {
        return execution -> {
            var run = ledger.processLedger(company(execution), period(execution));
            execution.setVariable("ledgerRunId", run.runId());
            execution.setVariable("ledgerRejected", run.entriesRejected());
        };
    }

    @Bean
    JavaDelegate processProductionStep(ProductionProcessingService production) {
        return execution -> {
            var run = production.processProduction(company(execution), period(execution));
            execution.setVariable("productionRunId", run.runId());
            execution.setVariable("productionRejected", run.rowsRejected());
        };
    }

    /**
     * calculates every actual version of the company's setup for the period, and each budget version that runs in
     * the period and whose budget model has entries for it (a month without a budget is no error)
     */
    @Bean
    JavaDelegate calculateStep(CalculationService calculations, SetupService setups, ClosePeriods periods) {
        return execution -> {
            List<String> runs = new ArrayList<>();
            List<String> budgets = new ArrayList<>();
            for (CalculationVersion version : setups.activeSetup(company(execution)).orElseThrow().calculationVersions()) {
                boolean budget = version.kind() == VersionKind.BUDGET && version.runsIn(period(execution))
                        && periods.hasBudget(company(execution), version.budgetModel(), period(execution));
                if (version.kind() == VersionKind.ACTUAL || budget) {
                    CalculationRun run = calculations.calculate(company(execution), period(execution), version.id());
                    (budget ? budgets : runs).add(String.valueOf(run.runId()));
                }
            }
            execution.setVariable(CALCULATION_RUNS, String.join(",", runs));
            execution.setVariable("budgetCalculationRunIds", String.join(",", budgets));
        };
    }

    /**
     * Until statements are rendered: the header of each calculation run (conservation check, amount moved), as
     * JSON; the full summary is the run's (GET /api/companies/{company}/calculation-runs/{id}).
     */
    @Bean
    JavaDelegate draftStatementsStep(CalculationService calculations, ObjectMapper json, CloseFingerprint fingerprint) {
        return execution -> {
            List<CalculationRun> runs = calculationRuns(execution, calculations);
            execution.setVariable("draftSummary", json.writeValueAsString(runs));
            execution.setVariable("draftSummaryText", summaryText(runs));
            // the input of the approval levels' decision; a double only for comparing with its thresholds
            execution.setVariable("amountMoved", runs.stream().map(CalculationRun::amountMoved)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).doubleValue());
            execution.setVariable(DRAFT_FINGERPRINT, fingerprint.take(company(execution), period(execution)));
            // a new draft is approved afresh, level by level
            execution.setVariable(CloseDecisions.APPROVALS_BY, "");
        };
    }

    /**
     * The result becomes final: each actual version's cost rates become the next period's planned rates. First
     * the sign-off is checked: if the setup, the period's data or the result changed since the draft the approvers
     * saw, the approval is void and the close goes back to calculation (error event {@code signOffVoid}).
     */
    @Bean
    JavaDelegate postStep(CostRateService costRates, SetupService setups, CloseFingerprint fingerprint) {
        return execution -> {
            String approved = (String) execution.getVariable(DRAFT_FINGERPRINT);
            String now = fingerprint.take(company(execution), period(execution));
            if (!now.equals(approved)) {
                List<String> changed = CloseFingerprint.changed(approved, now);
                execution.setVariable("signOffVoidBecause", String.join(", ", changed));
                throw new BpmnError("signOffVoid", "the approval is void: " + changed + " changed since the draft");
            }
            execution.setVariable("postedFingerprint", now);
            List<String> adopted = new ArrayList<>();
            for (CalculationVersion version : setups.activeSetup(company(execution)).orElseThrow().calculationVersions()) {
                if (version.kind() == VersionKind.ACTUAL) {
                    costRates.adoptIfRated(company(execution), period(execution), version.id())
                            .ifPresent(adoption -> adopted.add(version.id() + " → " + adoption.toPeriod()));
                }
            }
            execution.setVariable("ratesAdopted", String.join(", ", adopted));
        };
    }

    /**
     * The final statements of each calculated version (actual and budget), rendered in every format and stored
     * with their SHA-256 under this close, so they are served unchanged later.
     */
    @Bean
    JavaDelegate finalStatementsStep(CalculationService calculations, ObjectMapper json, FinalStatements statements) {
        return execution -> {
            List<CalculationRun> runs = calculationRuns(execution, calculations);
            execution.setVariable("finalSummary", json.writeValueAsString(runs));
            List<String> versions = new ArrayList<>(runs.stream().map(CalculationRun::versionId).toList());
            String budgets = (String) execution.getVariable("budgetCalculationRunIds");
            for (String runId : budgets == null || budgets.isEmpty() ? new String[0] : budgets.split(",")) {
                versions.add(calculations.run(company(execution), Long.parseLong(runId)).versionId());
            }
            execution.setVariable("finalStatements", statements.store(company(execution), period(execution),
                    versions.stream().distinct().toList(), execution.getProcessInstanceId(),
                    execution.getProcessBusinessKey()));
        };
    }

    /** the reopening process's step, once an approver approved it */
    @Bean
    JavaDelegate unlockPeriodStep(ClosePeriods periods) {
        return execution -> periods.unlock(company(execution), period(execution));
    }

    @Bean
    JavaDelegate lockPeriodStep(ClosePeriods periods) {
        return execution -> periods.lock(company(execution), period(execution));
    }

    /** the runs the calculation step made, read back */
    private static List<CalculationRun> calculationRuns(DelegateExecution execution, CalculationService calculations) {
        String runs = (String) execution.getVariable(CALCULATION_RUNS);
        List<CalculationRun> read = new ArrayList<>();
        for (String runId : runs.isEmpty() ? new String[0] : runs.split(",")) {
            read.add(calculations.run(company(execution), Long.parseLong(runId)));
        }
        return read;
    }

    /** the runs as a line an approver reads in Tasklist, e.g. "ACTUAL run 12: moved 985,999.00 …, sums to 0" */
    private static String summaryText(List<CalculationRun> runs) {
        List<String> lines = new ArrayList<>();
        for (CalculationRun run : runs) {
            lines.add(String.format(java.util.Locale.ROOT, "%s run %d: moved %,.2f in %d transactions, sums to %s%s",
                    run.versionId(), run.runId(), run.amountMoved(), run.transactionsOut(),
                    run.amountSum().stripTrailingZeros().toPlainString(),
                    run.conserves() ? " (conserves)" : " (DOES NOT CONSERVE)"));
        }
        return lines.isEmpty() ? "no actual version to calculate" : String.join("; ", lines);
    }

    static String company(DelegateExecution execution) {
        return (String) execution.getVariable(COMPANY);
    }

    static String period(DelegateExecution execution) {
        return (String) execution.getVariable(PERIOD);
    }
}
