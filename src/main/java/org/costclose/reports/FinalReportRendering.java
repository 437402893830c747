package org.costclose.reports;

import java.io.OutputStream;
import java.util.Map;
import org.costclose.statements.FinalReports;
import org.costclose.statements.StatementFormat;
import org.springframework.stereotype.Component;

/** The reports a close stores, built and rendered by the same service and settings as on demand. */
@Component
class FinalReportRendering implements FinalReports {

    private final ReportService reports;

    FinalReportRendering(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String render(String report, String company, String period, String version, StatementFormat format,
                         OutputStream out) {
        ReportService.Built built = reports.buildForBrowsing(report, company, period, version, Map.of());
        reports.render(built, format, "", out);
        return built.fileName();
    }
}
