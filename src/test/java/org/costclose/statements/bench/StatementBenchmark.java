package org.costclose.statements.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.intake.bench.BenchApplication;
import org.costclose.intake.bench.BenchmarkCompany;
import org.costclose.intake.bench.GlFileGenerator;
import org.costclose.intake.bench.HeapWatch;
import org.costclose.intake.bench.Measurement;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.LedgerRun;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.costclose.statements.DimensionStatementRequest;
import org.costclose.statements.DimensionStatementService;
import org.costclose.statements.StatementFormat;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement benchmark (bench/statements.sh, README "Statement benchmark"): the intake benchmark's company
 * (20,000 cost purposes) and a month of N GL lines through intake and ledger processing on PostgreSQL, then the
 * dimension statement of all cost purposes through a five-line structure, rendered as HTML and XLSX to files
 * (long layout: a row per cost purpose), timed with the heap peaks; then the same with the year to date and the
 * fixed/variable split. Usage: {@code StatementBenchmark [N] [seed]}; BENCH_DB (wiped, ends in _bench), BENCH_DIR.
 */
public final class StatementBenchmark {

    private static final long DEFAULT_ROWS = 500_000;
    private static final long DEFAULT_SEED = 20261031L;
    private static final String PERIOD = "2026-10";
    private static final String STRUCTURE = """
            lineStructures:
              - id: BENCH
                name: Benchmark cost statement
                lines:
                  - {id: REVENUE, name: Revenue, kind: category, sign: -1, ranges: [{from: 400001, to: 400100}]}
                  - {id: EXPENSES, name: Expenses, kind: category, ranges: [{from: 600001, to: 600300}]}
                  - {id: OVERHEAD, name: Overhead expenses, kind: category, ranges: [{from: 600201, to: 600300}]}
                  - {id: MARGIN, name: Margin, kind: total, lines: [REVENUE, EXPENSES], sign: -1}
                  - {id: COVER, name: Expenses per revenue, kind: calculation, formula: EXPENSES / REVENUE}
            """;

    private final BenchApplication bench = new BenchApplication();

    public static void main(String[] args) throws Exception {
        long rows = BenchApplication.argument(args, 0, DEFAULT_ROWS);
        long seed = BenchApplication.argument(args, 1, DEFAULT_SEED);
        String database = BenchApplication.database("costclose_statements_bench");
        Path dir = Path.of(System.getenv().getOrDefault("BENCH_DIR", "bench-data"));
        new StatementBenchmark().run(rows, seed, database, dir);
        System.exit(0);
    }

    private void run(long rows, long seed, String database, Path dir) throws Exception {
        Files.createDirectories(dir);
        var company = new BenchmarkCompany();
        Path accounts = dir.resolve("accounts.csv");
        Path glFile = dir.resolve("gl-entries-" + rows + ".csv");
        company.writeAccounts(accounts);
        new GlFileGenerator(company, seed).write(rows, glFile, dir.resolve("gl-entries-" + rows + "-copy-layout.csv"));
        try (ConfigurableApplicationContext context = BenchApplication.start(database)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var intake = context.getBean(IntakeService.class);
            company.load(context.getBean(SetupService.class), new SetupFile("statement.yaml", STRUCTURE));
            company.importAccounts(intake, accounts);
            long start = System.nanoTime();
            try (InputStream input = Files.newInputStream(glFile)) {
                intake.importCsv(BenchmarkCompany.ID, ImportKind.GL_ENTRIES, glFile.getFileName().toString(), input);
            }
            LedgerRun ledger = context.getBean(LedgerProcessingService.class).processLedger(BenchmarkCompany.ID, PERIOD);
            jdbc.execute("VACUUM (ANALYZE) cost_transaction");
            System.out.printf("N = %,d GL lines: %,d cost transactions in %.1f s; max heap %d MB, %d cores%n", rows,
                    ledger.transactionsOut(), (System.nanoTime() - start) / 1e9, HeapWatch.maxHeapBytes() >> 20,
                    Runtime.getRuntime().availableProcessors());
            var statements = context.getBean(DimensionStatementService.class);
            for (List<String> compare : List.of(List.<String>of(), List.of("ytd"))) {
                var request = new DimensionStatementRequest(BenchmarkCompany.ID, PERIOD, "ACTUAL", "CostPurpose",
                        "BENCH", null, compare, "auto", !compare.isEmpty());
                for (StatementFormat format : List.of(StatementFormat.HTML, StatementFormat.XLSX)) {
                    Path file = dir.resolve("statement" + (compare.isEmpty() ? "" : "-ytd") + "." + format.extension());
                    Measurement measured = bench.measure(format.name(), jdbc, () -> {
                        var statement = statements.check(request, format);
                        try (OutputStream out = Files.newOutputStream(file)) {
                            statements.render(statement, format, "", out);
                        }
                        return statement.valueCount();
                    });
                    System.out.printf("%s %s: %,d cost purposes in %.1f s, %,d KB, peak heap used %d MB, after GC %d MB%n",
                            format, compare.isEmpty() ? "plain" : "with YTD and fixed/variable", measured.rows(),
                            measured.seconds(), Files.size(file) >> 10, measured.peakHeapUsed() >> 20,
                            measured.peakHeapAfterGc() >> 20);
                }
            }
        }
    }
}
