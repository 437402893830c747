package org.costclose.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A report fetched in a format and read back: the HTML with jsoup, the PDF's text with PDFBox, the XLSX with POI. */
final class ReportDocuments {

    private ReportDocuments() {
    }

    static byte[] fetch(TestRestTemplate http, String url) {
        ResponseEntity<byte[]> response = http.getForEntity(url, byte[].class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    static Document html(TestRestTemplate http, String url) {
        return Jsoup.parse(new String(fetch(http, url + "&format=html"), StandardCharsets.UTF_8));
    }

    static String pdfText(TestRestTemplate http, String url) {
        try (PDDocument pdf = Loader.loadPDF(fetch(http, url + "&format=pdf"))) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * the numeric cells of the sheet by "row label|column header": the row label is its first {@code labelColumns}
     * text cells joined by '|'; the header is the row starting with {@code firstHeader} (after the facts)
     */
    static Map<String, Double> xlsxNumbers(TestRestTemplate http, String url, String firstHeader, int labelColumns) {
        Map<String, Double> numbers = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(fetch(http, url + "&format=xlsx")))) {
            Row header = null;
            for (Row row : workbook.getSheetAt(0)) {
                Cell first = row.getCell(0);
                if (header == null && row.getLastCellNum() > 2 && first != null && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().equals(firstHeader)) {
                    header = row;
                    continue;
                }
                if (header == null) {
                    continue;
                }
                StringBuilder label = new StringBuilder();
                for (int i = 0; i < labelColumns; i++) {
                    label.append(i == 0 ? "" : "|").append(row.getCell(i).getStringCellValue());
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.put(label + "|" + header.getCell(cell.getColumnIndex()).getStringCellValue(),
                                cell.getNumericCellValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers;
    }
}
