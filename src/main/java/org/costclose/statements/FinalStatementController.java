package org.costclose.statements;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The final statements and reports closes stored, served byte for byte as they were rendered. */
@RestController
@RequestMapping("/api/companies/{company}/statements")
class FinalStatementController {

    private final FinalStatementService finals;

    FinalStatementController(FinalStatementService finals) {
        this.finals = finals;
    }

    @Operation(summary = "The final statements and reports stored by the closes of a period (id, kind, report or "
            + "dimension and line structure, format, SHA-256, close)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<FinalStatementMapper.Listed> list(@PathVariable String company, @RequestParam String period) {
        return finals.list(company, period);
    }

    @Operation(summary = "A stored final statement's bytes, unchanged; X-Content-SHA256 is the SHA-256 stored with it")
    @GetMapping("/{id}")
    ResponseEntity<byte[]> statement(@PathVariable String company, @PathVariable long id) {
        FinalStatementMapper.StoredStatement stored = finals.statement(company, id);
        StatementFormat format = StatementFormat.valueOf(stored.fileFormat);
        ContentDisposition disposition = (format == StatementFormat.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(stored.fileName).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-SHA256", stored.sha256).eTag('"' + stored.sha256 + '"').body(stored.content);
    }
}
