package org.costclose.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.costclose.support.BrowserSession;
import org.costclose.support.DatabaseTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The browsable statements over HTTP as a browser uses them: sign-in, the pages, the drill-down of a cell. */
@DatabaseTest
class StatementPagesTest {

    private static final List<String> DEMO_USERS = List.of("finance", "finance2", "approver", "controller", "auditor",
            "admin");

    @Autowired TestRestTemplate http;
    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identity;
    @Autowired SetupService setup;

    @BeforeEach
    void calculateSteel() {
        SteelStatementFixture.calculate(demo, ledger, production, http);
    }

    @AfterEach
    void forgetTheCalculation() {
        SteelStatementFixture.forget(jdbc);
    }

    @Test
    void shouldSendAnAnonymousVisitorToTheSignInFormWhenAnyStatementPageIsOpened() {
        BrowserSession anonymous = new BrowserSession(http.getRootUri());
        for (String page : List.of("/statements", "/statements/steel", "/statements/steel/2026-10",
                SteelStatementFixture.STATEMENT,
                "/statements/steel/2026-10/drill?dimension=CostPurpose&value=Iron&lineStructure=STEEL&line=3_TC")) {
            var response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        assertThat(anonymous.page("/login").select("input[name=username]")).hasSize(1);
    }

    @Test
    void shouldShowEveryDemoUserThePigIronFiguresWhenSignedIn() {
        for (String user : DEMO_USERS) {
            BrowserSession browser = new BrowserSession(http.getRootUri());
            var signIn = browser.signIn(user, "demo");
            assertThat(signIn.statusCode()).as(user).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location").orElseThrow()).as(user).endsWith("/statements");

            Document statement = browser.page(SteelStatementFixture.STATEMENT);
            assertThat(cell(statement, "Iron", "3_TC")).isEqualTo("667,833.00");
            assertThat(cell(statement, "Iron", "1_RM")).isEqualTo("652,500.00");
            assertThat(cell(statement, "Iron", "2_WG")).isEqualTo("15,333.00");
            assertThat(cell(statement, "Iron", "3_TO")).isEqualTo("6,000 t");
            assertThat(cell(statement, "Iron", "3_TT")).isEqualTo("111.31");
            assertThat(cell(statement, "Iron", "7_NT")).isEqualTo("108.81");
            assertThat(cell(statement, "Sint", "6_TS")).isEqualTo("0.00");
        }
    }

    @Test
    void shouldRefuseAWrongPasswordAndKeepTheVisitorSignedOut() {
        // a user of its own: a wrong password makes the identity service hold the user back for a while
        if (identity.createUserQuery().userId("typo7").singleResult() == null) {
            var typo = identity.newUser("typo7");
            typo.setPassword("right");
            identity.saveUser(typo);
            identity.createMembership("typo7", "auditors");
        }
        BrowserSession browser = new BrowserSession(http.getRootUri());

        var refused = browser.signIn("typo7", "wrong");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.page("/login?error").getElementById("login-error").text())
                .isEqualTo("Unknown user or wrong password.");
        assertThat(browser.get("/statements").statusCode()).isEqualTo(302);
    }

