package org.costclose.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.costclose.calculation.CalculationService;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.costclose.support.DatabaseTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The cost rate and reconciliation reports of a company of its own: the blast furnace's salaries (40 % fixed)
 * charged to the pig iron by machine hours at a planned 20 (5 fixed) while the actual rate comes out at 25; its
 * chart has an account that has no cost category yet.
 */
@DatabaseTest
class CompanyReportsTest {

    @Autowired TestRestTemplate http;
    @Autowired SetupService setup;
    @Autowired IntakeService intake;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired CalculationService calculations;
    final String company = "P" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void company() {
        setup.load(company, List.of(new SetupFile("setup.yaml", """
                company: {id: %s, name: Report test, currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-09, to: 2026-11}
                dimensions:
                  - name: CostCenter
                    role: costCenter
                    values: [{code: BF, name: Blast furnace}]
                  - name: CostPurpose
                    role: costPurpose
                    values: [{code: Iron, name: Pig iron}]
                costCategories:
                  - {id: "600250", name: Salaries, kind: primary, fixedShare: 40, transactionControl: [CostCenter]}
                  - {id: MachineHours, name: Machine hours, kind: service, unit: h, creditDimension: CostCenter,
                     debitDimension: CostPurpose, transactionControl: [CostCenter, CostPurpose]}
                  - {id: CC-CPmh, name: Machine hours charged, kind: secondary, transactionControl: [CostCenter, CostPurpose]}
                postingLayers: [CURRENT]
                resources:
                  - {id: BF-FURNACE, category: MachineHours}
                calculationVersions:
                  - id: ACTUAL
                    name: Actual
                    kind: actual
                    steps:
                      - id: CHARGE
                        name: Machine hours at planned rates
                        kind: internalCostAllocation
                        rules:
                          - senders: {dimension: CostCenter, values: [BF]}
                            receivers: {dimension: CostPurpose, values: [Iron]}
                            basis: {serviceCategory: MachineHours}
                            rates: {BF: 20}
                            fixedRates: {BF: 5}
                            allocationCategory: CC-CPmh
                            offsetCategory: CC-CPmh
                      - id: RATES
                        name: Actual machine hour rate
                        kind: costRateCalculation
                        rules:
                          - senders: {dimension: CostCenter, values: [BF]}
                            moves: {categories: ["600250"]}
                            basis: {serviceCategory: MachineHours}
                """.formatted(company))), "test");
        load(ImportKind.ACCOUNTS, "account,name,type\n600250,Manufacturing salaries,expense\n700000,Freight,expense\n");
        load(ImportKind.GL_ENTRIES, """
                entry_id,date,account,amount,posting_layer,CostCenter
                G10,2026-10-31,600250,1000.00,CURRENT,BF
                """);
        load(ImportKind.ROUTE_TRANSACTIONS, """
                transaction_id,order,resource,cost_center,cost_purpose,hours,date
                R1,B-1,BF-FURNACE,BF,Iron,40,2026-10-10
                """);
        ledger.processLedger(company, "2026-10");
        production.processProduction(company, "2026-10");
        calculations.calculate(company, "2026-10", "ACTUAL");
    }

    @Test
    void shouldShowActualAgainstPlannedRateAndTheUnderAbsorptionWhenTheCostRatesAreRendered() {
        String url = "/api/companies/" + company + "/reports/cost-rates?period=2026-10";

        Document html = ReportDocuments.html(http.withBasicAuth("auditor", "demo"), url);
        Map<String, Double> xlsx = ReportDocuments.xlsxNumbers(http, url, "Service category", 2);
        Document overview = ReportDocuments.html(http, "/api/companies/" + company + "/reports/overview?period=2026-10");

        // 1,000.00 (400.00 fixed) over 40 h: 25 (10 fixed, 15 variable); 40 h charged at 20 absorbed 800.00
        assertThat(html.select("tr:has(#rate-MachineHours-BF) td").eachText()).containsExactly("MachineHours",
                "CostCenter BF", "Blast furnace", "RATES", "40 h", "1,000.00", "25.00", "10.00", "15.00", "20.00",
                "–", "–", "40 h", "800.00", "200.00", "80.00%", "under-absorbed");
        assertThat(xlsx.get("MachineHours|CostCenter BF|Cost")).isEqualTo(1000.0);
        assertThat(xlsx.get("MachineHours|CostCenter BF|Unabsorbed")).isEqualTo(200.0);
        assertThat(xlsx.get("MachineHours|CostCenter BF|Absorbed %")).isEqualTo(0.8);
        assertThat(overview.select("tr:has(#absorbed-MachineHours-BF) td").eachText()).containsExactly(
                "Cost rate absorption", "MachineHours BF", "80.00% absorbed, under-absorbed", "800.00", "actual cost",
                "1,000.00", "(200.00)", "(20.00%)");
    }

    @Test
    void shouldShowTheLatestProposalsChangesByKindWhenTheReconciliationIsRendered() {
        assertThat(http.postForEntity("/api/companies/" + company + "/reconciliations", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String url = "/api/companies/" + company + "/reports/reconciliation?";

        Document html = ReportDocuments.html(http.withBasicAuth("auditor", "demo"), url);
        String pdf = ReportDocuments.pdfText(http, url);

        assertThat(html.select("tbody tr").eachText()).containsExactly("CREATE 700000 700000 – Freight –",
                "RENAME 600250 600250 Salaries Manufacturing salaries –");
        assertThat(html.select("dd").eachText()).contains("create 1, rename 1, block 0, unblock 0, remove 0", "not applied");
        assertThat(pdf).contains("Account reconciliation", "CREATE", "Freight");
    }

    private void load(ImportKind kind, String csv) {
        intake.importCsv(company, kind, kind.slug() + ".csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
