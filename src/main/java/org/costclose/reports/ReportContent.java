package org.costclose.reports;

import java.util.Map;
import org.costclose.statements.ReportTable;

/** A built report: its table, the template below reports/ that shows it as HTML, and more for that template. */
record ReportContent(ReportTable table, String template, Map<String, ?> extra) {

    static final String TABLE_TEMPLATE = "reports/report.ftl";

    ReportContent {
        extra = Map.copyOf(extra);
    }

    static ReportContent of(ReportTable table) {
        return new ReportContent(table, TABLE_TEMPLATE, Map.of());
    }
}
