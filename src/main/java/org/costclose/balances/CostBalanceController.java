package org.costclose.balances;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** Cost balances of a period as JSON pages, or as CSV streamed with {@code Accept: text/csv}. */
@RestController
@RequestMapping("/api/companies/{company}/cost-balances")
class CostBalanceController {

    static final String TEXT_CSV = "text/csv";
    private static final String DEFAULT_PAGE = "100";

    private final CostBalanceService balances;

    CostBalanceController(CostBalanceService balances) {
        this.balances = balances;
    }

    @Operation(summary = "Balances by dimension value × category, or × line with lineStructure; paged over values",
            description = "period (YYYY-MM) and dimension are required; version defaults to ACTUAL; hierarchy=true adds "
                    + "group values summing their descendants. limit counts values (at most 1,000; 100,000 as CSV).")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    CostBalances json(@PathVariable String company, @RequestParam(required = false) String period,
                      @RequestParam(required = false) String dimension,
                      @RequestParam(required = false) String lineStructure,
                      @RequestParam(defaultValue = RequestChecks.ACTUAL) String version,
                      @RequestParam(defaultValue = "0") long offset, @RequestParam(defaultValue = DEFAULT_PAGE) int limit,
                      @RequestParam(defaultValue = "false") boolean hierarchy) {
        BalanceParameters parameters = new BalanceParameters(period, dimension, lineStructure, version, offset, limit,
                hierarchy);
        return balances.page(balances.scope(company, parameters, CostBalanceService.MAX_PAGE));
    }

    @Operation(summary = "The same rows as CSV (header row, plain decimals with '.'); X-Total-Values counts all values")
    @GetMapping(produces = TEXT_CSV)
    void csv(@PathVariable String company, @RequestParam(required = false) String period,
             @RequestParam(required = false) String dimension, @RequestParam(required = false) String lineStructure,
             @RequestParam(defaultValue = RequestChecks.ACTUAL) String version,
             @RequestParam(defaultValue = "0") long offset,
             @RequestParam(defaultValue = "" + CostBalanceService.MAX_CSV_PAGE) int limit,
             @RequestParam(defaultValue = "false") boolean hierarchy, HttpServletResponse response) throws IOException {
        BalanceScope scope = balances.scope(company, new BalanceParameters(period, dimension, lineStructure, version,
                offset, limit, hierarchy), CostBalanceService.MAX_CSV_PAGE);
        response.setContentType(TEXT_CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"cost-balances-" + company + "-" + period + "-" + dimension + ".csv\"");
        response.setHeader("X-Total-Values", Long.toString(balances.countValues(scope)));
        List<String> header = scope.structure() == null ? BalanceRow.CategoryRow.HEADER : BalanceRow.LineRow.HEADER;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(response.getWriter(), format)) {
            balances.stream(scope, row -> print(printer, row));
        }
    }

    private static void print(CSVPrinter printer, BalanceRow row) {
        try {
            printer.printRecord(row.cells().stream().map(CostBalanceController::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object cell(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value;
    }
}
