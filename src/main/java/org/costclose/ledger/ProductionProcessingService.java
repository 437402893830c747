package org.costclose.ledger;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process production and project transactions for a period: route hours, reported-as-finished
 * output, project hours and manual service transactions become service quantities (+ on the receiver,
 * − on the sender). Same rules as the ledger: replaces the period's result in one transaction, keeps
 * what it cannot process as rejects with reasons, refuses a locked period.
 */
@Service
public class ProductionProcessingService {

    private final ProductionMapper mapper;
    private final PeriodProcessing periods;

    ProductionProcessingService(ProductionMapper mapper, PeriodProcessing periods) {
        this.mapper = mapper;
        this.periods = periods;
    }

    @Transactional
    public ProductionRun processProduction(String companyId, String periodId) {
        long started = System.nanoTime();
        PeriodProcessing.Opened opened = periods.open(companyId, periodId);
        long runId = periods.startRun(companyId, periodId, opened, mapper::insertRun);
        ProductionRules.of(opened.setup(), opened.slots(), runId).forEach(mapper::insertRule);
        periods.analyze(mapper::analyzeRules);

        var run = new LedgerMapper.PeriodRun(companyId, periodId, runId, opened.company().minorUnit());
        mapper.deleteCostTransactions(run);
        mapper.deleteRejects(run);
        mapper.insertRouteRejects(run);
        mapper.insertRouteLines(run);
        mapper.insertFinishedRejects(run);
        mapper.insertFinishedLines(run);
        mapper.insertProjectRejects(run);
        mapper.insertProjectLines(run);
        mapper.insertServiceRejects(run);
        mapper.insertServiceLines(run);
        periods.analyze(mapper::analyzeLines);
        mapper.insertValueRejects(run);
        long transactions = mapper.insertCostTransactions(run);
        mapper.deleteLines(run);
        mapper.finishRun(runId, mapper.countRowsIn(run), mapper.countRejectedRows(run), transactions, periods.now(),
                (System.nanoTime() - started) / 1_000_000);
        return mapper.findRun(runId);
    }

    public List<ProductionRun> runs(String companyId, String periodId) {
        periods.requireCompany(companyId);
        return mapper.findRuns(companyId, periodId);
    }

    public List<ProductionReject> rejects(String companyId, String periodId, long offset, int limit) {
        periods.requireCompany(companyId);
        return mapper.findRejects(companyId, periodId, offset, limit);
    }
}
