package org.costclose.statements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A report as every format renders it: a title, facts about it (company, period, …), columns (with an optional
 * group heading above them) and rows. The rows are an iterator, read once, so a large report streams from the
 * database to the output a page at a time.
 */
public record ReportTable(String title, String fileName, List<Fact> facts, List<Column> columns, Iterator<Row> rows) {

    public ReportTable {
        facts = List.copyOf(facts);
        columns = List.copyOf(columns);
    }

    /** the group headings in order, each with how many columns it spans; an empty heading over ungrouped columns */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        String current = null;
        int span = 0;
        for (Column column : columns) {
            if (span > 0 && !column.group().equals(current)) {
                groups.add(new Group(current, span));
                span = 0;
            }
            current = column.group();
            span++;
        }
        if (span > 0) {
            groups.add(new Group(current, span));
        }
        return groups;
    }

    public record Fact(String label, String value) {
    }

    /** a group heading over {@code span} adjacent columns */
    public record Group(String label, int span) {
    }

    /** {@code group} is "" for a column without a group heading */
    public record Column(String group, String label, Figure figure) {
    }

    /** {@code total} rows are set in bold and ruled above */
    public record Row(List<Cell> cells, boolean total) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A text or a number. {@code id} (may be null) identifies the cell in the HTML; {@code value}/{@code line}
     * name the dimension value and line it shows; {@code drill} is the path and query of its drill-down (null
     * for none), below the renderer's link prefix. {@code unit} follows a quantity.
     */
    public record Cell(String text, BigDecimal number, Figure figure, String unit, String id, String value,
                       String line, String drill) {

        public static Cell text(String text) {
            return new Cell(text, null, Figure.TEXT, null, null, null, null, null);
        }

        public static Cell number(BigDecimal number, Figure figure) {
            return new Cell(null, number, figure, null, null, null, null, null);
        }

        public boolean isNumber() {
            return figure != Figure.TEXT;
        }

        public boolean isNegative() {
            return number != null && number.signum() < 0;
        }
    }
}
