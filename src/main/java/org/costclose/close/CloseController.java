package org.costclose.close;

import io.swagger.v3.oas.annotations.Operation;
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

    CloseController(CloseService closes) {
        this.closes = closes;
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
