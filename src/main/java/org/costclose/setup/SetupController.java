package org.costclose.setup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.costclose.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/companies")
@Tag(name = "Company setup", description = "A company's cost accounting setup, loaded from YAML and versioned")
class SetupController {

    private final SetupService service;

    SetupController(SetupService service) {
        this.service = service;
    }

    @PutMapping(path = "/{company}/setup", consumes = {"application/yaml", "application/x-yaml", "text/yaml",
            "text/plain"})
    @Operation(summary = "Load a company's setup from one YAML document",
            description = "Errors are reported as file setup.yaml with line and field.")
    @ApiResponse(responseCode = "201", description = "a new setup version was stored and is active")
    @ApiResponse(responseCode = "200", description = "identical to the active setup: nothing stored")
    @ApiResponse(responseCode = "422", description = "the setup has errors (all listed); nothing stored")
    ResponseEntity<SetupLoadResult> load(@PathVariable String company, @RequestBody String yaml) {
        SetupLoadResult result = service.load(company, List.of(new SetupFile(SetupContent.SINGLE_FILE, yaml)),
                "PUT /api/companies/" + company + "/setup");
        if (!result.changed()) {
            return ResponseEntity.ok(result);
        }
        return ResponseEntity.created(URI.create("/api/companies/" + company + "/setup")).body(result);
    }

    @GetMapping
    @Operation(summary = "List the companies with their active setup version")
    List<CompanySummary> companies() {
        return service.companies();
    }

    @GetMapping("/{company}/setup")
    @Operation(summary = "The active setup of a company and all its versions, newest first")
    @ApiResponse(responseCode = "404", description = "unknown company")
    ActiveSetupView setup(@PathVariable String company) {
        CompanySummary summary = service.company(company)
                .orElseThrow(() -> new NotFoundException("Company " + company + " does not exist"));
        List<SetupVersionSummary> history = service.history(company);
        SetupVersionSummary active = history.stream()
                .filter(version -> summary.activeSetupId() != null && version.setupId() == summary.activeSetupId())
                .findFirst().orElseThrow(() -> new NotFoundException("Company " + company + " has no setup"));
        return new ActiveSetupView(company, active.setupId(), active.contentHash(), active.loadedBy(),
                active.loadedAt(), active.source(), service.activeSetup(company).orElseThrow(), history);
    }

    @GetMapping("/{company}/setup/yaml")
    @Operation(summary = "The stored YAML of the active setup version",
            description = "So that a setup produced here (e.g. by account reconciliation) can be committed to the "
                    + "company's repository. Several files come joined, each after a line '# file: <name>'.")
    @ApiResponse(responseCode = "404", description = "unknown company, or no setup loaded")
    ResponseEntity<String> yaml(@PathVariable String company) {
        String content = service.activeContent(company)
                .orElseThrow(() -> new NotFoundException("Company " + company + " has no setup"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/yaml;charset=UTF-8")).body(content);
    }

}
