package org.costclose.calculation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Run the period calculation of a version and read its runs. */
@RestController
@RequestMapping("/api/companies/{company}")
class CalculationController {

    private static final String TEXT_CSV = "text/csv";

    private final CalculationService calculations;
    private final BudgetExportService exports;

    CalculationController(CalculationService calculations, BudgetExportService exports) {
        this.calculations = calculations;
        this.exports = exports;
    }

    @Operation(summary = "Calculate a version for the period (replaces the version's previous calculation transactions)")
    @PostMapping("/periods/{period}/calculations")
    @ResponseStatus(HttpStatus.CREATED)
    CalculationRun calculate(@PathVariable String company, @PathVariable String period, @RequestParam String version) {
        return calculations.calculate(company, period, version);
    }

    @Operation(summary = "The period's calculation runs, newest first")
    @GetMapping("/periods/{period}/calculations")
    List<CalculationRun> runs(@PathVariable String company, @PathVariable String period) {
        return calculations.runs(company, period);
    }

    @Operation(summary = "A calculation run with its conservation check and what it moved onto each value")
    @GetMapping("/calculation-runs/{runId}")
    CalculationService.CalculationSummary summary(@PathVariable String company, @PathVariable long runId) {
        return calculations.summary(company, runId);
    }

    @Operation(summary = "A budget version's result as GL budget entries (CSV in the intake's gl-budget-entries format)",
            description = "one entry per value of the dimension (default: the cost purpose dimension) × category with a"
                    + " balance; model names the budget model of the entries (default: the version id); "
                    + "X-Total-Amount is their sum, the version's balance on the dimension")
    @GetMapping(value = "/periods/{period}/calculations/{version}/budget-export", produces = TEXT_CSV)
    void budgetExport(@PathVariable String company, @PathVariable String period, @PathVariable String version,
                      @RequestParam(required = false) String dimension, @RequestParam(required = false) String model,
                      HttpServletResponse response) throws IOException {
        BudgetExportService.BudgetExport export = exports.export(company, period, version, dimension, model);
        response.setContentType(TEXT_CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gl-budget-entries-" + company
                + "-" + period + "-" + version + ".csv\"");
        response.setHeader("X-Total-Amount", export.total().toPlainString());
        List<String> header = new ArrayList<>(BudgetExportService.BudgetExport.FIXED_HEADER);
        header.add(export.dimension());
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(response.getWriter(), format)) {
            for (var entry : export.entries()) {
                printer.printRecord(entry.entryId(), entry.budgetModel(), entry.date(), entry.account(),
                        entry.amount().toPlainString(), entry.dimensionValue());
            }
        }
    }
}
