package org.costclose.intake.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a month (2026-10) of GL lines twice in one pass: the ERP export the intake reads, and the
 * same rows in gl_entry's column layout for the plain COPY baseline. Rows come from a seeded random
 * stream and are written as they are made, so the files are reproducible and memory does not grow with N.
 */
public final class GlFileGenerator {

    static final String GL_HEADER = "entry_id,voucher,date,account,amount,quantity,unit,posting_layer,CostCenter,CostPurpose";
    /** the COPY file's columns: gl_entry's, with what the intake derives (company, period, layer default) filled in */
    static final String COPY_COLUMNS = "company_id,entry_id,voucher,accounting_date,period_id,account_no,dim_1,dim_2,"
            + "amount,quantity,unit,posting_layer,import_id,row_hash";
    private static final String PERIOD = "2026-10";
    private static final int DAYS = 31;
    private static final String[] UNITS = {"h", "t", "pcs"};

    private final BenchmarkCompany company;
    private final SplittableRandom random;

    public GlFileGenerator(BenchmarkCompany company, long seed) {
        this.company = company;
        this.random = new SplittableRandom(seed);
    }

    public void write(long rows, Path glFile, Path copyFile) throws IOException {
        String[] dates = new String[DAYS];
        for (int d = 0; d < DAYS; d++) {
            dates[d] = LocalDate.of(2026, 10, 1).plusDays(d).toString();
        }
        try (Writer gl = writer(glFile); Writer copy = writer(copyFile)) {
            gl.write(GL_HEADER + "\n");
            copy.write(COPY_COLUMNS + "\n");
            StringBuilder glLine = new StringBuilder(160);
            StringBuilder copyLine = new StringBuilder(200);
            for (long i = 0; i < rows; i++) {
                // dates rise through the month as in an ERP export sorted by posting
                line(i, dates[(int) (i * DAYS / rows)], glLine, copyLine);
                gl.append(glLine);
                copy.append(copyLine);
            }
        }
    }

    private void line(long i, String date, StringBuilder gl, StringBuilder copy) {
        boolean balanceSheet = random.nextInt(100) < 3;
        // a cost purpose belongs to one cost center and is posted on a handful of accounts; a line without a
        // purpose goes to one of its cost center's few dozen accounts (docs/benchmark-intake.md: why)
        int purpose = balanceSheet || random.nextInt(100) < 30 ? -1 : random.nextInt(BenchmarkCompany.COST_PURPOSES);
        int center = balanceSheet || random.nextInt(100) < 5 ? -1
                : purpose >= 0 ? company.centerOf(purpose) : random.nextInt(BenchmarkCompany.COST_CENTERS);
        String account = balanceSheet ? company.balanceSheetAccount(random.nextInt(BenchmarkCompany.BALANCE_SHEET.length))
                : company.profitAndLossAccount(purpose >= 0 ? company.accountOfPurpose(purpose, random.nextInt(5))
                : center >= 0 ? company.accountOfCenter(center, random.nextInt(30))
                : random.nextInt(BenchmarkCompany.PROFIT_AND_LOSS_ACCOUNTS));
        // up to 100,000.00 either way; a quarter are credits
        BigDecimal amount = BigDecimal.valueOf(random.nextLong(1, 10_000_000), 2);
        String amountText = (random.nextInt(4) == 0 ? amount.negate() : amount).toPlainString();
        boolean withQuantity = random.nextInt(10) < 3;
        String quantity = withQuantity ? BigDecimal.valueOf(random.nextLong(1, 10_000_000), 3).toPlainString() : "";
        String unit = withQuantity ? UNITS[random.nextInt(UNITS.length)] : "";
        int layer = random.nextInt(100);
        // a blank posting layer is the ERP's default, which the intake stores as CURRENT
        String layerText = layer < 25 ? "" : layer < 85 ? "CURRENT" : layer < 95 ? "OPERATIONS" : "TAX";
        String layerStored = layerText.isEmpty() ? "CURRENT" : layerText;
        String costCenter = center < 0 ? "" : company.costCenter(center);
        String costPurpose = purpose < 0 ? "" : company.costPurpose(purpose);
        String entryId = "GL-" + padded(i + 1, 9);
        String voucher = "V-" + padded(i / 4 + 1, 8);

        gl.setLength(0);
        gl.append(entryId).append(',').append(voucher).append(',').append(date).append(',').append(account).append(',')
                .append(amountText).append(',').append(quantity).append(',').append(unit).append(',').append(layerText)
                .append(',').append(costCenter).append(',').append(costPurpose).append('\n');
        copy.setLength(0);
        copy.append(BenchmarkCompany.ID).append(',').append(entryId).append(',').append(voucher).append(',').append(date)
                .append(',').append(PERIOD).append(',').append(account).append(',').append(costCenter).append(',')
                .append(costPurpose).append(',').append(amountText).append(',').append(quantity).append(',').append(unit)
                .append(',').append(layerStored).append(",1,").append(fingerprint(i)).append('\n');
    }

    /** the baseline's row_hash only has to be a BIGINT like the intake's; its value costs COPY nothing extra */
    private static long fingerprint(long i) {
        long z = i * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 31);
    }

    public static String padded(long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
    }
}
