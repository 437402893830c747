package org.costclose.reports;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.costclose.balances.RequestChecks;
import org.costclose.setup.SetupService;
import org.costclose.shared.NotFoundException;
import org.costclose.statements.FigureFormat;
import org.costclose.statements.ReportRenderer;
import org.costclose.statements.StatementFormat;
import org.costclose.statements.StatementSettings;
import org.springframework.stereotype.Service;

/**
 * The reports beside the dimension statement, each in HTML, PDF, XLSX and CSV through the statements' renderer:
 * an unknown report or company is a 404, a bad parameter a 422 naming it.
 */
@Service
public class ReportService {

    private final Map<String, Report> reports = new TreeMap<>();
    private final SetupService setups;
    private final ReportRenderer renderer;
    private final StatementSettings settings;

    ReportService(List<Report> reports, SetupService setups, ReportRenderer renderer, StatementSettings settings) {
        reports.forEach(report -> this.reports.put(report.id(), report));
        this.setups = setups;
        this.renderer = renderer;
        this.settings = settings;
    }

    /** the reports' names, as in the URL, in order */
    public List<String> names() {
        return List.copyOf(reports.keySet());
    }

    /** the report checked and built; its rows may still be read while it renders */
    public Built build(String report, String company, String period, String version, Map<String, String> params) {
        return build(report, company, period, version, params, false);
    }

    /** the same report for the signed-in statement pages: its figures link to those pages instead of the API */
    public Built buildForBrowsing(String report, String company, String period, String version,
                                  Map<String, String> params) {
        return build(report, company, period, version, params, true);
    }

    private Built build(String report, String company, String period, String version, Map<String, String> params,
                        boolean browsing) {
        Report chosen = reports.get(report);
        if (chosen == null) {
            throw new NotFoundException("unknown report '" + report + "'; the reports are: "
                    + String.join(", ", reports.keySet()));
        }
        ReportRequest request = new ReportRequest(report, new RequestChecks(setups, company), period, version, params,
                browsing);
        ReportContent content = chosen.build(request);
        request.checks().throwIfAny();
        return new Built(request, content);
    }

    public void render(Built built, StatementFormat format, String linkPrefix, OutputStream out) {
        FigureFormat figures = FigureFormat.of(built.request().setup().company(), settings.locale());
        renderer.render(built.content().table(), figures, format,
                new ReportRenderer.Options(built.content().template(), true, linkPrefix), built.content().extra(), out);
    }

    /** a checked report ready to render */
    public record Built(ReportRequest request, ReportContent content) {

        public String fileName() {
            return request.fileName();
        }
    }
}
