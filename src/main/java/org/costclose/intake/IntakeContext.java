package org.costclose.intake;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;

/**
 * What rows are checked against: the company's currency scale, calendar, dimensions with their
 * values, accounts and service categories. Master data only (thousands of rows), never the month's entries.
 */
record IntakeContext(String companyId, int minorUnit, NavigableMap<LocalDate, PeriodRow> periodsByStart,
                     Map<String, DimensionRow> dimensions, Map<String, Set<String>> dimensionValues,
                     Set<String> accounts, Map<String, ServiceCategoryRow> serviceCategories) {

    Optional<PeriodRow> periodOf(LocalDate date) {
        var candidate = periodsByStart.floorEntry(date);
        if (candidate == null || candidate.getValue().endDate().isBefore(date)) {
            return Optional.empty();
        }
        return Optional.of(candidate.getValue());
    }

    Optional<DimensionRow> dimensionWithRole(String role) {
        return dimensions.values().stream().filter(d -> role.equals(d.role())).findFirst();
    }

    boolean hasValue(String dimension, String value) {
        return dimensionValues.getOrDefault(dimension, Set.of()).contains(value);
    }

    record PeriodRow(String periodId, LocalDate startDate, LocalDate endDate, String state) {
        boolean isLocked() {
            return "CLOSED".equals(state);
        }
    }

    record DimensionRow(String dimensionName, int slot, String role) {
        String column() {
            return "dim_" + slot;
        }
    }

    record ServiceCategoryRow(String categoryId, String creditDimension, String debitDimension) {
    }
}
