package org.costclose.balances;

import java.math.BigDecimal;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steel case of DOMAIN.md for October 2026: the demo company, its ledger processed, and its output
 * reported as finished written as PRODUCTION cost transactions by the contract (production processing is
 * another package's work). Company steel is shared with other test classes, some of which count all its
 * rows, and re-running the ledger deletes LEDGER rows only: {@link #remove()} must run after each test.
 */
final class SteelOutput {

    static final String COMPANY = "steel";
    static final String PERIOD = "2026-10";

    private final JdbcTemplate jdbc;

    SteelOutput(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void load(DemoCompanyLoader demo, LedgerProcessingService ledger) {
        demo.load(COMPANY);
        ledger.processLedger(COMPANY, PERIOD);
        remove();
        report("RAF-BAL-SINT", "Sint", "8400");
        report("RAF-BAL-IRON", "Iron", "6000");
        report("RAF-BAL-SLAG", "Slag", "1800");
    }

    void remove() {
        jdbc.update("DELETE FROM cost_transaction WHERE company_id = ? AND period_id = ? AND source = 'PRODUCTION'"
                + " AND gl_entry_id LIKE 'RAF-BAL-%'", COMPANY, PERIOD);
    }

    private void report(String id, String costPurpose, String tons) {
        jdbc.update("INSERT INTO cost_transaction (company_id, period_id, version_id, source, run_id, gl_entry_id,"
                + " category_id, dimension_name, dimension_value, accounting_date, amount, fixed_amount, variable_amount,"
                + " quantity) VALUES (?, ?, 'ACTUAL', 'PRODUCTION', 0, ?, 'Output_t', 'CostPurpose', ?, DATE '2026-10-01',"
                + " 0, 0, 0, ?)", COMPANY, PERIOD, id, costPurpose, new BigDecimal(tons));
    }
}
