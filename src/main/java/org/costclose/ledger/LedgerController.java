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

/** Process ledger and production transactions of a period, their runs and their rejects. */
@RestController
@RequestMapping("/api/companies/{company}/periods/{period}")
class LedgerController {

    private static final int MAX_PAGE = 1000;

    private final LedgerProcessingService ledger;
    private final ProductionProcessingService production;
    private final BudgetProcessingService budgets;

    LedgerController(LedgerProcessingService ledger, ProductionProcessingService production,
                     BudgetProcessingService budgets) {
        this.ledger = ledger;
        this.production = production;
        this.budgets = budgets;
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

    @Operation(summary = "Process the period's route hours, reported-as-finished output, project hours and manual "
            + "service transactions into service quantities (replaces the previous run's result)")
    @PostMapping("/production-runs")
    @ResponseStatus(HttpStatus.CREATED)
    ProductionRun processProduction(@PathVariable String company, @PathVariable String period) {
        return production.processProduction(company, period);
    }

    @Operation(summary = "The period's production runs, newest first")
    @GetMapping("/production-runs")
    List<ProductionRun> productionRuns(@PathVariable String company, @PathVariable String period) {
        return production.runs(company, period);
    }

    @Operation(summary = "Production, project and service rows the last run rejected, with reasons")
    @GetMapping("/production-rejects")
    List<ProductionReject> productionRejects(@PathVariable String company, @PathVariable String period,
                                             @RequestParam(defaultValue = "0") long offset,
                                             @RequestParam(defaultValue = "100") int limit) {
        return production.rejects(company, period, Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    @Operation(summary = "Lineage of a ledger cost transaction: the ids of the GL entries it sums")
    @GetMapping("/ledger-entries")
    List<String> entriesOf(@PathVariable String company, @PathVariable String period, @RequestParam String category,
                           @RequestParam String dimension, @RequestParam String value,
                           @RequestParam(defaultValue = "0") long offset, @RequestParam(defaultValue = "100") int limit) {
        return ledger.entriesOf(company, period, category, dimension, value, Math.max(0, offset),
                Math.min(Math.max(1, limit), MAX_PAGE));
    }

    @Operation(summary = "A budget version's input runs of the period, newest first (calculating the version runs one)")
    @GetMapping("/budget-runs")
    List<BudgetRun> budgetRuns(@PathVariable String company, @PathVariable String period,
                               @RequestParam String version) {
        return budgets.runs(company, period, version);
    }

    @Operation(summary = "GL budget entries the budget version's last input run rejected, with reasons")
    @GetMapping("/budget-rejects")
    List<LedgerReject> budgetRejects(@PathVariable String company, @PathVariable String period,
                                     @RequestParam String version, @RequestParam(defaultValue = "0") long offset,
                                     @RequestParam(defaultValue = "100") int limit) {
        return budgets.rejects(company, period, version, Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
    }
}
