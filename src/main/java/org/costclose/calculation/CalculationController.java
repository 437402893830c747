package org.costclose.calculation;

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

/** Run the period calculation of a version and read its runs. */
@RestController
@RequestMapping("/api/companies/{company}")
class CalculationController {

    private final CalculationService calculations;

    CalculationController(CalculationService calculations) {
        this.calculations = calculations;
    }

    @Operation(summary = "Calculate a version for the period (replaces the version's previous calculation transactions)")
    @PostMapping("/periods/{period}/calculations")
    @ResponseStatus(HttpStatus.CREATED)
    CalculationRun calculate(@PathVariable String company, @PathVariable String period, @RequestParam String version) {
        return calculations.calculate(company, period, version);
    }

    @Operation(summary = "The period's calculation runs, newest first")
    @GetMapping("/periods/{period}/calculations")
    List<CalculationRun> runs(@PathVariable String company, @PathVariable String period) {
        return calculations.runs(company, period);
    }

    @Operation(summary = "A calculation run with its conservation check and what it moved onto each value")
    @GetMapping("/calculation-runs/{runId}")
    CalculationService.CalculationSummary summary(@PathVariable String company, @PathVariable long runId) {
        return calculations.summary(company, runId);
    }
}
