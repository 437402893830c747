package org.costclose.statements;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV for machines: one header row ("group label" where a column has a group heading), numbers as
 * plain decimals with '.', no grouping, a missing figure as an empty field. Amounts are written at the currency's
 * minor unit and other figures without trailing zeros, so the bytes do not depend on the scale a database sums at.
 */
final class CsvReport {

    private CsvReport() {
    }

    static void write(ReportTable table, FigureFormat figures, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>();
        for (ReportTable.Column column : table.columns()) {
            header.add(column.group().isEmpty() ? column.label() : column.group() + " " + column.label());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        table.rows().forEachRemaining(row -> print(printer, row, figures.minorUnit()));
        printer.flush();
    }

    private static void print(CSVPrinter printer, ReportTable.Row row, int minorUnit) {
        List<String> fields = new ArrayList<>();
        for (ReportTable.Cell cell : row.cells()) {
            fields.add(cell.isNumber() ? plain(cell.number(), cell.figure(), minorUnit) : cell.text());
        }
        try {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String plain(BigDecimal number, Figure figure, int minorUnit) {
        if (number == null) {
            return "";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (figure == Figure.AMOUNT && stripped.scale() <= minorUnit) {
            return number.setScale(minorUnit).toPlainString();
        }
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
