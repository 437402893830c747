package org.costclose.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.support.DatabaseTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The steel dimension statement as PDF (PDFBox), XLSX (POI, numeric cells) and CSV, and its comparisons. */
@DatabaseTest
class DimensionStatementFormatsTest {

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
    void shouldPrintPigIronsFiguresWhenTheStatementIsPdf() throws IOException {
        ResponseEntity<byte[]> response = http.getForEntity(SteelStatements.DIMENSION + "&format=pdf", byte[].class);

        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("dimension-statement-steel-2026-10-ACTUAL-CostPurpose.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Iron Pig iron", "667,833.00", "652,500.00", "15,333.00", "6,000 t", "111.31",
                    "108.81", "(15,000.00)");
        }
    }

    @Test
    void shouldWriteNumericCellsWhenTheStatementIsXlsx() throws IOException {
        ResponseEntity<byte[]> response = get("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        assertThat(response.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Map<String, Cell> iron = column(workbook.getSheetAt(0), "Iron Pig iron");
            assertNumber(iron.get("3_TC"), 667833.00);
            assertNumber(iron.get("1_RM"), 652500.00);
            assertNumber(iron.get("2_WG"), 15333.00);
            assertNumber(iron.get("3_TO"), 6000);
            assertNumber(iron.get("3_TT"), 111.31);
            assertNumber(iron.get("7_NT"), 108.81);
            assertThat(iron.get("3_TC").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00;[Red](#,##0.00)");
            assertThat(iron.get("3_TO").getCellStyle().getDataFormatString()).isEqualTo("#,##0\" t\";[Red](#,##0\" t\")");
            assertThat(workbook.getFontAt(iron.get("3_TC").getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void shouldWritePlainDecimalsWhenTheStatementIsCsv() throws IOException {
        ResponseEntity<byte[]> response = get("text/csv");

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(new StringReader(new String(response.getBody(), java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        Map<String, String> iron = new HashMap<>();
        rows.forEach(row -> iron.put(row.get("Line"), row.get("Iron Pig iron ACTUAL")));
        assertThat(iron).containsEntry("3_TC", "667833.00").containsEntry("1_RM", "652500.00")
                .containsEntry("2_WG", "15333.00").containsEntry("3_TO", "6000").containsEntry("3_TT", "111.31")
                .containsEntry("7_NT", "108.81");
    }

    @Test
    void shouldShowTheComparisonsAndVariancesWhenAskedForTheLedgerBeforeCalculationAndYearToDate() {
        Document html = Jsoup.parse(http.getForObject(SteelStatements.DIMENSION
                + "&compare=previous,ytd&split=true&layout=long&format=html", String.class));

        // September has no postings: the previous period is zero, the variance all of October, no percent
        assertThat(html.getElementById("cell-Iron-3_TC-previous").text()).isEqualTo("0.00");
        assertThat(html.getElementById("cell-Iron-3_TC-previous-var").text()).isEqualTo("667,833.00");
        assertThat(html.getElementById("cell-Iron-3_TC-previous-pct").text()).isEqualTo(FigureFormat.NONE);
        assertThat(html.getElementById("cell-Iron-3_TT-ytd").text()).isEqualTo("111.31");
        assertThat(html.getElementById("cell-Iron-3_TC-ytd").text()).isEqualTo("667,833.00");
        assertThat(html.getElementById("cell-Iron-3_TC-fixed")).isNotNull();
        // long layout: a row per value
        assertThat(html.getElementById("cell-Iron-3_TC").parent().child(0).text()).isEqualTo("Iron");
    }

    @Test
    void shouldShowAHierarchyNodesChildrenAndTheNodeWhenANodeIsAsked() {
        Document html = Jsoup.parse(http.getForObject(SteelStatements.DIMENSION + "&hierarchyNode=PRODUCTS"
                + "&format=html", String.class));

        assertThat(html.getElementById("cell-Iron-3_TC").text()).isEqualTo("667,833.00");
        assertThat(html.getElementById("cell-PRODUCTS-3_TO").text()).isEqualTo("16,200 t");
        assertThat(html.getElementById("cell-PRODUCTS-3_TC").selectFirst("a").attr("href")).endsWith("&hierarchy=true");
    }

    private ResponseEntity<byte[]> get(String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        ResponseEntity<byte[]> response = http.exchange(SteelStatements.DIMENSION, HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith(accept);
        return response;
    }

    /** the cells of a value's statement column by line id (wide layout: lines in rows, ids in column A) */
    private static Map<String, Cell> column(Sheet sheet, String group) {
        int headings = -1;
        int index = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (headings < 0 && cell.getCellType() == CellType.STRING && group.equals(cell.getStringCellValue())) {
                    headings = row.getRowNum();
                    index = cell.getColumnIndex();
                }
            }
        }
        Map<String, Cell> cells = new HashMap<>();
        for (Row row : sheet) {
            if (headings >= 0 && row.getRowNum() > headings + 1) {
                cells.put(row.getCell(0).getStringCellValue(), row.getCell(index));
            }
        }
        return cells;
    }

    private static void assertNumber(Cell cell, double expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(expected);
    }
}
