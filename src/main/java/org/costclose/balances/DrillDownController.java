package org.costclose.balances;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Drill-down: a balance cell's cost transactions, and a GL entry by its id. */
@RestController
@RequestMapping("/api/companies/{company}")
class DrillDownController {

    private final DrillDownService drillDown;

    DrillDownController(DrillDownService drillDown) {
        this.drillDown = drillDown;
    }

    @Operation(summary = "The cost transactions behind a balance: of a value, and a category or a line of a structure",
            description = "period, dimension and value are required; category=<id>, or line=<id>&lineStructure=<id> for the "
                    + "categories behind a line; hierarchy=true includes a group value's descendants. Paged: at most 1,000.")
    @GetMapping("/cost-transactions")
    CostTransactions transactions(@PathVariable String company, @RequestParam(required = false) String period,
                                  @RequestParam(required = false) String dimension,
                                  @RequestParam(required = false) String value,
                                  @RequestParam(required = false) String category,
                                  @RequestParam(required = false) String line,
                                  @RequestParam(required = false) String lineStructure,
                                  @RequestParam(defaultValue = RequestChecks.ACTUAL) String version,
                                  @RequestParam(defaultValue = "false") boolean hierarchy,
                                  @RequestParam(defaultValue = "0") long offset,
                                  @RequestParam(defaultValue = "100") int limit) {
        return drillDown.transactions(company, new DrillParameters(period, dimension, value, category, line,
                lineStructure, version, hierarchy, offset, limit));
    }

    @Operation(summary = "A GL entry with all its columns, its dimensions named by the company's dimension names")
    @GetMapping("/gl-entries/{entryId}")
    GlEntry glEntry(@PathVariable String company, @PathVariable String entryId) {
        return drillDown.glEntry(company, entryId);
    }
}
