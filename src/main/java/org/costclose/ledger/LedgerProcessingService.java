package org.costclose.ledger;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.costclose.setup.CompanySummary;
import org.costclose.setup.SetupService;
import org.costclose.setup.SetupVersionSummary;
import org.costclose.setup.model.CompanySetup;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process ledger transactions for a period: the period's GL entries on P&L accounts, in the posting
 * layers in scope, become one cost transaction per dimension their category posts into. Replaces the
 * period's previous result in one transaction, so a re-run never doubles and a failure changes nothing.
 */
@Service
public class LedgerProcessingService {

    private static final String LOCKED = "CLOSED";

    private final LedgerMapper mapper;
    private final SetupService setup;
    private final CurrentUser currentUser;
    private final Clock clock;

    LedgerProcessingService(LedgerMapper mapper, SetupService setup, CurrentUser currentUser, Clock clock) {
        this.mapper = mapper;
        this.setup = setup;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public LedgerRun processLedger(String companyId, String periodId) {
        long started = System.nanoTime();
        CompanySummary company = requireCompany(companyId);
        String state = mapper.lockPeriod(companyId, periodId);
        if (state == null) {
            throw new NotFoundException("company " + companyId + " has no period " + periodId);
        }
        if (LOCKED.equals(state)) {
            throw new PeriodLockedException(companyId, periodId);
        }
        CompanySetup active = setup.activeSetup(companyId).orElseThrow();
        var key = new LedgerMapper.RunKey();
        mapper.insertRun(new LedgerMapper.NewRun(companyId, periodId, company.activeSetupId(),
                activeHash(companyId, company.activeSetupId()), currentUser.name(), clock.instant()), key);
        long runId = key.getRunId();
        storeRules(active, companyId, runId);

        var run = new LedgerMapper.PeriodRun(companyId, periodId, runId, company.minorUnit());
        mapper.deleteCostTransactions(run);
        mapper.deleteRejects(run);
        mapper.insertCategoryRejects(run);
        mapper.insertDimensionRejects(run);
        long transactions = mapper.insertCostTransactions(run);
        mapper.finishRun(runId, mapper.findTotals(run), transactions, clock.instant(),
                (System.nanoTime() - started) / 1_000_000);
        return mapper.findRun(runId);
    }

    public List<LedgerRun> runs(String companyId, String periodId) {
        requireCompany(companyId);
        return mapper.findRuns(companyId, periodId);
    }

    public LedgerRejects rejects(String companyId, String periodId, long offset, int limit) {
        requireCompany(companyId);
        return new LedgerRejects(mapper.countRejectsByReason(companyId, periodId),
                mapper.findRejects(companyId, periodId, offset, limit));
    }

    private void storeRules(CompanySetup active, String companyId, long runId) {
        Map<String, Integer> slots = mapper.findDimensionSlots(companyId).stream()
                .collect(Collectors.toMap(LedgerMapper.DimensionSlot::dimensionName, LedgerMapper.DimensionSlot::slot));
        LedgerRules rules = LedgerRules.of(active, mapper.findProfitAndLossAccounts(companyId), slots, runId);
        rules.accounts().forEach(mapper::insertRunAccount);
        rules.dimensions().forEach(mapper::insertRunDimension);
        rules.layers().forEach(layer -> mapper.insertRunLayer(runId, layer));
    }

    private CompanySummary requireCompany(String companyId) {
        return setup.company(companyId).orElseThrow(() -> new NotFoundException("unknown company '" + companyId + "'"));
    }

    private String activeHash(String companyId, long setupId) {
        return setup.history(companyId).stream().filter(version -> version.setupId() == setupId)
                .map(SetupVersionSummary::contentHash).findFirst().orElseThrow();
    }

    /** the rejects of a period: counts by reason (entries and problems) and a page of them */
    public record LedgerRejects(List<LedgerMapper.ReasonCount> counts, List<LedgerReject> rejects) {
    }
}
