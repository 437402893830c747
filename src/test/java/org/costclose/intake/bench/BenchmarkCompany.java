package org.costclose.intake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.costclose.intake.ImportKind;
import org.costclose.intake.ImportRecord;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;

/**
 * The benchmark's company, sized like the issue's: 2,000 cost centers, 20,000 cost purposes, 400 P&L
 * accounts and a few balance sheet ones, USD, 2026 open month by month. Its setup goes through the
 * product's setup loader as one generated YAML document (400 primary categories identical with the
 * accounts); the chart of accounts goes through the intake like an ERP export.
 */
public final class BenchmarkCompany {

    public static final String ID = "BENCH";
    public static final int COST_CENTERS = 2_000;
    public static final int COST_PURPOSES = 20_000;
    static final int PROFIT_AND_LOSS_ACCOUNTS = 400;
    static final int REVENUE_ACCOUNTS = 100;
    static final String[][] BALANCE_SHEET = {
            {"100000", "Cash", "asset"}, {"140000", "Inventory raw materials", "asset"},
            {"160000", "Receivables", "asset"}, {"200000", "Payables", "liability"}, {"300000", "Equity", "equity"}};

    public String costCenter(int index) {
        return "CC" + GlFileGenerator.padded(index + 1, 4);
    }

    public String costPurpose(int index) {
        return "CP" + GlFileGenerator.padded(index + 1, 5);
    }

    /** the cost center a cost purpose belongs to: ten purposes each */
    public int centerOf(int purpose) {
        return purpose / (COST_PURPOSES / COST_CENTERS);
    }

    /** the n-th of the handful of P&L accounts (an index) a cost purpose is posted on */
    int accountOfPurpose(int purpose, int n) {
        return (int) ((purpose * 7_919L + n * 104_729L) % PROFIT_AND_LOSS_ACCOUNTS);
    }

    /** the n-th of the few dozen P&L accounts a cost center's lines without a purpose go to */
    int accountOfCenter(int center, int n) {
        return (center * 31 + n * 13) % PROFIT_AND_LOSS_ACCOUNTS;
    }

    /** revenue 400001…400100, expenses 600001…600300 */
    String profitAndLossAccount(int index) {
        return index < REVENUE_ACCOUNTS ? "4" + GlFileGenerator.padded(index + 1, 5)
                : "6" + GlFileGenerator.padded(index - REVENUE_ACCOUNTS + 1, 5);
    }

    String balanceSheetAccount(int index) {
        return BALANCE_SHEET[index][0];
    }

    public void writeAccounts(Path file) throws IOException {
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

    /** loads the company through the product's setup loader: one generated YAML document, and any more files */
    public void load(SetupService setup, SetupFile... more) {
        List<SetupFile> files = new ArrayList<>(List.of(new SetupFile("setup.yaml", yaml())));
        files.addAll(List.of(more));
        setup.load(ID, files, "benchmark");
    }

    private String yaml() {
        StringBuilder yaml = new StringBuilder("""
                company: {id: BENCH, name: Benchmark, currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-01, to: 2026-12}
                dimensions:
                  - name: CostCenter
                    role: costCenter
                    values:
                """);
        for (int i = 0; i < COST_CENTERS; i++) {
            yaml.append("      - {code: ").append(costCenter(i)).append(", name: Cost center ").append(i + 1).append("}\n");
        }
        yaml.append("  - name: CostPurpose\n    role: costPurpose\n    values:\n");
        for (int i = 0; i < COST_PURPOSES; i++) {
            yaml.append("      - {code: ").append(costPurpose(i)).append(", name: Cost purpose ").append(i + 1).append("}\n");
        }
        yaml.append("costCategories:\n");
        StringBuilder skips = new StringBuilder("postingControl:\n");
        for (int i = 0; i < PROFIT_AND_LOSS_ACCOUNTS; i++) {
            String account = profitAndLossAccount(i);
            yaml.append("  - {id: ").append(account).append(", name: Account ").append(account)
                    .append(", kind: primary, fixedShare: ").append(i < REVENUE_ACCOUNTS ? "0" : "37.5")
                    .append(", transactionControl: [CostCenter, CostPurpose]}\n");
            // the generated ledger leaves dimensions blank on purpose: skip them rather than reject
            skips.append("  - {category: ").append(account).append(", dimension: CostCenter, skip: blank}\n")
                    .append("  - {category: ").append(account).append(", dimension: CostPurpose, skip: blank}\n");
        }
        return yaml.append("postingLayers: [CURRENT, OPERATIONS]\n").append(skips).toString();
    }

    public ImportRecord importAccounts(IntakeService intake, Path file) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            return intake.importCsv(ID, ImportKind.ACCOUNTS, file.getFileName().toString(), input);
        }
    }
}
