package org.costclose.statements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.costclose.balances.BalanceRow;
import org.costclose.setup.model.LineKind;
import org.costclose.setup.model.StructureLine;
import org.springframework.web.util.UriUtils;

/**
 * The dimension statement's cells. Per value and line it shows the figure, optionally its fixed and variable
 * parts, and per comparison the compared figure with the variance in amount and percent. WIDE puts the lines in
 * rows and a group of columns per value; LONG puts the values in rows (streamed) and a group per line.
 */
final class DimensionLayout {

    enum Part { FIGURE, FIXED, VARIABLE, COMPARED, VARIANCE, PERCENT }

    record Measure(Part part, int comparison, String key, String label) {
    }

    private final DimensionStatement statement;
    private final List<Measure> measures = new ArrayList<>();

    DimensionLayout(DimensionStatement statement) {
        this.statement = statement;
        measures.add(new Measure(Part.FIGURE, -1, "", statement.source().version()));
        if (statement.split()) {
            measures.add(new Measure(Part.FIXED, -1, "-fixed", "Fixed"));
            measures.add(new Measure(Part.VARIABLE, -1, "-variable", "Variable"));
        }
        for (int i = 0; i < statement.comparisons().size(); i++) {
            Comparison comparison = statement.comparisons().get(i);
            measures.add(new Measure(Part.COMPARED, i, "-" + comparison.key(), comparison.label()));
            if (comparison.hasVariance()) {
                measures.add(new Measure(Part.VARIANCE, i, "-" + comparison.key() + "-var", "Var. " + comparison.label()));
                measures.add(new Measure(Part.PERCENT, i, "-" + comparison.key() + "-pct", "Var. % " + comparison.label()));
            }
        }
    }

    List<ReportTable.Column> wideColumns(List<ValueFigures> values) {
        List<ReportTable.Column> columns = new ArrayList<>(List.of(new ReportTable.Column("", "Line", Figure.TEXT),
                new ReportTable.Column("", "Name", Figure.TEXT)));
        for (ValueFigures value : values) {
            measures.forEach(measure -> columns.add(new ReportTable.Column(value.value() + " " + value.name(),
                    measure.label(), Figure.AMOUNT)));
        }
        return columns;
    }

    Iterator<ReportTable.Row> wideRows(List<ValueFigures> values) {
        return statement.structure().lines().stream().map(line -> {
            List<ReportTable.Cell> cells = new ArrayList<>(List.of(ReportTable.Cell.text(line.id()),
                    ReportTable.Cell.text(line.name())));
            values.forEach(value -> measures.forEach(measure -> cells.add(cell(value, line, measure))));
            return new ReportTable.Row(cells, line.kind() == LineKind.TOTAL);
        }).iterator();
    }

    List<ReportTable.Column> longColumns() {
        List<ReportTable.Column> columns = new ArrayList<>(List.of(
                new ReportTable.Column("", statement.source().dimension(), Figure.TEXT),
                new ReportTable.Column("", "Name", Figure.TEXT)));
        for (StructureLine line : statement.structure().lines()) {
            measures.forEach(measure -> columns.add(new ReportTable.Column(line.id() + " " + line.name(),
                    measure.label(), Figure.AMOUNT)));
        }
        return columns;
    }

    Iterator<ReportTable.Row> longRows(Iterator<ValueFigures> values) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return values.hasNext();
            }

            @Override
            public ReportTable.Row next() {
                ValueFigures value = values.next();
                List<ReportTable.Cell> cells = new ArrayList<>(List.of(ReportTable.Cell.text(value.value()),
                        ReportTable.Cell.text(value.name())));
                for (StructureLine line : statement.structure().lines()) {
                    measures.forEach(measure -> cells.add(cell(value, line, measure)));
                }
                return new ReportTable.Row(cells, value.group());
            }
        };
    }

    private ReportTable.Cell cell(ValueFigures value, StructureLine line, Measure measure) {
        BalanceRow.LineRow row = value.lines().get(line.id());
        Figure figure = figure(line, row);
        BigDecimal number = switch (measure.part()) {
            case FIGURE -> row == null ? null : row.value();
            case FIXED -> row == null ? null : row.fixedAmount();
            case VARIABLE -> row == null ? null : row.variableAmount();
            case COMPARED -> compared(value, line, measure.comparison());
            case VARIANCE -> Comparison.variance(row == null ? null : row.value(), compared(value, line, measure.comparison()));
            case PERCENT -> {
                BigDecimal compared = compared(value, line, measure.comparison());
                yield Comparison.percent(Comparison.variance(row == null ? null : row.value(), compared), compared);
            }
        };
        if (measure.part() == Part.PERCENT) {
            figure = Figure.PERCENT;
        }
        String unit = figure == Figure.QUANTITY ? statement.units().get(line.id()) : null;
        return new ReportTable.Cell(null, number, figure, unit, "cell-" + value.value() + "-" + line.id() + measure.key(),
                value.value(), line.id(), drill(value, line, measure));
    }

    /** a comparison's figure; a value or line the comparison lacks counts as zero (a ratio as no figure) */
    private BigDecimal compared(ValueFigures value, StructureLine line, int comparison) {
        BalanceRow.LineRow row = value.compared().get(comparison).get(line.id());
        if (row != null) {
            return row.value();
        }
        return line.kind() == LineKind.CALCULATION ? null : BigDecimal.ZERO;
    }

    private static Figure figure(StructureLine line, BalanceRow.LineRow row) {
        return switch (line.kind()) {
            case CATEGORY -> Figure.AMOUNT;
            case QUANTITY -> Figure.QUANTITY;
            case CALCULATION -> Figure.RATE;
            case TOTAL -> row == null || row.amount() != null ? Figure.AMOUNT : Figure.QUANTITY;
        };
    }

    /** the browsable drill-down of the cell's figure; variances and the year to date have none */
    private String drill(ValueFigures value, StructureLine line, Measure measure) {
        String period = statement.source().period();
        String version = statement.source().version();
        if (measure.part() == Part.COMPARED) {
            Comparison comparison = statement.comparisons().get(measure.comparison());
            if (comparison.kind() == Comparison.Kind.YEAR_TO_DATE) {
                return null;
            }
            period = comparison.source().period();
            version = comparison.source().version();
        } else if (measure.part() == Part.VARIANCE || measure.part() == Part.PERCENT) {
            return null;
        }
        return "/statements/" + segment(statement.company()) + "/" + segment(period) + "/drill?version="
                + query(version) + "&dimension=" + query(statement.source().dimension()) + "&value="
                + query(value.value()) + "&lineStructure=" + query(statement.structure().id()) + "&line="
                + query(line.id()) + (value.group() ? "&hierarchy=true" : "");
    }

    private static String segment(String text) {
        return UriUtils.encodePathSegment(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String query(String text) {
        return UriUtils.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
