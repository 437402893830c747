package org.costclose.ledger;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process ledger transactions for a period: the period's GL entries on P&L accounts, in the posting
 * layers in scope, become one cost transaction per dimension their category posts into. Replaces the
 * period's previous result in one transaction, so a re-run never doubles and a failure changes nothing.
 */
@Service
public class LedgerProcessingService {

    private final LedgerMapper mapper;
    private final PeriodProcessing periods;

    LedgerProcessingService(LedgerMapper mapper, PeriodProcessing periods) {
        this.mapper = mapper;
        this.periods = periods;
    }

    @Transactional
    public LedgerRun processLedger(String companyId, String periodId) {
        long started = System.nanoTime();
        PeriodProcessing.Opened opened = periods.open(companyId, periodId);
        long runId = periods.startRun(companyId, periodId, opened, mapper::insertRun);
        LedgerRules rules = LedgerRules.of(opened.setup(), mapper.findProfitAndLossAccounts(companyId), opened.slots(), runId);
        rules.accounts().forEach(mapper::insertRunAccount);
        rules.dimensions().forEach(mapper::insertRunDimension);
        rules.layers().forEach(layer -> mapper.insertRunLayer(runId, layer));
        periods.analyze(mapper::analyzeRules);

        var period = new LedgerMapper.PeriodRun(companyId, periodId, runId, opened.company().minorUnit());
        mapper.deleteCostTransactions(period);
        mapper.deleteRejects(period);
        var run = new LedgerMapper.SummaryRun(companyId, periodId, runId, opened.company().minorUnit(), rules.slots(),
                rules.layers());
        mapper.insertSummary(run);
        periods.analyze(mapper::analyzeSummary);
        if (mapper.countRejectedRows(run) > 0) {
            mapper.insertRejects(run);
            mapper.markRejectedRows(run);
        }
        long transactions = mapper.insertCostTransactions(run);
        LedgerMapper.RunTotals totals = mapper.findTotals(run);
        mapper.deleteSummary(run);
        mapper.finishRun(runId, totals, transactions, periods.now(), (System.nanoTime() - started) / 1_000_000);
        return mapper.findRun(runId);
    }

    public List<LedgerRun> runs(String companyId, String periodId) {
        periods.requireCompany(companyId);
        return mapper.findRuns(companyId, periodId);
    }

    public LedgerRejects rejects(String companyId, String periodId, long offset, int limit) {
        periods.requireCompany(companyId);
        return new LedgerRejects(mapper.countRejectsByReason(companyId, periodId),
                mapper.findRejects(companyId, periodId, offset, limit));
    }

    /**
     * Lineage of a ledger cost transaction: the GL entries it sums, found by the rules of the period's
     * latest run (the run whose transactions stand), not by anything stored per entry.
     */
    public List<String> entriesOf(String companyId, String periodId, String categoryId, String dimensionName,
                                  String dimensionValue, long offset, int limit) {
        periods.requireCompany(companyId);
        Long runId = mapper.findLatestRunId(companyId, periodId);
        if (runId == null) {
            return List.of();
        }
        return mapper.findEntriesOf(companyId, periodId, runId, categoryId, dimensionName, dimensionValue, offset, limit);
    }

    /** the rejects of a period: counts by reason (entries and problems) and a page of them */
    public record LedgerRejects(List<LedgerMapper.ReasonCount> counts, List<LedgerReject> rejects) {
    }
}
