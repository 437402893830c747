package org.costclose.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small company written straight into the setup projection (the setup loader is tested on its
 * own): USD with 2 decimals, periods 2026-09 (closed) to 2026-11, CostCenter and CostPurpose with
 * values, an unused Department dimension, service categories, and a chart of four accounts.
 */
final class IntakeFixture {

    static final String ACCOUNTS = """
            account,name,type,blocked
            401100,Sales,revenue,no
            500111,Change in inventory - raw materials,expense,
            600250,Manufacturing salaries,expense,no
            140000,Inventory raw materials,asset,no
            """;

    private final JdbcTemplate jdbc;
    private final IntakeService intake;

    IntakeFixture(JdbcTemplate jdbc, IntakeService intake) {
        this.jdbc = jdbc;
        this.intake = intake;
    }

    String newCompany() {
        String company = "c" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO company (company_id, name, currency, minor_unit) VALUES (?, 'Test', 'USD', 2)", company);
        period(company, "2026-09", "2026-09-01", "2026-09-30", "CLOSED");
        period(company, "2026-10", "2026-10-01", "2026-10-31", "OPEN");
        period(company, "2026-11", "2026-11-01", "2026-11-30", "OPEN");
        dimension(company, "CostCenter", 1, "COST_CENTER");
        dimension(company, "CostPurpose", 2, "COST_PURPOSE");
        dimension(company, "Department", 3, null);
        value(company, "CostCenter", "PLANTS", null);
        value(company, "CostCenter", "SP", "PLANTS");
        value(company, "CostCenter", "BF", "PLANTS");
        value(company, "CostPurpose", "Sint", null);
        value(company, "CostPurpose", "Iron", null);
        value(company, "CostPurpose", "Slag", null);
        value(company, "Department", "D10", null);
        category(company, "Output_t", "SERVICE", null, "CostPurpose");
        category(company, "MachineHours", "SERVICE", "CostCenter", "CostPurpose");
        category(company, "CC-CP", "SECONDARY", null, null);
        intake.importCsv(company, ImportKind.ACCOUNTS, "accounts.csv", csv(ACCOUNTS));
        return company;
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private void period(String company, String id, String start, String end, String state) {
        jdbc.update("INSERT INTO fiscal_period (company_id, period_id, start_date, end_date, state) VALUES (?, ?, ?, ?, ?)",
                company, id, java.sql.Date.valueOf(start), java.sql.Date.valueOf(end), state);
    }

    private void dimension(String company, String name, int slot, String role) {
        jdbc.update("INSERT INTO financial_dimension (company_id, dimension_name, slot, role) VALUES (?, ?, ?, ?)",
                company, name, slot, role);
    }

    private void value(String company, String dimension, String code, String parent) {
        jdbc.update("INSERT INTO dimension_value (company_id, dimension_name, value_code, name, parent_code, source) "
                + "VALUES (?, ?, ?, ?, ?, 'SETUP')", company, dimension, code, code + " name", parent);
    }

    private void category(String company, String id, String kind, String credit, String debit) {
        jdbc.update("INSERT INTO cost_category (company_id, category_id, name, kind, unit, credit_dimension, debit_dimension) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", company, id, id, kind, "SERVICE".equals(kind) ? "h" : null, credit, debit);
    }
}
