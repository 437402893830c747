package org.costclose.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * DOMAIN.md's steel case calculated for October 2026 (ledger, output, the ACTUAL calculation), and back to the
 * state before any calculation afterwards, as the calculation's own tests leave it.
 */
final class SteelStatements {

    static final String DIMENSION = "/api/companies/steel/statements/dimension?period=2026-10&dimension=CostPurpose"
            + "&lineStructure=STEEL";

    private SteelStatements() {
    }

    static void calculate(DemoCompanyLoader demo, LedgerProcessingService ledger, ProductionProcessingService production,
                          TestRestTemplate http) {
        demo.load("steel");
        ledger.processLedger("steel", "2026-10");
        production.processProduction("steel", "2026-10");
        assertThat(http.postForEntity("/api/companies/steel/periods/2026-10/calculations?version=ACTUAL", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    static void reset(DemoCompanyLoader demo, JdbcTemplate jdbc) {
        demo.load("steel");
        jdbc.update("DELETE FROM calculation_transaction WHERE company_id = 'steel'");
    }
}
