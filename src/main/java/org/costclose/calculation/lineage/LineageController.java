package org.costclose.calculation.lineage;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Explain a balance back through the calculation's steps to its cost transactions and GL entries. */
@RestController
class LineageController {

    private final LineageService lineage;

    LineageController(LineageService lineage) {
        this.lineage = lineage;
    }

    @Operation(summary = "Lineage of a balance: a tree from the balance through the steps to cost transactions and"
            + " GL entry ids, amounts adding up at every node")
    @GetMapping("/api/companies/{company}/lineage")
    Lineage lineage(@PathVariable String company, @RequestParam String period,
                    @RequestParam(defaultValue = LineageService.INPUT_VERSION) String version,
                    @RequestParam String dimension, @RequestParam String value,
                    @RequestParam(required = false) String category,
                    @RequestParam(required = false) String lineStructure,
                    @RequestParam(required = false) String line,
                    @RequestParam(defaultValue = "" + LineageService.DEFAULT_DEPTH) int depth) {
        return lineage.lineage(company, new LineageRequest(period, version, dimension, value, category, lineStructure,
                line, depth));
    }
}
