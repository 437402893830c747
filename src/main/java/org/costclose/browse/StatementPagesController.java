package org.costclose.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.costclose.reports.ReportService;
import org.costclose.statements.DimensionStatementRequest;
import org.costclose.statements.StatementController;
import org.costclose.statements.StatementFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The browsable statements: companies, a company's periods and versions, a period's statements, a statement. */
@Controller
@RequestMapping("/statements")
class StatementPagesController {

    private final BrowseService browse;
    private final ReportService reports;

    StatementPagesController(BrowseService browse, ReportService reports) {
        this.browse = browse;
        this.reports = reports;
    }

    @GetMapping
    String companies(Model model) {
        model.addAttribute("companies", browse.companies());
        return "browse/companies";
    }

    @GetMapping("/{company}")
    String company(@PathVariable String company, Model model) {
        model.addAttribute("view", browse.company(company));
        return "browse/company";
    }

    @GetMapping("/{company}/{period}")
    String statements(@PathVariable String company, @PathVariable String period,
                      @RequestParam(defaultValue = BrowseService.ACTUAL) String version, Model model) {
        var view = browse.company(company);
        if (view.periods().stream().noneMatch(p -> p.periodId().equals(period))) {
            throw new org.costclose.shared.NotFoundException("company " + company + " has no period '" + period + "'");
        }
        model.addAttribute("view", view);
        model.addAttribute("period", period);
        model.addAttribute("version", version);
        model.addAttribute("statements", browse.statements(view.setup()));
        model.addAttribute("reports", reports.names());
        return "browse/statements";
    }

    /**
     * The statements' own dimension statement (the statements' renderer), its cells linking to the drill-down
     * here; with {@code format} pdf, xlsx or csv the same statement as a download, so a signed-in browser gets
     * every format without the API's HTTP Basic.
     */
    @GetMapping("/{company}/{period}/dimension")
    void dimensionStatement(@PathVariable String company, @PathVariable String period,
                            @RequestParam(defaultValue = BrowseService.ACTUAL) String version,
                            @RequestParam String dimension, @RequestParam String lineStructure,
                            @RequestParam(required = false) String hierarchyNode,
                            @RequestParam(required = false) List<String> compare,
                            @RequestParam(defaultValue = "auto") String layout,
                            @RequestParam(defaultValue = "false") boolean split,
                            @RequestParam(defaultValue = "html") String format,
                            HttpServletRequest request, HttpServletResponse response) throws IOException {
        StatementFormat chosen = format(format);
        var statement = new DimensionStatementRequest(company, period, version, dimension, lineStructure,
                hierarchyNode, compare, layout, split);
        send(response, chosen, company + "-" + period + "-" + version + "-" + dimension + "-" + lineStructure,
                browse.statement(statement, chosen, request.getContextPath()));
    }

    /** a report (overview, cost rates, allocation trace, …) in the signed-in session, its figures linking here */
    @GetMapping("/{company}/{period}/reports/{report}")
    void report(@PathVariable String company, @PathVariable String period, @PathVariable String report,
                @RequestParam(defaultValue = BrowseService.ACTUAL) String version,
                @RequestParam(defaultValue = "html") String format, @RequestParam Map<String, String> params,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        StatementFormat chosen = format(format);
        ReportService.Built built = reports.buildForBrowsing(report, company, period, version, params);
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        reports.render(built, chosen, request.getContextPath(), rendered);
        send(response, chosen, built.fileName(), rendered.toByteArray());
    }

    private static StatementFormat format(String format) {
        return StatementController.format(format, null);
    }

    /** HTML is shown, the other formats are downloads (headers as the API sends them) */
    private static void send(HttpServletResponse response, StatementFormat format, String name, byte[] rendered)
            throws IOException {
        StatementController.send(response, format, name);
        response.getOutputStream().write(rendered);
    }
}
