package org.costclose.close;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Ask to reopen a locked period, list the reopenings, and approve or refuse one. */
@RestController
@RequestMapping("/api/companies/{company}/periods/{period}/reopenings")
class ReopenController {

    private final ReopenService reopenings;

    ReopenController(ReopenService reopenings) {
        this.reopenings = reopenings;
    }

    @Operation(summary = "Ask to reopen the locked period, body {reason} (409 when it is not locked)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReopenService.Reopening request(@PathVariable String company, @PathVariable String period,
            @RequestBody(required = false) ReopenRequest request) {
        return reopenings.request(company, period, request == null ? null : request.reason());
    }

    @Operation(summary = "The period's reopenings, newest first: who asked, why, who decided")
    @GetMapping
    List<ReopenService.Reopening> list(@PathVariable String company, @PathVariable String period) {
        return reopenings.reopenings(company, period);
    }

    @Operation(summary = "Approve or refuse a reopening (an approver other than the one who asked)")
    @PostMapping("/tasks/{taskId}")
    ReopenService.Reopening decide(@PathVariable String company, @PathVariable String period,
            @PathVariable String taskId, @RequestBody(required = false) CloseService.Decision decision) {
        return reopenings.decide(company, period, taskId,
                decision == null ? new CloseService.Decision(null, null, null) : decision);
    }

    record ReopenRequest(String reason) {
    }
}
