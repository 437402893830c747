package org.costclose.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Small JSON posts become a CSV file, so they pass exactly the checks and errors of a CSV upload. */
final class JsonRows {

    private JsonRows() {
    }

    static InputStream toCsv(List<Map<String, Object>> rows) throws IOException {
        var header = new LinkedHashSet<String>();
        rows.forEach(row -> header.addAll(row.keySet()));
        var text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(header);
            for (Map<String, Object> row : rows) {
                printer.printRecord(header.stream().map(column -> text(row.get(column))).toList());
            }
        }
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** JSON numbers keep their exact digits (no binary floating point): 0.10 stays "0.10" */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }
}
