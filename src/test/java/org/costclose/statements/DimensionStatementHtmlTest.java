package org.costclose.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.support.DatabaseTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The steel dimension statement as HTML, read back with jsoup. */
@DatabaseTest
class DimensionStatementHtmlTest {

    @Autowired TestRestTemplate http;
    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void calculateSteel() {
        SteelStatements.calculate(demo, ledger, production, http);
    }

    @AfterEach
    void reset() {
        SteelStatements.reset(demo, jdbc);
    }

    @Test
    void shouldShowPigIronsFiguresInCellsThatDrillDownWhenTheStatementIsHtml() {
        ResponseEntity<String> response = http.getForEntity(SteelStatements.DIMENSION + "&format=html", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        Document html = Jsoup.parse(response.getBody());
        assertThat(html.getElementById("cell-Iron-3_TC").text()).isEqualTo("667,833.00");
        assertThat(html.getElementById("cell-Iron-1_RM").text()).isEqualTo("652,500.00");
        assertThat(html.getElementById("cell-Iron-2_WG").text()).isEqualTo("15,333.00");
        assertThat(html.getElementById("cell-Iron-3_TO").text()).isEqualTo("6,000 t");
        assertThat(html.getElementById("cell-Iron-3_TT").text()).isEqualTo("111.31");
        assertThat(html.getElementById("cell-Iron-7_NT").text()).isEqualTo("108.81");
        Element total = html.getElementById("cell-Iron-3_TC");
        assertThat(total.attr("data-value")).isEqualTo("Iron");
        assertThat(total.attr("data-line")).isEqualTo("3_TC");
        assertThat(total.selectFirst("a").attr("href")).isEqualTo("/statements/steel/2026-10/drill?version=ACTUAL"
                + "&dimension=CostPurpose&value=Iron&lineStructure=STEEL&line=3_TC");
        assertThat(total.parent().hasClass("total")).isTrue();
        // the slag credit moved to the pig iron: 667,833 − 15,000 = 652,833 over 6,000 t is the net 108.81
        Element credit = html.getElementById("cell-Iron-5_SL");
        assertThat(credit.text()).isEqualTo("(15,000.00)");
        assertThat(credit.hasClass("negative")).isTrue();
    }

    @Test
    void shouldShowANameWithAScriptTagAsTextWhenTheStatementIsHtml() {
        Document html;
        try {
            rename("<script>alert(1)</script>");
            html = Jsoup.parse(http.getForObject(SteelStatements.DIMENSION + "&format=html", String.class));
        } finally {
            rename("Pig iron");
        }

        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("th").eachText()).contains("Iron <script>alert(1)</script>");
    }

    private void rename(String name) {
        jdbc.update("UPDATE dimension_value SET name = ? WHERE company_id = 'steel' AND dimension_name = 'CostPurpose'"
                + " AND value_code = 'Iron'", name);
    }

    @Test
    void shouldNameEachBadParameterWhenTheRequestIsWrong() {
        ResponseEntity<String> response = http.getForEntity("/api/companies/steel/statements/dimension?period=1999-01"
                + "&dimension=Nope&compare=sideways&format=html", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).contains("\"period\"", "\"dimension\"", "\"lineStructure\"");
        assertThat(http.getForEntity(SteelStatements.DIMENSION + "&format=docx", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(http.getForEntity(SteelStatements.DIMENSION + "&compare=sideways", String.class).getBody())
                .contains("\"compare\"");
        HttpHeaders pdf = new HttpHeaders();
        pdf.set(HttpHeaders.ACCEPT, "application/pdf");
        ResponseEntity<String> asPdf = http.exchange("/api/companies/steel/statements/dimension?period=2026-10"
                + "&dimension=CostPurpose", HttpMethod.GET, new HttpEntity<>(pdf), String.class);
        assertThat(asPdf.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(asPdf.getBody()).contains("\"lineStructure\"");
    }
}
