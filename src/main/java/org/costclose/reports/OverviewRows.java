package org.costclose.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.costclose.balances.StatementBalances;
import org.costclose.calculation.CostRateMapper;
import org.costclose.statements.Figure;
import org.costclose.statements.FigureFormat;
import org.costclose.setup.model.StructureLine;
import org.costclose.statements.ReportTable;

/**
 * The overview's rows, one table for every format: a section, the item and its description, the figure, what it
 * is compared with, the compared figure and the variance in amount and percent. Figures link to the dimension
 * statement with the comparison.
 */
final class OverviewRows {

    static final List<ReportTable.Column> COLUMNS = List.of(new ReportTable.Column("", "Section", Figure.TEXT),
            new ReportTable.Column("", "Item", Figure.TEXT), new ReportTable.Column("", "Description", Figure.TEXT),
            new ReportTable.Column("", "Figure", Figure.AMOUNT), new ReportTable.Column("", "Against", Figure.TEXT),
            new ReportTable.Column("", "Compared", Figure.AMOUNT), new ReportTable.Column("", "Variance", Figure.AMOUNT),
            new ReportTable.Column("", "Variance %", Figure.PERCENT));

    private final ReportRequest request;
    private final StatementBalances.Source source;
    private final FigureFormat figures;
    private final List<ReportTable.Row> rows = new ArrayList<>();

    OverviewRows(ReportRequest request, StatementBalances.Source source, FigureFormat figures) {
        this.request = request;
        this.source = source;
        this.figures = figures;
    }

    List<ReportTable.Row> rows() {
        return rows;
    }

    void keyFigure(StructureLine line, BigDecimal figure, BigDecimal compared, String against, String compare) {
        add("Key figures", line.id(), line.name() + ", all " + source.dimension() + " values", Figure.AMOUNT,
                Cells.linked(figure, Figure.AMOUNT, "key-" + line.id(), "all", line.id(), statement(compare)),
                figure, compared, against, true);
    }

    void unitCost(StructureLine line, String value, String name, BigDecimal figure, BigDecimal compared,
                  String against, String compare) {
        add("Cost per unit (" + line.id() + " " + line.name() + ")", value, name, Figure.RATE,
                Cells.linked(figure, Figure.RATE, "unit-" + value, value, line.id(), statement(compare)), figure,
                compared, against, false);
    }

    void absorption(CostRateMapper.CostRateView rate) {
        BigDecimal percent = CostRatesReport.absorbedPercent(rate.absorbed(), rate.cost());
        String share = figures.format(ReportTable.Cell.number(percent, Figure.PERCENT));
        add("Cost rate absorption", rate.categoryId() + " " + rate.dimensionValue(), share + " absorbed, "
                + CostRatesReport.underOver(rate.unabsorbed()), Figure.AMOUNT,
                Cells.linked(rate.absorbed(), Figure.AMOUNT, "absorbed-" + rate.categoryId() + "-" + rate.dimensionValue(),
                        rate.dimensionValue(), rate.categoryId(), null), rate.absorbed(), rate.cost(), "actual cost", false);
    }

    void deviation(String against, String compare, int rank, OverviewFigures.Deviation deviation, String name) {
        add("Largest deviations against " + against, deviation.value() + " " + deviation.line().id(),
                name + ", " + deviation.line().name(), Figure.AMOUNT,
                Cells.linked(deviation.figure(), Figure.AMOUNT, "deviation-" + compare.replace(':', '-') + "-" + rank,
                        deviation.value(), deviation.line().id(), statement(compare)),
                deviation.figure(), deviation.compared(), against, false);
    }

    private void add(String section, String item, String description, Figure figure, ReportTable.Cell shown,
                     BigDecimal number, BigDecimal compared, String against, boolean total) {
        BigDecimal variance = OverviewReport.variance(number, compared);
        BigDecimal percent = variance == null || compared.signum() == 0 ? null
                : variance.multiply(BigDecimal.valueOf(100)).divide(compared.abs(), 2, java.math.RoundingMode.HALF_UP);
        rows.add(new ReportTable.Row(List.of(Cells.text(section), Cells.text(item), Cells.text(description), shown,
                Cells.text(against), Cells.figure(compared, figure, null), Cells.figure(variance, figure, null),
                Cells.figure(percent, Figure.PERCENT, null)), total));
    }

    /** the dimension statement of the overview's period, version, dimension and structure with the comparison */
    private String statement(String compare) {
        String query = "version=" + Cells.query(source.version()) + "&dimension="
                + Cells.query(source.dimension()) + "&lineStructure=" + Cells.query(source.structure().id())
                + (compare == null ? "" : "&compare=" + Cells.query(compare));
        return request.link("/statements/dimension?period=" + Cells.query(source.period()) + "&" + query
                + "&format=html", "/dimension?" + query);
    }
}
