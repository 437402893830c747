package org.costclose.statements;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as an XLSX workbook, streamed: SXSSF keeps a window of {@value #WINDOW} rows in memory and spills the
 * rest to a temporary file, so a 20,000-row statement takes flat memory. Figures are numeric cells with number
 * formats (grouping, the currency's decimals, negatives red in parentheses, a quantity's unit, percentages as
 * percent); total rows are bold.
 */
final class XlsxReport {

    static final int WINDOW = 200;

    private final FigureFormat figures;
    private SXSSFWorkbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();

    XlsxReport(FigureFormat figures) {
        this.figures = figures;
    }

    void write(ReportTable table, OutputStream out) throws IOException {
        workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName(table.title()));
            int next = heading(sheet, table);
            int textColumns = (int) table.columns().stream().filter(column -> column.figure() == Figure.TEXT).count();
            sheet.createFreezePane(textColumns, next);
            for (var iterator = table.rows(); iterator.hasNext(); ) {
                row(sheet.createRow(next++), iterator.next());
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private int heading(Sheet sheet, ReportTable table) {
        int next = 0;
        sheet.createRow(next++).createCell(0).setCellValue(table.title());
        sheet.getRow(0).getCell(0).setCellStyle(style("title", null, true));
        for (ReportTable.Fact fact : table.facts()) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(fact.label());
            row.createCell(1).setCellValue(fact.value());
        }
        next++;
        List<ReportTable.Group> groups = table.groups();
        if (groups.size() > 1) {
            Row row = sheet.createRow(next);
            int column = 0;
            for (ReportTable.Group group : groups) {
                int span = group.span();
                row.createCell(column).setCellValue(group.label());
                row.getCell(column).setCellStyle(style("header", null, true));
                if (span > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(next, next, column, column + span - 1));
                }
                column += span;
            }
            next++;
        }
        Row header = sheet.createRow(next++);
        for (int i = 0; i < table.columns().size(); i++) {
            header.createCell(i).setCellValue(table.columns().get(i).label());
            header.getCell(i).setCellStyle(style("header", null, true));
        }
        return next;
    }

    private void row(Row row, ReportTable.Row cells) {
        for (int i = 0; i < cells.cells().size(); i++) {
            ReportTable.Cell cell = cells.cells().get(i);
            var target = row.createCell(i);
            if (!cell.isNumber()) {
                target.setCellValue(figures.format(cell));
                target.setCellStyle(style("text", null, cells.total()));
                continue;
            }
            if (cell.number() != null) {
                BigDecimal number = cell.figure() == Figure.PERCENT ? cell.number().movePointLeft(2) : cell.number();
                target.setCellValue(number.doubleValue());
            }
            target.setCellStyle(style(format(cell), cell.figure().name(), cells.total()));
        }
    }

    /** the number format: #,##0.00 for amounts of a two-decimal currency, negatives red in parentheses */
    private String format(ReportTable.Cell cell) {
        int decimals = figures.decimals(cell.number(), cell.figure());
        String number = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        if (cell.figure() == Figure.PERCENT) {
            number = (decimals == 0 ? "0" : "0." + "0".repeat(decimals)) + "%";
        }
        if (cell.unit() != null) {
            number = number + "\" " + cell.unit().replace("\"", "") + "\"";
        }
        return number + ";[Red](" + number + ")";
    }

    private CellStyle style(String format, String kind, boolean bold) {
        return styles.computeIfAbsent(format + "|" + kind + "|" + bold, key -> {
            CellStyle style = workbook.createCellStyle();
            if (kind != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            if (bold) {
                Font font = workbook.createFont();
                font.setBold(true);
                style.setFont(font);
            }
            return style;
        });
    }

    /** Excel's sheet names: at most 31 characters, none of []*?/\: */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]*?/\\\\:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
