package org.costclose.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.costclose.calculation.CostRateMapper;
import org.costclose.calculation.CostRateService;
import org.costclose.setup.model.CostCategory;
import org.costclose.statements.Figure;
import org.costclose.statements.ReportTable;
import org.springframework.stereotype.Component;

/**
 * Cost rates: per service category and sender the actual rate (fixed, variable) against the planned rate the
 * internal cost allocations charged, the quantity, what they absorbed and the unabsorbed rest (positive: under-,
 * negative: over-absorbed).
 */
@Component
class CostRatesReport implements Report {

    private final CostRateService costRates;

    CostRatesReport(CostRateService costRates) {
        this.costRates = costRates;
    }

    @Override
    public String id() {
        return "cost-rates";
    }

    @Override
    public ReportContent build(ReportRequest request) {
        String period = request.requirePeriod();
        String version = request.requireVersion();
        request.checks().throwIfAny();
        List<CostRateMapper.CostRateView> rates = costRates.actual(request.company(), period, version);
        Map<String, CostRateMapper.PlannedRate> planned = new HashMap<>();
        costRates.plannedRates(request.company(), period, version).forEach(rate ->
                planned.put(key(rate.categoryId(), rate.dimensionName(), rate.dimensionValue()), rate));
        List<ReportTable.Fact> facts = request.facts(true);
        facts.add(new ReportTable.Fact("Rates", rates.isEmpty() ? "none: the version's calculation has no cost rate"
                + " calculation in this period" : Integer.toString(rates.size())));
        List<ReportTable.Row> rows = rates.stream().map(rate -> row(request, rate,
                planned.get(key(rate.categoryId(), rate.dimensionName(), rate.dimensionValue())))).toList();
        return ReportContent.of(new ReportTable("Cost rates", request.fileName(), facts, columns(), rows.iterator()));
    }

    static List<ReportTable.Column> columns() {
        return List.of(text("Service category"), text("Sender"), text("Name"), text("Step"),
                new ReportTable.Column("", "Quantity", Figure.QUANTITY), column("Cost", Figure.AMOUNT),
                column("Rate", Figure.RATE), column("Fixed", Figure.RATE), column("Variable", Figure.RATE),
                new ReportTable.Column("Planned", "Rate", Figure.RATE),
                new ReportTable.Column("Planned", "Fixed", Figure.RATE),
                new ReportTable.Column("Planned", "Variable", Figure.RATE),
                new ReportTable.Column("Absorption", "Charged quantity", Figure.QUANTITY),
                new ReportTable.Column("Absorption", "Absorbed", Figure.AMOUNT),
                new ReportTable.Column("Absorption", "Unabsorbed", Figure.AMOUNT),
                new ReportTable.Column("Absorption", "Absorbed %", Figure.PERCENT),
                new ReportTable.Column("Absorption", "Under/over", Figure.TEXT));
    }

    private static ReportTable.Column text(String label) {
        return new ReportTable.Column("", label, Figure.TEXT);
    }

    private static ReportTable.Column column(String label, Figure figure) {
        return new ReportTable.Column("Actual", label, figure);
    }

    private static ReportTable.Row row(ReportRequest request, CostRateMapper.CostRateView rate,
                                       CostRateMapper.PlannedRate planned) {
        String unit = request.setup().category(rate.categoryId()).map(CostCategory::unit).orElse(null);
        String id = "rate-" + rate.categoryId() + "-" + rate.dimensionValue();
        String name = request.setup().dimension(rate.dimensionName()).flatMap(d -> d.values().stream()
                .filter(v -> v.code().equals(rate.dimensionValue())).findFirst()).map(v -> v.name()).orElse(null);
        return new ReportTable.Row(List.of(Cells.text(rate.categoryId()),
                Cells.text(rate.dimensionName() + " " + rate.dimensionValue()), Cells.text(name),
                Cells.text(rate.stepId()), Cells.figure(rate.quantity(), Figure.QUANTITY, unit),
                Cells.amount(rate.cost()),
                Cells.linked(rate.rate(), Figure.RATE, id, rate.dimensionValue(), rate.categoryId(), null),
                Cells.figure(rate.fixedRate(), Figure.RATE, null), Cells.figure(rate.variableRate(), Figure.RATE, null),
                Cells.figure(rate.plannedRate(), Figure.RATE, null),
                Cells.figure(planned == null ? null : planned.fixedRate(), Figure.RATE, null),
                Cells.figure(planned == null ? null : planned.variableRate(), Figure.RATE, null),
                Cells.figure(rate.chargedQuantity(), Figure.QUANTITY, unit), Cells.amount(rate.absorbed()),
                Cells.linked(rate.unabsorbed(), Figure.AMOUNT, id + "-unabsorbed", rate.dimensionValue(),
                        rate.categoryId(), null),
                Cells.figure(absorbedPercent(rate.absorbed(), rate.cost()), Figure.PERCENT, null),
                Cells.text(underOver(rate.unabsorbed()))), false);
    }

    /** what the planned rate absorbed in percent of the actual cost; none when there is no cost */
    static BigDecimal absorbedPercent(BigDecimal absorbed, BigDecimal cost) {
        return cost == null || cost.signum() == 0 ? null
                : absorbed.multiply(BigDecimal.valueOf(100)).divide(cost, 2, RoundingMode.HALF_UP);
    }

    static String underOver(BigDecimal unabsorbed) {
        return unabsorbed.signum() > 0 ? "under-absorbed" : unabsorbed.signum() < 0 ? "over-absorbed" : "absorbed";
    }

    private static String key(String category, String dimension, String value) {
        return category + "|" + dimension + "|" + value;
    }
}
