package org.costclose.ledger;

import java.util.List;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * A budget version's input: the period's GL budget entries of its budget model become cost transactions of
 * the version (source BUDGET), by the ledger's rules (account → category, transaction control, posting
 * control, fixed share). Runs inside the caller's transaction on a period the caller opened, and replaces the
 * version's previous budget cost transactions and rejects of the period.
 */
@Service
public class BudgetProcessingService {

    private final BudgetMapper mapper;
    private final LedgerMapper ledger;
    private final PeriodProcessing periods;

    BudgetProcessingService(BudgetMapper mapper, LedgerMapper ledger, PeriodProcessing periods) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.periods = periods;
    }

    public BudgetRun processBudget(PeriodProcessing.Opened opened, String periodId, String versionId,
                                   String budgetModel) {
        String companyId = opened.company().id();
        long runId = periods.startRun(companyId, periodId, opened,
                (run, key) -> mapper.insertRun(run, versionId, budgetModel, key));
        LedgerRules rules = LedgerRules.of(opened.setup(), ledger.findProfitAndLossAccounts(companyId),
                opened.slots(), runId);
        rules.accounts().forEach(mapper::insertRunAccount);
        rules.dimensions().forEach(mapper::insertRunDimension);
        var input = new BudgetMapper.BudgetInput(companyId, periodId, versionId, budgetModel, runId,
                opened.company().minorUnit());
        mapper.deleteCostTransactions(input);
        mapper.deleteRejects(input);
        mapper.insertRejects(input);
        mapper.insertCostTransactions(input);
        mapper.finishRun(input);
        BudgetRun run = mapper.findRun(runId);
        if (run.entriesIn() == 0) {
            throw InvalidInputException.single("Budget version without input", new InputError(null, null,
                    "budgetModel", budgetModel, "budget model " + budgetModel + " has no GL budget entries in period "
                    + periodId + " (import them as gl-budget-entries)"));
        }
        return run;
    }

    /** the latest budget run of the version in the period, or null when its input was never processed there */
    public BudgetRun latestRun(String companyId, String periodId, String versionId) {
        List<BudgetRun> runs = mapper.findRuns(companyId, periodId, versionId);
        return runs.isEmpty() ? null : runs.get(0);
    }

    public List<BudgetRun> runs(String companyId, String periodId, String versionId) {
        periods.requireCompany(companyId);
        return mapper.findRuns(companyId, periodId, versionId);
    }

    public List<LedgerReject> rejects(String companyId, String periodId, String versionId, long offset, int limit) {
        periods.requireCompany(companyId);
        return mapper.findRejects(companyId, periodId, versionId, offset, limit);
    }
}
