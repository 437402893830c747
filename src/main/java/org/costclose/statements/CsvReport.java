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
 * plain decimals with '.', no grouping, a missing figure as an empty field.
 */
final class CsvReport {

    private CsvReport() {
    }

    static void write(ReportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>();
        for (ReportTable.Column column : table.columns()) {
            header.add(column.group().isEmpty() ? column.label() : column.group() + " " + column.label());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        table.rows().forEachRemaining(row -> print(printer, row));
        printer.flush();
    }

    private static void print(CSVPrinter printer, ReportTable.Row row) {
        List<String> fields = new ArrayList<>();
        for (ReportTable.Cell cell : row.cells()) {
            fields.add(cell.isNumber() ? plain(cell.number()) : cell.text());
        }
        try {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}
