package org.costclose.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Loads what rows of a company are checked against (its setup's projection and its master data). */
@Component
class IntakeContextLoader {

    private final IntakeMapper mapper;

    IntakeContextLoader(IntakeMapper mapper) {
        this.mapper = mapper;
    }

    int requireCompany(String companyId) {
        Integer minorUnit = mapper.findMinorUnit(companyId);
        if (minorUnit == null) {
            throw new NotFoundException("unknown company '" + companyId + "': load its setup first (PUT /api/companies/"
                    + companyId + "/setup)");
        }
        return minorUnit;
    }

    IntakeContext load(String companyId, ImportKind kind) {
        int minorUnit = requireCompany(companyId);
        var periods = new TreeMap<LocalDate, IntakeContext.PeriodRow>();
        mapper.findPeriods(companyId).forEach(p -> periods.put(p.startDate(), p));
        Map<String, IntakeContext.DimensionRow> dimensions = new LinkedHashMap<>();
        mapper.findDimensions(companyId).forEach(d -> dimensions.put(d.dimensionName(), d));
        Map<String, Set<String>> values = new HashMap<>();
        if (kind != ImportKind.ACCOUNTS) {
            mapper.findDimensionValues(companyId).forEach(v ->
                    values.computeIfAbsent(v.dimensionName(), d -> new HashSet<>()).add(v.valueCode()));
        }
        Set<String> accounts = kind == ImportKind.GL_ENTRIES || kind == ImportKind.GL_BUDGET_ENTRIES
                ? new HashSet<>(mapper.findAccountNumbers(companyId)) : Set.of();
        Map<String, IntakeContext.ServiceCategoryRow> categories = new HashMap<>();
        mapper.findServiceCategories(companyId).forEach(c -> categories.put(c.categoryId(), c));
        return new IntakeContext(companyId, minorUnit, periods, dimensions, values, accounts, categories);
    }
}
