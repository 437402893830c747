package org.costclose.reports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.costclose.statements.Figure;
import org.costclose.statements.ReportTable;
import org.springframework.web.util.UriUtils;

/** Cells of the reports: a text that may be missing ("–"), figures, and figures with an id and a link. */
final class Cells {

    private Cells() {
    }

    static ReportTable.Cell text(String text) {
        return ReportTable.Cell.text(text == null ? "–" : text);
    }

    static ReportTable.Cell amount(BigDecimal amount) {
        return ReportTable.Cell.number(amount, Figure.AMOUNT);
    }

    static ReportTable.Cell figure(BigDecimal number, Figure figure, String unit) {
        return new ReportTable.Cell(null, number, figure, unit, null, null, null, null);
    }

    /** a figure the HTML names by {@code id} (with the value and line it shows) and links to {@code drill} */
    static ReportTable.Cell linked(BigDecimal number, Figure figure, String id, String value, String line, String drill) {
        return new ReportTable.Cell(null, number, figure, null, id, value, line, drill);
    }

    static String path(String text) {
        return UriUtils.encodePathSegment(text, StandardCharsets.UTF_8);
    }

    static String query(String text) {
        return UriUtils.encode(text, StandardCharsets.UTF_8);
    }
}
