package org.costclose.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The renderer on a small table of its own, without a database: every format from the same table. */
class ReportRendererTest {

    private final ReportRenderer renderer = new ReportRenderer(new ReportTemplates());
    private final FigureFormat figures = new FigureFormat(Locale.US, "USD", 2);
    private final ReportRenderer.Options options =
            new ReportRenderer.Options(DimensionStatementService.TEMPLATE, true, "/app");

    @Test
    void shouldRenderTheSameFiguresInEveryFormatWhenGivenOneTable() throws IOException {
        String html = new String(render(StatementFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("<td class=\"num amount negative\" id=\"cell-A-L1\" data-value=\"A\" data-line=\"L1\">"
                + "<a href=\"/app/drill?value=A\">(1,234.50)</a></td>", "<tr class=\"total\">", "<th colspan=\"2\">");

        try (PDDocument pdf = Loader.loadPDF(render(StatementFormat.PDF))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Test report", "(1,234.50)", "6,000 t", "Group A");
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(StatementFormat.XLSX)))) {
            var row = workbook.getSheetAt(0).getRow(workbook.getSheetAt(0).getLastRowNum());
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-1234.5);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(6000);
        }

        assertThat(new String(render(StatementFormat.CSV), StandardCharsets.UTF_8))
                .isEqualTo("Line,Group A Amount,Group A Output\r\nL1,-1234.50,6000\r\n");
    }

    private byte[] render(StatementFormat format) {
        ReportTable.Cell amount = new ReportTable.Cell(null, new BigDecimal("-1234.50"), Figure.AMOUNT, null, "cell-A-L1",
                "A", "L1", "/drill?value=A");
        ReportTable.Cell output = new ReportTable.Cell(null, new BigDecimal("6000"), Figure.QUANTITY, "t", null, null,
                null, null);
        ReportTable table = new ReportTable("Test report", "test", List.of(new ReportTable.Fact("Period", "2026-10")),
                List.of(new ReportTable.Column("", "Line", Figure.TEXT),
                        new ReportTable.Column("Group A", "Amount", Figure.AMOUNT),
                        new ReportTable.Column("Group A", "Output", Figure.QUANTITY)),
                List.of(new ReportTable.Row(List.of(ReportTable.Cell.text("L1"), amount, output), true)).iterator());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(table, figures, format, options, out);
        return out.toByteArray();
    }
}
