package org.costclose.balances;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.LineKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares two versions of a period (e.g. actual and a simulation) per dimension value and line, or per
 * category without a line structure. Each version's balances come from the cost balances (the same lines,
 * formulas and rounding); a value or line one version lacks counts as zero there (calculation lines as no figure).
 */
@Service
class VersionComparisonService {

    private final CostBalanceService balances;
    private final SetupService setup;

    VersionComparisonService(CostBalanceService balances, SetupService setup) {
        this.balances = balances;
        this.setup = setup;
    }

    @Transactional(readOnly = true)
    public VersionComparison compare(String companyId, String periodId, List<String> versions, String dimension,
                                     String lineStructure) {
        RequestChecks checks = new RequestChecks(setup, companyId);
        if (versions == null || versions.size() != 2 || versions.get(0).equals(versions.get(1))) {
            checks.add("versions", versions == null ? null : String.join(",", versions),
                    "name two different versions, the base first: versions=ACTUAL,SIM");
        } else {
            versions.forEach(checks::version);
        }
        checks.period(periodId);
        checks.dimension(dimension);
        var structure = checks.lineStructure(lineStructure);
        checks.throwIfAny();
        Map<String, Map<String, Figures>> values = new TreeMap<>();
        for (int side = 0; side < 2; side++) {
            BalanceScope scope = new BalanceScope(checks.setup(), periodId, versions.get(side), dimension, structure, 0,
                    CostBalanceService.MAX_CSV_PAGE, false);
            Set<String> services = scope.serviceCategories();
            int index = side;
            balances.stream(scope, row -> collect(values, row, index, services));
        }
        List<VersionComparison.Row> rows = new ArrayList<>();
        values.forEach((value, figures) -> figures.values().forEach(figure -> rows.add(figure.row())));
        return new VersionComparison(companyId, periodId, dimension, lineStructure, versions.get(0), versions.get(1),
                rows);
    }

    private static void collect(Map<String, Map<String, Figures>> values, BalanceRow row, int side,
                                Set<String> services) {
        Map<String, Figures> figures = values.computeIfAbsent(row.dimensionValue(),
                value -> row instanceof BalanceRow.LineRow ? new LinkedHashMap<>() : new TreeMap<>());
        if (row instanceof BalanceRow.LineRow line) {
            figures.computeIfAbsent(line.line(), key -> new Figures(line.dimensionValue(), line.valueName(), line.line(),
                    line.lineName(), line.kind(), null)).set(side, line.value());
        } else if (row instanceof BalanceRow.CategoryRow category) {
            boolean service = services.contains(category.category());
            figures.computeIfAbsent(category.category(), key -> new Figures(category.dimensionValue(),
                    category.valueName(), null, null, null, category.category()))
                    .set(side, service ? category.quantity() : category.amount());
        }
    }

    /** one value's line or category in both versions */
    private static final class Figures {
        private final String value;
        private final String valueName;
        private final String line;
        private final String lineName;
        private final String kind;
        private final String category;
        private final BigDecimal[] figures = new BigDecimal[2];
        private final boolean[] present = new boolean[2];

        Figures(String value, String valueName, String line, String lineName, String kind, String category) {
            this.value = value;
            this.valueName = valueName;
            this.line = line;
            this.lineName = lineName;
            this.kind = kind;
            this.category = category;
        }

        void set(int side, BigDecimal figure) {
            figures[side] = figure;
            present[side] = true;
        }

        VersionComparison.Row row() {
            return VersionComparison.Row.of(value, valueName, line, lineName, kind, category, figure(0), figure(1));
        }

        private BigDecimal figure(int side) {
            boolean ratio = LineKind.CALCULATION.code().equals(kind);
            return present[side] || ratio ? figures[side] : BigDecimal.ZERO;
        }
    }
}
