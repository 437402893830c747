package org.costclose.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.costclose.setup.CompanySummary;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CompanySetup;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.DatabaseKind;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What every processing run of a period starts with, inside its transaction: the company, the period
 * locked against concurrent runs and refused when closed, the active setup with its hash, and the
 * dimension slots of the entry tables.
 */
@Component
public class PeriodProcessing {

    private static final String LOCKED = "CLOSED";

    private final LedgerMapper mapper;
    private final SetupService setup;
    private final DatabaseKind database;
    private final CurrentUser currentUser;
    private final Clock clock;

    PeriodProcessing(LedgerMapper mapper, SetupService setup, DatabaseKind database, CurrentUser currentUser, Clock clock) {
        this.mapper = mapper;
        this.setup = setup;
        this.database = database;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** records a new run of the opened period (who, when, on which setup) with the given insert; returns its id */
    long startRun(String companyId, String periodId, Opened opened, BiConsumer<LedgerMapper.NewRun, LedgerMapper.RunKey> insert) {
        var key = new LedgerMapper.RunKey();
        insert.accept(new LedgerMapper.NewRun(companyId, periodId, opened.company().activeSetupId(), opened.setupHash(),
                currentUser.name(), clock.instant()), key);
        return key.getRunId();
    }

    public Instant now() {
        return clock.instant();
    }

    /** runs a PostgreSQL ANALYZE of the tables a run just filled; other databases plan without it */
    public void analyze(Runnable analyze) {
        if (database.isPostgres()) {
            analyze.run();
        }
    }

    public record Opened(CompanySummary company, CompanySetup setup, String setupHash, Map<String, Integer> slots) {
    }

    public Opened open(String companyId, String periodId) {
        CompanySummary company = requireCompany(companyId);
        String state = mapper.lockPeriod(companyId, periodId);
        if (state == null) {
            throw new NotFoundException("company " + companyId + " has no period " + periodId);
        }
        if (LOCKED.equals(state)) {
            throw new PeriodLockedException(companyId, periodId);
        }
        String hash = setup.activeHash(companyId).orElseThrow();
        Map<String, Integer> slots = mapper.findDimensionSlots(companyId).stream()
                .collect(Collectors.toMap(LedgerMapper.DimensionSlot::dimensionName, LedgerMapper.DimensionSlot::slot));
        return new Opened(company, setup.activeSetup(companyId).orElseThrow(), hash, slots);
    }

    public CompanySummary requireCompany(String companyId) {
        return setup.company(companyId).orElseThrow(() -> new NotFoundException("unknown company '" + companyId + "'"));
    }
}
