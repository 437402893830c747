package org.costclose.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.setup.SetupService;
import org.costclose.support.DatabaseTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reports of DOMAIN.md's steel case, October 2026 calculated, read back from HTML, XLSX, PDF and CSV. */
@DatabaseTest
class SteelReportsTest {

    static final String REPORTS = "/api/companies/steel/reports/";
    static final String PERIOD = "?period=2026-10";

    @Autowired TestRestTemplate http;
    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired JdbcTemplate jdbc;
    @Autowired SetupService setup;

    @BeforeEach
    void calculateSteel() {
        demo.load("steel");
        ledger.processLedger("steel", "2026-10");
        production.processProduction("steel", "2026-10");
        assertThat(http.postForEntity("/api/companies/steel/periods/2026-10/calculations?version=ACTUAL", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @AfterEach
    void reset() {
        demo.load("steel");
        jdbc.update("DELETE FROM calculation_transaction WHERE company_id = 'steel'");
    }

    @Test
    void shouldShowEachValuesCategoriesWithFixedVariableAndQuantityWhenTheCostBalancesAreRendered() {
        String url = REPORTS + "cost-balances" + PERIOD;

        Document html = ReportDocuments.html(http.withBasicAuth("auditor", "demo"), url);
        Map<String, Double> xlsx = ReportDocuments.xlsxNumbers(http, url, "CostPurpose", 3);

        // the pig iron's own coke 180,000 and the sinter consumed 477,833; the wages of the blast furnace
        Element material = html.getElementById("balance-Iron-500111");
        assertThat(material.text()).isEqualTo("657,833.00");
        assertThat(material.selectFirst("a").attr("href")).isEqualTo("/api/companies/steel/cost-transactions"
                + "?period=2026-10&version=ACTUAL&dimension=CostPurpose&value=Iron&category=500111");
        assertThat(html.getElementById("balance-Iron-CC-CPwg").text()).isEqualTo("10,000.00");
        assertThat(html.getElementById("balance-Iron-CP-CPsl").text()).isEqualTo("(15,000.00)");
        assertThat(html.getElementById("balance-Iron-CC-CPwg").nextElementSibling().text()).isEqualTo("10,000.00");
        assertThat(html.select("tr:has(#balance-Iron-Output_t) td").last().text()).isEqualTo("6,000 t");
        assertThat(xlsx.get("Iron|Pig iron|500111|Amount")).isEqualTo(657833.00);
        assertThat(xlsx.get("Iron|Pig iron|CC-CPwg|Fixed")).isEqualTo(10000.00);
        assertThat(xlsx.get("Iron|Pig iron|Output_t|Quantity")).isEqualTo(6000.0);
    }

    @Test
    void shouldShowWhatEachStepMovedFromWhomToWhomWithAnArrowPerFlowWhenTheAllocationTraceIsRendered() {
        String url = REPORTS + "allocation-trace" + PERIOD;

        Document html = ReportDocuments.html(http.withBasicAuth("auditor", "demo"), url);
        String pdf = ReportDocuments.pdfText(http, url);

        assertThat(html.select("tbody tr").eachText()).contains(
                "WAGES 2 CostCenter BF CostPurpose Iron CC-CPwg 600250 10,000.00 1",
                "SINTER 1 CostPurpose Sint CostPurpose Iron CP-CPrm 500101 (477,833.00) 1",
                "SLAG 1 CostPurpose Slag CostPurpose Iron CP-CPsl 401100 (15,000.00) 1");
        assertThat(html.getElementById("moved-WAGES").text()).isEqualTo("15,333.00");
        assertThat(html.getElementById("moved-SINTER").text()).isEqualTo("955,666.00");
        assertThat(html.getElementById("moved-SLAG").text()).isEqualTo("15,000.00");
        // one arrow per step from sender to receiver, labelled with what it moved
        assertThat(html.select("svg g.edge")).extracting(edge -> edge.attr("data-step") + " " + edge.attr("data-from")
                + " -> " + edge.attr("data-to") + ": " + edge.selectFirst("text").text()).containsExactlyInAnyOrder(
                "WAGES node-CostCenter_SP -> node-CostPurpose_Sint: WAGES 5,333.00",
                "WAGES node-CostCenter_BF -> node-CostPurpose_Iron: WAGES 10,000.00",
                "SINTER node-CostPurpose_Sint -> node-CostPurpose_Iron: SINTER 955,666.00",
                "SLAG node-CostPurpose_Slag -> node-CostPurpose_Iron: SLAG 15,000.00");
        assertThat(html.select("svg g.node")).hasSize(5);
        assertThat(html.getElementById("node-CostPurpose_Iron").text()).isEqualTo("CostPurpose Iron Pig iron");
        // the cost centers left of the sinter, the sinter left of the pig iron
        assertThat(x(html, "node-CostCenter_SP")).isLessThan(x(html, "node-CostPurpose_Sint"));
        assertThat(x(html, "node-CostPurpose_Sint")).isLessThan(x(html, "node-CostPurpose_Iron"));
        assertThat(pdf).contains("Allocation trace", "955,666.00", "(477,833.00)");
        // the PDF draws the same picture (the table paints only fills): the five boxes' outlines, the four arrows with
        // their heads and their four labels
        java.util.List<String> painted = PdfPaint.of(ReportDocuments.fetch(http, url + "&format=pdf"));
        assertThat(painted).filteredOn("stroke #707070"::equals).hasSize(5);
        assertThat(painted).filteredOn("stroke #5b7fa6"::equals).hasSize(4);
        assertThat(painted).filteredOn("fill #5b7fa6"::equals).hasSize(4);
        assertThat(painted).filteredOn("fill #1a1a1a"::equals).hasSize(4);
    }

    @Test
    void shouldShowTheTotalsCostPerTonAndLinkedDeviationsWhenTheOverviewIsRendered() {
        String url = REPORTS + "overview" + PERIOD;

        Document html = ReportDocuments.html(http.withBasicAuth("auditor", "demo"), url);
        String csv = new String(ReportDocuments.fetch(http, url + "&format=csv"), StandardCharsets.UTF_8);

        assertThat(html.getElementById("unit-Iron").text()).isEqualTo("111.31");
        // the sinter's cost per ton: 477,833 over 8,400 t
        assertThat(html.getElementById("unit-Sint").text()).isEqualTo("56.88");
        // 3_TC counts the sinter twice, once made and once consumed; the net total is the pig iron's 652,833
        assertThat(html.getElementById("key-3_TC").text()).isEqualTo("1,145,666.00");
        assertThat(html.getElementById("key-6_TS").text()).isEqualTo("652,833.00");
        Element largest = html.getElementById("deviation-previous-1");
        assertThat(largest.parent().select("td").eachText()).startsWith("Largest deviations against previous period"
                + " 2026-09", "Iron 3_TC", "Pig iron, Total cost", "667,833.00", "previous period 2026-09", "0.00",
                "667,833.00");
        assertThat(largest.selectFirst("a").attr("href")).isEqualTo("/api/companies/steel/statements/dimension"
                + "?period=2026-10&version=ACTUAL&dimension=CostPurpose&lineStructure=STEEL&compare=previous&format=html");
        assertThat(csv).contains("Cost per unit (3_TT Cost per ton),Iron,Pig iron,111.31,");
    }

    @Test
    void shouldListTheRejectedEntriesWithTheirReasonWhenTheSetupLeavesWagesWithoutACostPurpose() {
        SetupVariant.loadSteelWith(setup, "categories.yaml", "  - {category: 600250, dimension: CostPurpose, skip: blank}\n", "");
        ledger.processLedger("steel", "2026-10");
        String url = REPORTS + "rejects" + PERIOD;

        Document html = ReportDocuments.html(http.withBasicAuth("auditor", "demo"), url);
        Map<String, Double> xlsx = ReportDocuments.xlsxNumbers(http, url, "Source", 3);

        assertThat(html.select("dd").eachText()).contains("MISSING_DIMENSION 2 entries (2 problems)");
        assertThat(html.select("tbody tr").eachText()).anySatisfy(row -> assertThat(row)
                .contains("MISSING_DIMENSION", "600250", "10,000.00", "no value for dimension CostPurpose"));
        assertThat(xlsx).containsValue(10000.0).containsValue(5333.0);
        ledger.processLedger("steel", "2026-10");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownReportAndNameABadParameter() {
        ResponseEntity<String> unknown = http.getForEntity(REPORTS + "nope" + PERIOD, String.class);
        ResponseEntity<String> badPeriod = http.getForEntity(REPORTS + "allocation-trace?period=1999-01&version=NOPE",
                String.class);
        ResponseEntity<String> badFormat = http.getForEntity(REPORTS + "overview" + PERIOD + "&format=docx", String.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("overview", "allocation-trace");
        assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(badPeriod.getBody()).contains("\"period\"", "\"version\"");
        assertThat(badFormat.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(badFormat.getBody()).contains("\"format\"");
    }

    private static int x(Document html, String node) {
        return Integer.parseInt(html.getElementById(node).selectFirst("rect").attr("x"));
    }
}
