package org.costclose.browse;

import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The steel demo with October 2026 processed and its ACTUAL version calculated, and back to before it. */
final class SteelStatementFixture {

    static final String STATEMENT = "/statements/steel/2026-10/dimension?version=ACTUAL&dimension=CostPurpose"
            + "&lineStructure=STEEL";

    private SteelStatementFixture() {
    }

    static void calculate(DemoCompanyLoader demo, LedgerProcessingService ledger,
                          ProductionProcessingService production, TestRestTemplate http) {
        demo.load("steel");
        ledger.processLedger("steel", "2026-10");
        production.processProduction("steel", "2026-10");
        var run = http.postForEntity("/api/companies/steel/periods/2026-10/calculations?version=ACTUAL", null,
                String.class);
        if (run.getStatusCode() != HttpStatus.CREATED) {
            throw new IllegalStateException("the steel calculation answered " + run.getStatusCode() + ": " + run.getBody());
        }
    }

    /** other tests start the steel case before any calculation */
    static void forget(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM calculation_transaction WHERE company_id = 'steel'");
    }
}
