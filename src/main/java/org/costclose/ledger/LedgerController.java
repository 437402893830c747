package org.costclose.ledger;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Process ledger transactions of a period, its runs and its rejected entries. */
@RestController
@RequestMapping("/api/companies/{company}/periods/{period}")
class LedgerController {

    private static final int MAX_PAGE = 1000;

    private final LedgerProcessingService ledger;

    LedgerController(LedgerProcessingService ledger) {
        this.ledger = ledger;
    }

    @Operation(summary = "Process the period's GL entries into cost transactions (replaces the previous run's result)")
    @PostMapping("/ledger-runs")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerRun process(@PathVariable String company, @PathVariable String period) {
        return ledger.processLedger(company, period);
    }

    @Operation(summary = "The period's ledger runs, newest first, with totals that reconcile")
    @GetMapping("/ledger-runs")
    List<LedgerRun> runs(@PathVariable String company, @PathVariable String period) {
        return ledger.runs(company, period);
    }

    @Operation(summary = "Entries the last run rejected, with reasons and counts by reason")
    @GetMapping("/ledger-rejects")
    LedgerProcessingService.LedgerRejects rejects(@PathVariable String company, @PathVariable String period,
                                                  @RequestParam(defaultValue = "0") long offset,
                                                  @RequestParam(defaultValue = "100") int limit) {
        return ledger.rejects(company, period, Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
    }
}
