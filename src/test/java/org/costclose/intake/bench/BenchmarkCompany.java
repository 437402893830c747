package org.costclose.intake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.costclose.intake.ImportKind;
import org.costclose.intake.ImportRecord;
import org.costclose.intake.IntakeService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's company, sized like the issue's: 2,000 cost centers, 20,000 cost purposes, 400 P&L
 * accounts and a few balance sheet ones, USD, 2026 open month by month. Its setup projection is
 * written straight into the tables, as IntakeFixture does, because the setup loader is built
 * elsewhere; the chart of accounts goes through the intake like an ERP export.
 */
final class BenchmarkCompany {

    static final String ID = "BENCH";
    static final int COST_CENTERS = 2_000;
    static final int COST_PURPOSES = 20_000;
    static final int PROFIT_AND_LOSS_ACCOUNTS = 400;
    static final int REVENUE_ACCOUNTS = 100;
    static final String[][] BALANCE_SHEET = {
            {"100000", "Cash", "asset"}, {"140000", "Inventory raw materials", "asset"},
            {"160000", "Receivables", "asset"}, {"200000", "Payables", "liability"}, {"300000", "Equity", "equity"}};

    String costCenter(int index) {
        return "CC" + GlFileGenerator.padded(index + 1, 4);
    }

    String costPurpose(int index) {
        return "CP" + GlFileGenerator.padded(index + 1, 5);
    }

    /** revenue 400001…400100, expenses 600001…600300 */
    String profitAndLossAccount(int index) {
        return index < REVENUE_ACCOUNTS ? "4" + GlFileGenerator.padded(index + 1, 5)
                : "6" + GlFileGenerator.padded(index - REVENUE_ACCOUNTS + 1, 5);
    }

    String balanceSheetAccount(int index) {
        return BALANCE_SHEET[index][0];
    }

    void writeAccounts(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("account,name,type,blocked\n");
        for (int i = 0; i < PROFIT_AND_LOSS_ACCOUNTS; i++) {
            boolean revenue = i < REVENUE_ACCOUNTS;
            csv.append(profitAndLossAccount(i)).append(',').append(revenue ? "Revenue " : "Expense ")
                    .append(i + 1).append(',').append(revenue ? "revenue" : "expense").append(",no\n");
        }
        for (String[] account : BALANCE_SHEET) {
            csv.append(account[0]).append(',').append(account[1]).append(',').append(account[2]).append(",no\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    void create(JdbcTemplate jdbc) {
        jdbc.update("INSERT INTO company (company_id, name, currency, minor_unit) VALUES (?, 'Benchmark', 'USD', 2)", ID);
        List<Object[]> periods = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(2026, month, 1);
            periods.add(new Object[] {ID, start.toString().substring(0, 7), Date.valueOf(start),
                    Date.valueOf(start.plusMonths(1).minusDays(1))});
        }
        jdbc.batchUpdate("INSERT INTO fiscal_period (company_id, period_id, start_date, end_date, state) "
                + "VALUES (?, ?, ?, ?, 'OPEN')", periods);
        jdbc.batchUpdate("INSERT INTO financial_dimension (company_id, dimension_name, slot, role) VALUES (?, ?, ?, ?)",
                List.of(new Object[] {ID, "CostCenter", 1, "COST_CENTER"}, new Object[] {ID, "CostPurpose", 2, "COST_PURPOSE"}));
        insertValues(jdbc, "CostCenter", COST_CENTERS, true);
        insertValues(jdbc, "CostPurpose", COST_PURPOSES, false);
    }

    ImportRecord importAccounts(IntakeService intake, Path file) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            return intake.importCsv(ID, ImportKind.ACCOUNTS, file.getFileName().toString(), input);
        }
    }

    private void insertValues(JdbcTemplate jdbc, String dimension, int count, boolean costCenters) {
        List<Object[]> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = costCenters ? costCenter(i) : costPurpose(i);
            values.add(new Object[] {ID, dimension, code, dimension + " " + (i + 1)});
        }
        jdbc.batchUpdate("INSERT INTO dimension_value (company_id, dimension_name, value_code, name, parent_code, source) "
                + "VALUES (?, ?, ?, ?, NULL, 'SETUP')", values);
    }
}
