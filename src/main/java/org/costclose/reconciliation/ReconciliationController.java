package org.costclose.reconciliation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/companies/{company}/reconciliations")
@Tag(name = "Account reconciliation", description = "Chart of accounts against primary cost categories")
class ReconciliationController {

    private final ReconciliationService service;

    ReconciliationController(ReconciliationService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Run the account reconciliation and store its proposal",
            description = "Changes: CREATE (a P&L account without category), RENAME, BLOCK, UNBLOCK, REMOVE (account no "
                    + "longer in the chart). Nothing changed: no changes, all counts zero.")
    @ApiResponse(responseCode = "201", description = "the proposal")
    @ApiResponse(responseCode = "404", description = "unknown company or no setup")
    @ApiResponse(responseCode = "422", description = "the company has no chart of accounts yet")
    ResponseEntity<Proposal> run(@PathVariable String company) {
        Proposal proposal = service.run(company);
        return ResponseEntity.created(URI.create("/api/companies/" + company + "/reconciliations/" + proposal.runId()))
                .body(proposal);
    }

    @GetMapping
    @Operation(summary = "The company's proposals, newest first")
    List<Proposal> proposals(@PathVariable String company) {
        return service.proposals(company);
    }

    @GetMapping("/{runId:\\d+}")
    @Operation(summary = "One proposal with its changes and, once applied, who applied it, when and the setup version")
    @ApiResponse(responseCode = "404", description = "no such proposal")
    Proposal proposal(@PathVariable String company, @PathVariable long runId) {
        return service.proposal(company, runId);
    }

    @PostMapping("/{runId:\\d+}/apply")
    @Operation(summary = "Apply a proposal: writes a new setup version with its changes",
            description = "Records who applied it and when. A category to remove that the setup still names is "
                    + "blocked instead (see each change's outcome).")
    @ApiResponse(responseCode = "200", description = "the proposal with its application")
    @ApiResponse(responseCode = "409", description = "stale (the chart or the setup changed since the run) or already applied")
    @ApiResponse(responseCode = "422", description = "the proposal has no changes")
    Proposal apply(@PathVariable String company, @PathVariable long runId) {
        return service.apply(company, runId);
    }
}
