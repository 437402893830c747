package org.costclose.balances;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** From a balance cell to its cost transactions, and from those to the GL entries they came from. */
@Service
class DrillDownService {

    static final int MAX_PAGE = 1_000;
    static final int LINEAGE_PAGE = 100;

    private final CostBalanceMapper mapper;
    private final SetupService setup;
    private final LedgerProcessingService ledger;

    DrillDownService(CostBalanceMapper mapper, SetupService setup, LedgerProcessingService ledger) {
        this.mapper = mapper;
        this.setup = setup;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public CostTransactions transactions(String companyId, DrillParameters drill) {
        RequestChecks checks = new RequestChecks(setup, companyId);
        checks.period(drill.period());
        checks.version(drill.version());
        checks.dimension(drill.dimension());
        if (drill.value() == null || drill.value().isBlank()) {
            checks.add("value", drill.value(), "the dimension value to drill into is required");
        }
        List<String> categories = categories(checks, drill);
        checks.paging(drill.offset(), drill.limit(), MAX_PAGE);
        checks.throwIfAny();
        List<Integer> levels = drill.hierarchy()
                ? Hierarchy.of(mapper.findValueParents(companyId, drill.dimension())).levels() : List.of();
        CostQuery query = new CostQuery(companyId, drill.period(), drill.version(), drill.dimension(), levels,
                drill.value(), drill.value(), categories, drill.offset(), drill.limit());
        boolean none = categories != null && categories.isEmpty();
        int minorUnit = checks.setup().company().minorUnit();
        return new CostTransactions(companyId, drill.period(), drill.version(), drill.dimension(), drill.value(),
                drill.hierarchy(), drill.category(), drill.lineStructure(), drill.line(),
                drill.line() == null ? null : categories, drill.offset(), drill.limit(),
                none ? 0 : mapper.countTransactions(query), none ? List.of() : mapper.findTransactions(query).stream()
                .map(row -> CostTransactions.CostTransaction.of(row, minorUnit, lineage(companyId, drill, row))).toList());
    }

    /** the GL entries a ledger transaction sums, found by its run's rules; production rows name their source row */
    private List<String> lineage(String companyId, DrillParameters drill, CostBalanceMapper.CostTransactionRow row) {
        return "LEDGER".equals(row.source()) ? ledger.entriesOf(companyId, drill.period(), row.categoryId(),
                drill.dimension(), row.dimensionValue(), 0, LINEAGE_PAGE) : List.of();
    }

    @Transactional(readOnly = true)
    public GlEntry glEntry(String companyId, String entryId) {
        CompanySetup company = new RequestChecks(setup, companyId).setup();
        CostBalanceMapper.GlEntryRow row = mapper.findGlEntry(companyId, entryId);
        if (row == null) {
            throw new NotFoundException("company " + companyId + " has no GL entry '" + entryId + "'");
        }
        Map<String, String> dimensions = new LinkedHashMap<>();
        List<String> values = row.dimensions();
        for (CostBalanceMapper.DimensionSlot slot : mapper.findDimensionSlots(companyId)) {
            dimensions.put(slot.dimensionName(), values.get(slot.slot() - 1));
        }
        int minorUnit = company.company().minorUnit();
        return new GlEntry(row.entryId(), row.voucher(), row.accountingDate(), row.periodId(), row.accountNo(),
                row.accountName(), dimensions, BalanceRow.amount(row.amount(), minorUnit),
                BalanceRow.quantity(row.quantity()), row.unit(), row.postingLayer(), row.importId(), row.rowHash());
    }

    /** null: every category; else the one asked for, or those behind the line (checked) */
    private static List<String> categories(RequestChecks checks, DrillParameters drill) {
        if (drill.category() != null && drill.line() != null) {
            checks.add("line", drill.line(), "drill into a category or a line, not both");
            return null;
        }
        if (drill.category() != null) {
            return List.of(drill.category());
        }
        if (drill.line() == null) {
            return null;
        }
        if (drill.lineStructure() == null) {
            checks.add("lineStructure", null, "a line is drilled within its line structure, which is required");
            return null;
        }
        LineStructure structure = checks.lineStructure(drill.lineStructure());
        StructureLine line = structure == null ? null : structure.line(drill.line()).orElse(null);
        if (structure != null && line == null) {
            checks.add("line", drill.line(), "line structure " + structure.id() + " has no such line");
        }
        if (line == null) {
            return null;
        }
        CompanySetup company = checks.setup();
        List<String> known = company.costCategories().stream().map(CostCategory::id).toList();
        return new ArrayList<>(LineCoverage.categories(structure, line, known, BalanceScope.serviceCategories(company)));
    }
}
