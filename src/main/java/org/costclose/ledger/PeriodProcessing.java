package org.costclose.ledger;

import java.util.Map;
import java.util.stream.Collectors;
import org.costclose.setup.CompanySummary;
import org.costclose.setup.SetupService;
import org.costclose.setup.SetupVersionSummary;
import org.costclose.setup.model.CompanySetup;
import org.costclose.shared.DatabaseKind;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What every processing run of a period starts with, inside its transaction: the company, the period
 * locked against concurrent runs and refused when closed, the active setup with its hash, and the
 * dimension slots of the entry tables.
 */
@Component
class PeriodProcessing {

    private static final String LOCKED = "CLOSED";

    private final LedgerMapper mapper;
    private final SetupService setup;
    private final DatabaseKind database;

    PeriodProcessing(LedgerMapper mapper, SetupService setup, DatabaseKind database) {
        this.mapper = mapper;
        this.setup = setup;
        this.database = database;
    }

    /** runs a PostgreSQL ANALYZE of the tables a run just filled; other databases plan without it */
    void analyze(Runnable analyze) {
        if (database.isPostgres()) {
            analyze.run();
        }
    }

    record Opened(CompanySummary company, CompanySetup setup, String setupHash, Map<String, Integer> slots) {
    }

    Opened open(String companyId, String periodId) {
        CompanySummary company = requireCompany(companyId);
        String state = mapper.lockPeriod(companyId, periodId);
        if (state == null) {
            throw new NotFoundException("company " + companyId + " has no period " + periodId);
        }
        if (LOCKED.equals(state)) {
            throw new PeriodLockedException(companyId, periodId);
        }
        String hash = setup.history(companyId).stream().filter(version -> version.setupId() == company.activeSetupId())
                .map(SetupVersionSummary::contentHash).findFirst().orElseThrow();
        Map<String, Integer> slots = mapper.findDimensionSlots(companyId).stream()
                .collect(Collectors.toMap(LedgerMapper.DimensionSlot::dimensionName, LedgerMapper.DimensionSlot::slot));
        return new Opened(company, setup.activeSetup(companyId).orElseThrow(), hash, slots);
    }

    CompanySummary requireCompany(String companyId) {
        return setup.company(companyId).orElseThrow(() -> new NotFoundException("unknown company '" + companyId + "'"));
    }
}
