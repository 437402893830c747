package org.costclose.statements;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.costclose.balances.RequestChecks;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statements rendered on demand (drafts): HTML, PDF, XLSX or CSV, by {@code format} or the Accept header. */
@RestController
@RequestMapping("/api/companies/{company}/statements")
public class StatementController {

    private final DimensionStatementService statements;

    StatementController(DimensionStatementService statements) {
        this.statements = statements;
    }

    @Operation(summary = "The dimension statement: a line structure's lines × the dimension's values (or a hierarchy "
            + "node's children) for a period and version",
            description = "compare: version:<id>, previous, ytd (repeatable or comma-separated); layout: auto, wide, "
                    + "long; split=true adds fixed and variable parts; format: html, pdf, xlsx, csv (else Accept)")
    @GetMapping("/dimension")
    void dimension(@PathVariable String company, @RequestParam(required = false) String period,
                   @RequestParam(defaultValue = RequestChecks.ACTUAL) String version,
                   @RequestParam(required = false) String dimension,
                   @RequestParam(required = false) String lineStructure,
                   @RequestParam(required = false) String hierarchyNode,
                   @RequestParam(required = false) List<String> compare,
                   @RequestParam(defaultValue = "auto") String layout,
                   @RequestParam(defaultValue = "false") boolean split,
                   @RequestParam(required = false) String format,
                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                   HttpServletRequest request, HttpServletResponse response) throws IOException {
        StatementFormat chosen = format(format, accept);
        DimensionStatement statement = statements.check(new DimensionStatementRequest(company, period, version,
                dimension, lineStructure, hierarchyNode, compare, layout, split), chosen);
        send(response, chosen, statement.fileName());
        statements.render(statement, chosen, request.getContextPath(), response.getOutputStream());
    }

    public static StatementFormat format(String format, String accept) {
        if (format != null) {
            return StatementFormat.of(format).orElseThrow(() -> invalid("format", format, "html, pdf, xlsx or csv"));
        }
        return StatementFormat.accepted(accept).orElseThrow(() -> invalid("Accept", accept,
                "text/html, application/pdf, the XLSX type or text/csv"));
    }

    /** the content type, and a download name for all but HTML, which the browser shows */
    public static void send(HttpServletResponse response, StatementFormat format, String name) {
        response.setContentType(format.contentType());
        String disposition = format == StatementFormat.HTML ? "inline" : "attachment";
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                disposition + "; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension() + "\"");
    }

    private static InvalidInputException invalid(String field, String value, String reason) {
        return new InvalidInputException("Invalid request parameters",
                List.of(new InputError(null, null, field, value, reason)));
    }
}
