package org.costclose.intake;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload of ERP exports (CSV) and the list of imports. */
@RestController
@RequestMapping("/api/companies/{company}/imports")
class IntakeController {

    private static final int MAX_PAGE = 500;
    private static final int MAX_JSON_ROWS = 10_000;

    private final IntakeService intake;

    IntakeController(IntakeService intake) {
        this.intake = intake;
    }

    @Operation(summary = "Import a CSV file sent as the request body (streamed)",
            description = "Kinds: accounts, dimension-values, gl-entries, gl-budget-entries, route-transactions, "
                    + "reported-finished, project-hours, service-transactions. 201 when rows were stored, 200 when "
                    + "everything was already stored, 422 with every bad row when the file is rejected. "
                    + "complete=true (accounts only): the file is the complete chart of accounts, and the company's "
                    + "accounts it does not list are marked as no longer in the chart.")
    @PostMapping(path = "/{kind}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<ImportRecord> importBody(@PathVariable String company, @PathVariable String kind,
                                            @RequestParam(defaultValue = "upload.csv") String fileName,
                                            @RequestParam(defaultValue = "false") boolean complete,
                                            HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return answer(importCsv(company, kind(kind), fileName, body, complete));
        }
    }

    @Operation(summary = "Import a CSV file sent as multipart/form-data (part 'file')")
    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportRecord> importMultipart(@PathVariable String company, @PathVariable String kind,
                                                 @RequestPart("file") MultipartFile file,
                                                 @RequestParam(defaultValue = "false") boolean complete) throws IOException {
        try (InputStream body = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            return answer(importCsv(company, kind(kind), name, body, complete));
        }
    }

    @Operation(summary = "Import a few rows sent as JSON: an array of objects keyed by the CSV column names",
            description = "For small posts; the rows go through the same checks as a CSV file, and row 2 is the first object.")
    @PostMapping(path = "/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportRecord> importJson(@PathVariable String company, @PathVariable String kind,
                                            @RequestParam(defaultValue = "upload.json") String fileName,
                                            @RequestParam(defaultValue = "false") boolean complete,
                                            @RequestBody List<Map<String, Object>> rows) throws IOException {
        if (rows.size() > MAX_JSON_ROWS) {
            throw new PayloadTooLargeException("at most " + MAX_JSON_ROWS + " rows per JSON post; send larger sets as CSV");
        }
        try (InputStream body = JsonRows.toCsv(rows)) {
            return answer(importCsv(company, kind(kind), fileName, body, complete));
        }
    }

    @Operation(summary = "List the company's imports, newest first")
    @GetMapping
    List<ImportRecord> imports(@PathVariable String company, @RequestParam(defaultValue = "0") long offset,
                               @RequestParam(defaultValue = "50") int limit) {
        return intake.imports(company, Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    @Operation(summary = "One import with the errors kept for it")
    @GetMapping("/{importId:\\d+}")
    ImportDetail importDetail(@PathVariable String company, @PathVariable long importId) {
        return intake.importDetail(company, importId);
    }

    private ImportRecord importCsv(String company, ImportKind kind, String fileName, InputStream body, boolean complete) {
        if (!complete) {
            return intake.importCsv(company, kind, fileName, body);
        }
        if (kind != ImportKind.ACCOUNTS) {
            throw InvalidInputException.single("complete applies to the chart of accounts only",
                    new InputError(null, null, "complete", "true", "only an accounts file can be complete"));
        }
        return intake.importCompleteChart(company, fileName, body);
    }

    private static ImportKind kind(String slug) {
        return ImportKind.fromSlug(slug).orElseThrow(() ->
                new NotFoundException("unknown import kind '" + slug + "'; kinds are: " + ImportKind.slugs()));
    }

    private static ResponseEntity<ImportRecord> answer(ImportRecord record) {
        HttpStatus status = ImportRecord.STORED.equals(record.outcome()) ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(record);
    }
}
