package org.costclose.close;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Start the close of a period, see where it stands, and decide its tasks. */
@RestController
@RequestMapping("/api/companies/{company}/closes/{period}")
class CloseController {

    private final CloseService closes;
    private final CloseAudit audit;

    CloseController(CloseService closes, CloseAudit audit) {
        this.closes = closes;
        this.audit = audit;
    }

    @Operation(summary = "The close's audit trail: every step in order with start, end, outcome, user and decision")
    @GetMapping(path = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CloseAudit.AuditEntry> audit(@PathVariable String company, @PathVariable String period) {
        return audit.trail(company, period);
    }

    @Operation(summary = "The same audit trail as CSV")
    @GetMapping(path = "/audit", produces = "text/csv")
    void auditCsv(@PathVariable String company, @PathVariable String period, HttpServletResponse response)
            throws IOException {
        List<CloseAudit.AuditEntry> trail = audit.trail(company, period);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"close-audit-" + company + "-" + period + ".csv\"");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CloseAudit.AuditEntry.HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(response.getWriter(), format)) {
            for (CloseAudit.AuditEntry entry : trail) {
                printer.printRecord(entry.cells());
            }
        }
    }

    @Operation(summary = "Start the close of the period (409 when it is not open or a close of it is running)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CloseStatus start(@PathVariable String company, @PathVariable String period) {
        return closes.start(company, period);
    }

    @Operation(summary = "Where the close stands: state, open tasks, incidents")
    @GetMapping
    CloseStatus status(@PathVariable String company, @PathVariable String period) {
        return closes.status(company, period);
    }

    @Operation(summary = "Complete a task of the close with its decision (apply/reject, rerun/waive, approve/reject)")
    @PostMapping("/tasks/{taskId}")
    CloseStatus complete(@PathVariable String company, @PathVariable String period, @PathVariable String taskId,
            @RequestBody(required = false) CloseService.Decision decision) {
        return closes.complete(company, period, taskId,
                decision == null ? new CloseService.Decision(null, null, null) : decision);
    }
}
