package org.costclose.balances;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Two versions of a period side by side, as JSON or as CSV with {@code Accept: text/csv}. */
@RestController
@RequestMapping("/api/companies/{company}/periods/{period}/version-comparison")
class VersionComparisonController {

    private final VersionComparisonService comparisons;

    VersionComparisonController(VersionComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @Operation(summary = "Compare two versions per dimension value and line (or category without lineStructure)",
            description = "versions=BASE,OTHER (e.g. ACTUAL,SIM); each row has both figures, the difference "
                    + "(other − base) and the percent of the base (null when the base is zero)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    VersionComparison json(@PathVariable String company, @PathVariable String period,
                           @RequestParam(required = false) List<String> versions,
                           @RequestParam(required = false) String dimension,
                           @RequestParam(required = false) String lineStructure) {
        return comparisons.compare(company, period, versions, dimension, lineStructure);
    }

    @Operation(summary = "The same rows as CSV; the two figure columns are named after the versions")
    @GetMapping(produces = CostBalanceController.TEXT_CSV)
    void csv(@PathVariable String company, @PathVariable String period,
             @RequestParam(required = false) List<String> versions, @RequestParam(required = false) String dimension,
             @RequestParam(required = false) String lineStructure, HttpServletResponse response) throws IOException {
        VersionComparison comparison = comparisons.compare(company, period, versions, dimension, lineStructure);
        response.setContentType(CostBalanceController.TEXT_CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"version-comparison-" + company
                + "-" + period + "-" + comparison.base() + "-" + comparison.other() + ".csv\"");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(VersionComparison.Row.header(comparison.base(),
                comparison.other()).toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(response.getWriter(), format)) {
            for (VersionComparison.Row row : comparison.rows()) {
                printer.printRecord(row.cells().stream()
                        .map(cell -> cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell));
            }
        }
    }
}