    @Test
    void shouldListCompaniesPeriodsVersionsAndTheStatementsWithTheirDownloads() {
        BrowserSession browser = new BrowserSession(http.getRootUri());
        browser.signIn("auditor", "demo");

        assertThat(browser.page("/statements").select("#companies a[href=/statements/steel]")).hasSize(1);
        Document company = browser.page("/statements/steel");
        Element october = company.select("#periods tr").stream().filter(row -> row.text().startsWith("2026-10"))
                .findFirst().orElseThrow();
        assertThat(october.text()).contains("2026-10-01", "2026-10-31", "OPEN");
        assertThat(october.select("a").eachText()).contains("ACTUAL");

        Document statements = browser.page("/statements/steel/2026-10?version=ACTUAL");
        Element row = statements.getElementById("view-CostPurpose-STEEL").closest("tr");
        assertThat(row.select("a").eachAttr("href")).contains(SteelStatementFixture.STATEMENT,
                SteelStatementFixture.STATEMENT + "&format=pdf", SteelStatementFixture.STATEMENT + "&format=xlsx");
        // the download buttons work in the signed-in session (the API would ask for HTTP Basic)
        HttpResponse<byte[]> xlsx = browser.download(SteelStatementFixture.STATEMENT + "&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"steel-2026-10-ACTUAL-CostPurpose-STEEL.xlsx\"");
        assertThat(ironTotalCost(xlsx.body())).isEqualTo(667_833.00);
        HttpResponse<byte[]> pdf = browser.download(SteelStatementFixture.STATEMENT + "&format=pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(browser.get(SteelStatementFixture.STATEMENT + "&format=doc").statusCode()).isEqualTo(422);
        assertThat(browser.get("/statements/steel/1999-01").statusCode()).isEqualTo(404);
        assertThat(browser.get("/statements/nope").statusCode()).isEqualTo(404);
    }

    /** the XLSX's 3_TC cell of Iron, read as the number it is */
    private static double ironTotalCost(byte[] xlsx) {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().startsWith("3_TC")) {
                        return ironColumnValue(sheet, row.getRowNum());
                    }
                }
            }
            throw new AssertionError("no 3_TC row in the XLSX");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double ironColumnValue(org.apache.poi.ss.usermodel.Sheet sheet, int rowNumber) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().contains("Iron")) {
                    return sheet.getRow(rowNumber).getCell(cell.getColumnIndex()).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no Iron column in the XLSX");
    }

    @Test
    void shouldOpenEveryReportInTheSessionWithTheOverviewLinkingToTheStatementPages() {
        BrowserSession browser = new BrowserSession(http.getRootUri());
        browser.signIn("auditor", "demo");
        Document statements = browser.page("/statements/steel/2026-10?version=ACTUAL");
        List<String> reports = statements.select("#reports a[id^=report-]").eachAttr("href");
        assertThat(reports).contains("/statements/steel/2026-10/reports/overview?version=ACTUAL",
                "/statements/steel/2026-10/reports/allocation-trace?version=ACTUAL");
        for (String report : reports) {
            // the audit report needs a close of October, which other tests of the suite may have run
            boolean closed = jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ ="
                    + " 'steel:2026-10'", Long.class) > 0;
            int expected = report.contains("/close-audit?") && !closed ? 404 : 200;
            assertThat(browser.get(report).statusCode()).as(report).isEqualTo(expected);
        }

        Document overview = browser.page("/statements/steel/2026-10/reports/overview?version=ACTUAL");
        assertThat(overview.getElementById("unit-Iron").text()).isEqualTo("111.31");
        String deviation = overview.getElementById("deviation-previous-1").selectFirst("a").attr("href");
        assertThat(deviation).isEqualTo("/statements/steel/2026-10/dimension?version=ACTUAL&dimension=CostPurpose"
                + "&lineStructure=STEEL&compare=previous");
        assertThat(browser.page(deviation).getElementById("cell-Iron-3_TC").text()).isEqualTo("667,833.00");
        Document balances = browser.page("/statements/steel/2026-10/reports/cost-balances?version=ACTUAL");
        String transactions = balances.getElementById("balance-Iron-500111").selectFirst("a").attr("href");
        assertThat(transactions).startsWith("/statements/steel/2026-10/transactions?");
        assertThat(browser.get(transactions).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> csv = browser.download("/statements/steel/2026-10/reports/overview?version=ACTUAL"
                + "&format=csv");
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Cost per unit (3_TT Cost per ton),Iron,Pig iron,111.31,");
        assertThat(browser.get("/statements/steel/2026-10/reports/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldDrillFromThePigIronsTotalCostThroughItsCategoriesTransactionsAndTraceToAGlEntry() {
        BrowserSession browser = new BrowserSession(http.getRootUri());
        browser.signIn("auditor", "demo");
        Document statement = browser.page(SteelStatementFixture.STATEMENT);

        Document categories = browser.page(statement.select("#cell-Iron-3_TC a").attr("href"));
        assertThat(categories.getElementById("user").text()).isEqualTo("signed in as auditor");
        // 657,833 + 10,000 − 5,333 + 5,333 = 667,833
        assertThat(categories.select("#categories tr td:first-child").eachText())
                .containsExactly("500111", "CC-CPwg", "CP-CPrm", "CP-CPwg");
        assertThat(row(categories, "#category-500111")).containsExactly("500111", "657,833.00", "0.00", "657,833.00",
                "10,800", "1");
        assertThat(row(categories, "#category-CC-CPwg")).containsExactly("CC-CPwg", "10,000.00", "10,000.00", "0.00",
                "–", "1");

        Document wages = browser.page(categories.select("#category-CC-CPwg").attr("href"));
        Element calculated = wages.selectFirst("a.trace");
        assertThat(calculated.closest("tr").select("td").eachText()).startsWith("Iron", "CALCULATION", "WAGES#2")
                .contains("10,000.00");

        Document trace = browser.page(calculated.attr("href"));
        assertThat(trace.getElementById("run").text()).contains("by admin", "step 1 WAGES, rule 2");
        assertThat(trace.select("#trace tr").get(1).select("td").eachText()).containsExactly("debit (received)",
                "CostCenter BF", "CostPurpose Iron", "600250", "100", "1", "–", "10,000.00", "10,000.00", "0.00",
                "BF: 600250");

        Document sender = browser.page(trace.getElementById("sender-BF-600250").attr("href"));
        Element ledgerRow = sender.selectFirst("a.gl-entry").closest("tr");
        assertThat(ledgerRow.select("td").eachText()).startsWith("BF", "LEDGER").contains("10,000.00");

        Document entry = browser.page(sender.selectFirst("a.gl-entry").attr("href"));
        assertThat(entry.getElementById("entry-id").text()).isEqualTo("ST-2026-10-0014");
        assertThat(entry.getElementById("voucher").text()).isEqualTo("PAY-2026-10");
        assertThat(entry.getElementById("account").text()).isEqualTo("600250 Manufacturing salaries");
        assertThat(entry.getElementById("amount").text()).isEqualTo("10,000.00");
        assertThat(browser.get("/statements/steel/2026-10/gl-entries/NOPE").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldDrillAGroupValueIntoItsDescendantsPostingsWhenItsCellIsOpened() {
        BrowserSession browser = new BrowserSession(http.getRootUri());
        browser.signIn("auditor", "demo");
        Document statement = browser.page(SteelStatementFixture.STATEMENT + "&hierarchyNode=PRODUCTS");
        Element products = statement.getElementById("cell-PRODUCTS-1_RM");

        Document categories = browser.page(products.selectFirst("a").attr("href"));
        // the group's raw materials are the sum of its products' postings of the line's categories
        java.math.BigDecimal sum = categories.select("#categories tr").stream().skip(1)
                .map(tr -> new java.math.BigDecimal(tr.select("td").get(1).text().replace(",", "")
                        .replace("(", "-").replace(")", "")))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(products.text().replace(",", "").replace("(", "-").replace(")", ""));
        Document ore = browser.page(categories.getElementById("category-500111").attr("href"));
        assertThat(ore.select("#transactions tr td:first-child").eachText()).contains("Iron", "Sint");
        String glLink = ore.selectFirst("a.gl-entry").attr("href");
        assertThat(glLink).doesNotContain("hierarchy").doesNotContain("value=PRODUCTS");
        assertThat(browser.get(glLink).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldShowANameContainingAScriptAsTextWhenFinanceOpensTheStatement() {
        String company = "C" + UUID.randomUUID().toString().substring(0, 8);
        setup.load(company, List.of(new SetupFile("setup.yaml", """
                company: {id: %s, name: "<i>Evil</i> & Co", currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-10, to: 2026-10}
                dimensions:
                  - name: CostPurpose
                    role: costPurpose
                    values: [{code: X1, name: "<script>alert(1)</script>"}]
                costCategories:
                  - {id: 500111, name: Ore, kind: primary, transactionControl: [CostPurpose]}
                postingLayers: [CURRENT]
                lineStructures:
                  - {id: T, name: Test, lines: [{id: L1, name: "Ore <b>bold</b>", kind: category, categories: [500111]}]}
                """.formatted(company))), "test");
        jdbc.update("INSERT INTO cost_transaction (company_id, period_id, version_id, source, run_id, source_id,"
                + " category_id, dimension_name, dimension_value, entry_count, amount, fixed_amount, variable_amount)"
                + " VALUES (?, '2026-10', 'ACTUAL', 'LEDGER', 0, 'E1', '500111', 'CostPurpose', 'X1', 1, 12.5, 0, 12.5)",
                company);
        BrowserSession browser = new BrowserSession(http.getRootUri());
        browser.signIn("finance", "demo");

        Document statement = browser.page("/statements/" + company + "/2026-10/dimension?dimension=CostPurpose"
                + "&lineStructure=T");

        assertThat(statement.select("table.report th").eachText()).contains("X1 <script>alert(1)</script>");
        assertThat(statement.select("table.report td").eachText()).contains("Ore <b>bold</b>");
        assertThat(statement.getElementById("cell-X1-L1").text()).isEqualTo("12.50");
        assertThat(statement.select("script, b")).isEmpty();
        Document companies = browser.page("/statements");
        assertThat(companies.select("#companies td").eachText()).contains("<i>Evil</i> & Co");
        assertThat(companies.select("i")).isEmpty();
    }

    private static List<String> row(Document page, String anchor) {
        return page.selectFirst(anchor).closest("tr").select("td").eachText();
    }

    static String cell(Document statement, String value, String line) {
        return statement.getElementById("cell-" + value + "-" + line).text();
    }
}
