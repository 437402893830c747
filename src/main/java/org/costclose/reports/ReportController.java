package org.costclose.reports;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.costclose.balances.RequestChecks;
import org.costclose.statements.StatementController;
import org.costclose.statements.StatementFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reports, rendered on demand as HTML, PDF, XLSX or CSV, by {@code format} or the Accept header. */
@RestController
@RequestMapping("/api/companies/{company}/reports")
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @Operation(summary = "A report: cost-balances, cost-rates, allocation-trace, reconciliation, rejects, close-audit, "
            + "overview", description = "period (all but reconciliation), version (default ACTUAL); cost-balances "
            + "and overview take dimension (default: the cost purposes), overview lineStructure; format: html, pdf, "
            + "xlsx, csv (else Accept)")
    @GetMapping("/{report}")
    void report(@PathVariable String company, @PathVariable String report,
                @RequestParam(required = false) String period,
                @RequestParam(defaultValue = RequestChecks.ACTUAL) String version,
                @RequestParam(required = false) String format,
                @RequestParam Map<String, String> params,
                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportService.Built built = reports.build(report, company, period, version, params);
        StatementFormat chosen = StatementController.format(format, accept);
        StatementController.send(response, chosen, built.fileName());
        reports.render(built, chosen, request.getContextPath(), response.getOutputStream());
    }
}
