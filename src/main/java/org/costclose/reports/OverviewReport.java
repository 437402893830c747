package org.costclose.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.costclose.balances.StatementBalances;
import org.costclose.calculation.CostRateService;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.FiscalPeriod;
import org.costclose.setup.model.LineKind;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;
import org.costclose.setup.model.VersionKind;
import org.costclose.statements.FigureFormat;
import org.costclose.statements.ReportTable;
import org.costclose.statements.StatementSettings;
import org.springframework.stereotype.Component;

/**
 * The cost analysis overview, the landing page of a company and period: the total lines summed over the
 * dimension's values, each value's cost per unit (the structure's first calculation line, e.g. 3_TT), the
 * absorption of each cost rate, and the largest deviations against the plan (the first budget version) and the
 * previous period, each linked to the dimension statement that shows it.
 */
@Component
class OverviewReport implements Report {

    static final int DEVIATIONS = 5;

    private final StatementBalances balances;
    private final CostRateService costRates;
    private final StatementSettings settings;

    OverviewReport(StatementBalances balances, CostRateService costRates, StatementSettings settings) {
        this.balances = balances;
        this.costRates = costRates;
        this.settings = settings;
    }

    /** a comparison: the figures compared with, its label and the statement's compare parameter */
    private record Against(String label, OverviewFigures figures, String compare) {
    }

    @Override
    public String id() {
        return "overview";
    }

    @Override
    public ReportContent build(ReportRequest request) {
        String period = request.requirePeriod();
        String version = request.requireVersion();
        String dimension = request.dimension();
        LineStructure structure = structure(request);
        request.checks().throwIfAny();
        var source = new StatementBalances.Source(request.setup(), period, null, version, dimension, structure, false);
        OverviewRows rows = new OverviewRows(request, source, FigureFormat.of(request.setup().company(), settings.locale()));
        List<Against> comparisons = structure == null ? List.of() : comparisons(request, source);
        if (structure != null) {
            balanceRows(rows, structure, OverviewFigures.read(balances, source), comparisons);
        }
        costRates.actual(request.company(), period, version).forEach(rows::absorption);
        List<ReportTable.Fact> facts = request.facts(true);
        facts.add(new ReportTable.Fact("Dimension", dimension));
        facts.add(new ReportTable.Fact("Line structure", structure == null ? "none" : structure.id() + " " + structure.name()));
        facts.add(new ReportTable.Fact("Compared with", comparisons.isEmpty() ? "nothing (no budget version, no previous"
                + " period)" : String.join(", ", comparisons.stream().map(Against::label).toList())));
        return ReportContent.of(new ReportTable("Cost analysis overview", request.fileName(), facts,
                OverviewRows.COLUMNS, rows.rows().iterator()));
    }

    /** the totals, the cost per unit of each value and the largest deviations */
    private static void balanceRows(OverviewRows rows, LineStructure structure, OverviewFigures figures,
                                    List<Against> comparisons) {
        Against main = comparisons.isEmpty() ? null : comparisons.get(0);
        for (StructureLine line : structure.lines()) {
            if (line.kind() == LineKind.TOTAL) {
                rows.keyFigure(line, figures.sum(line.id()), main == null ? null : main.figures().sum(line.id()),
                        main == null ? null : main.label(), main == null ? null : main.compare());
            }
        }
        StructureLine unit = structure.lines().stream().filter(line -> line.kind() == LineKind.CALCULATION)
                .findFirst().orElse(null);
        if (unit != null) {
            for (String value : figures.values().keySet()) {
                if (figures.figure(value, unit.id()) != null) {
                    rows.unitCost(unit, value, figures.name(value), figures.figure(value, unit.id()),
                            main == null ? null : main.figures().figure(value, unit.id()),
                            main == null ? null : main.label(), main == null ? null : main.compare());
                }
            }
        }
        for (Against against : comparisons) {
            var deviations = figures.largestDeviations(structure.lines(), against.figures(), DEVIATIONS);
            for (int i = 0; i < deviations.size(); i++) {
                rows.deviation(against.label(), against.compare(), i + 1, deviations.get(i), figures.name(deviations.get(i).value()));
            }
        }
    }

    /** the structure asked for, else the first with a calculation line (a cost per unit), else the first; none without */
    private static LineStructure structure(ReportRequest request) {
        String asked = request.param("lineStructure");
        if (asked != null) {
            return request.checks().lineStructure(asked);
        }
        List<LineStructure> structures = request.setup().lineStructures();
        return structures.stream().filter(structure -> structure.lines().stream()
                .anyMatch(line -> line.kind() == LineKind.CALCULATION)).findFirst()
                .orElse(structures.isEmpty() ? null : structures.get(0));
    }

    /** the plan (the first budget version), then the previous period, where they exist */
    private List<Against> comparisons(ReportRequest request, StatementBalances.Source source) {
        List<Against> comparisons = new ArrayList<>();
        request.setup().calculationVersions().stream().filter(v -> v.kind() == VersionKind.BUDGET)
                .map(CalculationVersion::id).findFirst().ifPresent(budget -> comparisons.add(new Against("plan " + budget,
                        OverviewFigures.read(balances, source.in(source.period(), null, budget)), "version:" + budget)));
        List<String> periods = request.setup().calendar().periods().stream().map(FiscalPeriod::id).toList();
        int index = periods.indexOf(source.period());
        if (index > 0) {
            String previous = periods.get(index - 1);
            comparisons.add(new Against("previous period " + previous,
                    OverviewFigures.read(balances, source.in(previous, null, source.version())), "previous"));
        }
        return comparisons;
    }

    static BigDecimal variance(BigDecimal figure, BigDecimal compared) {
        return figure == null || compared == null ? null : figure.subtract(compared);
    }
}
