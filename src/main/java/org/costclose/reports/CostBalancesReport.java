package org.costclose.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.costclose.balances.BalanceRow;
import org.costclose.balances.StatementBalances;
import org.costclose.setup.model.CostCategory;
import org.costclose.statements.Figure;
import org.costclose.statements.ReportTable;
import org.springframework.stereotype.Component;

/** Cost balances: per dimension value and category the amount, its fixed and variable parts and the quantity. */
@Component
class CostBalancesReport implements Report {

    static final int PAGE = 500;

    private final StatementBalances balances;

    CostBalancesReport(StatementBalances balances) {
        this.balances = balances;
    }

    @Override
    public String id() {
        return "cost-balances";
    }

    @Override
    public ReportContent build(ReportRequest request) {
        String period = request.requirePeriod();
        String version = request.requireVersion();
        String dimension = request.dimension();
        request.checks().throwIfAny();
        var setup = request.setup();
        var source = new StatementBalances.Source(setup, period, null, version, dimension, null, false);
        Map<String, CostCategory> categories = setup.costCategories().stream()
                .collect(Collectors.toMap(CostCategory::id, Function.identity()));
        List<ReportTable.Fact> facts = request.facts(true);
        facts.add(new ReportTable.Fact("Dimension", dimension));
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("", dimension, Figure.TEXT),
                new ReportTable.Column("", "Name", Figure.TEXT), new ReportTable.Column("", "Category", Figure.TEXT),
                new ReportTable.Column("", "Category name", Figure.TEXT),
                new ReportTable.Column("", "Amount", Figure.AMOUNT), new ReportTable.Column("", "Fixed", Figure.AMOUNT),
                new ReportTable.Column("", "Variable", Figure.AMOUNT),
                new ReportTable.Column("", "Quantity", Figure.QUANTITY));
        var rows = new Pages<>(PAGE, offset -> balances.categories(source, offset, PAGE));
        return ReportContent.of(new ReportTable("Cost balances", request.fileName(), facts, columns,
                new MappedIterator<>(rows, row -> row(request, source, categories.get(row.category()), row))));
    }

    private static ReportTable.Row row(ReportRequest request, StatementBalances.Source source, CostCategory category,
                                       BalanceRow.CategoryRow row) {
        String cell = "version=" + Cells.query(source.version()) + "&dimension="
                + Cells.query(source.dimension()) + "&value=" + Cells.query(row.dimensionValue()) + "&category="
                + Cells.query(row.category());
        String drill = request.link("/cost-transactions?period=" + Cells.query(source.period()) + "&" + cell,
                "/transactions?" + cell);
        List<ReportTable.Cell> cells = new ArrayList<>(List.of(Cells.text(row.dimensionValue()),
                Cells.text(row.valueName()), Cells.text(row.category()),
                Cells.text(category == null ? null : category.name()),
                Cells.linked(row.amount(), Figure.AMOUNT, "balance-" + row.dimensionValue() + "-" + row.category(),
                        row.dimensionValue(), row.category(), drill),
                Cells.amount(row.fixedAmount()), Cells.amount(row.variableAmount()),
                Cells.figure(row.quantity(), Figure.QUANTITY, category == null || row.quantity() == null ? null
                        : category.unit())));
        return new ReportTable.Row(cells, row.group());
    }
}
