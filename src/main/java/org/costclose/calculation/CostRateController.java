package org.costclose.calculation;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Actual and planned cost rates of a period, and adopting the actual ones for the next period. */
@RestController
@RequestMapping("/api/companies/{company}/periods/{period}")
class CostRateController {

    private final CostRateService costRates;

    CostRateController(CostRateService costRates) {
        this.costRates = costRates;
    }

    @Operation(summary = "The version's actual cost rates of the period, with what internal cost allocations absorbed")
    @GetMapping("/cost-rates")
    List<CostRateMapper.CostRateView> actual(@PathVariable String company, @PathVariable String period,
            @RequestParam(defaultValue = "ACTUAL") String version) {
        return costRates.actual(company, period, version);
    }

    @Operation(summary = "The version's planned cost rates of the period (adopted from the previous period)")
    @GetMapping("/planned-cost-rates")
    List<CostRateMapper.PlannedRate> planned(@PathVariable String company, @PathVariable String period,
            @RequestParam(defaultValue = "ACTUAL") String version) {
        return costRates.plannedRates(company, period, version);
    }

    @Operation(summary = "Make the version's actual cost rates of the period the next period's planned rates")
    @PostMapping("/cost-rates/adopt")
    CostRateService.Adoption adopt(@PathVariable String company, @PathVariable String period,
            @RequestParam(defaultValue = "ACTUAL") String version) {
        return costRates.adopt(company, period, version);
    }
}
