package org.costclose.balances;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A company set up through the real setup path, whose cost transactions the tests write directly by the
 * cost_transaction contract (LEDGER rows: money; PRODUCTION rows: quantities on service categories).
 * CostCenter has a two-level hierarchy ALL > G1 > {A, B} and ALL > C.
 */
final class BalanceFixture {

    static final String PERIOD = "2026-10";

    private final JdbcTemplate jdbc;
    final String company = "B" + UUID.randomUUID().toString().substring(0, 8);

    BalanceFixture(SetupService setup, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        setup.load(company, List.of(new SetupFile("setup.yaml", yaml())), "test");
    }

    /** a LEDGER row; fixed + variable = amount, as the contract requires */
    BalanceFixture post(String dimension, String value, String category, String amount, String fixed, String quantity) {
        return insert(PERIOD, "ACTUAL", "LEDGER", dimension, value, category, new BigDecimal(amount),
                new BigDecimal(fixed), quantity == null ? null : new BigDecimal(quantity));
    }

    /** a PRODUCTION row: no money, a signed quantity on a service category */
    BalanceFixture produce(String value, String category, String quantity) {
        return insert(PERIOD, "ACTUAL", "PRODUCTION", "CostPurpose", value, category, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal(quantity));
    }

    BalanceFixture insert(String period, String version, String source, String dimension, String value, String category,
                          BigDecimal amount, BigDecimal fixed, BigDecimal quantity) {
        jdbc.update("INSERT INTO cost_transaction (company_id, period_id, version_id, source, run_id, source_id,"
                        + " category_id, dimension_name, dimension_value, entry_count, amount, fixed_amount,"
                        + " variable_amount, quantity) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
                company, period, version, source, "E-" + UUID.randomUUID().toString().substring(0, 8), category,
                dimension, value, amount, fixed, amount.subtract(fixed), quantity);
        return this;
    }

    private String yaml() {
        return """
                company: {id: %s, name: Balance test, currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-09, to: 2026-11}
                dimensions:
                  - name: CostCenter
                    role: costCenter
                    values:
                      - {code: ALL, name: All centers}
                      - {code: G1, name: Group one, parent: ALL}
                      - {code: A, name: Center A, parent: G1}
                      - {code: B, name: Center B, parent: G1}
                      - {code: C, name: Center C, parent: ALL}
                  - name: CostPurpose
                    role: costPurpose
                    values: [{code: P1, name: Product one}, {code: P2, name: Product two}]
                  - name: Department
                    values: [{code: PROD, name: Production}]
                costCategories:
                  - {id: 401100, name: Sales, kind: primary, transactionControl: [CostCenter, CostPurpose]}
                  - {id: 500111, name: Ore, kind: primary, transactionControl: [CostCenter, CostPurpose]}
                  - {id: 500112, name: Coke, kind: primary, transactionControl: [CostCenter, CostPurpose]}
                  - {id: 600250, name: Salaries, kind: primary, fixedShare: 50, transactionControl: [CostCenter, CostPurpose]}
                  - {id: Output_t, name: Output, kind: service, unit: t, debitDimension: CostPurpose, transactionControl: [CostPurpose]}
                postingLayers: [CURRENT]
                calculationVersions:
                  - {id: ACTUAL, name: Actual, kind: actual}
                  - {id: SIM, name: Simulation, kind: simulation, basedOn: ACTUAL}
                lineStructures:
                  - id: T
                    name: Test statement
                    lines:
                      - {id: L_RM, name: Materials, kind: category, ranges: [{from: 500000, to: 599999}]}
                      - {id: L_WG, name: Wages, kind: category, categories: [600250]}
                      - {id: L_TC, name: Total cost, kind: total, lines: [L_RM, L_WG]}
                      - {id: L_TO, name: Output, kind: quantity, categories: [Output_t]}
                      - {id: L_TT, name: Cost per t, kind: calculation, formula: L_TC / L_TO}
                      - {id: L_SL, name: Revenue, kind: category, categories: [401100], sign: -1}
                      - {id: L_RE, name: Result, kind: total, lines: [L_SL, L_TC], sign: -1}
                """.formatted(company);
    }
}
