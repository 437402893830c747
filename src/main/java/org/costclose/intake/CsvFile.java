package org.costclose.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * An uploaded CSV read as a stream: UTF-8 (with or without BOM; invalid bytes are an error, never
 * replaced), header-named columns, blank lines skipped. Rows are numbered as a spreadsheet shows
 * them: the header is row 1. The SHA-256 covers every byte of the file.
 */
final class CsvFile implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setAllowMissingColumnNames(true).get();

    private final InputStream raw;
    private final MessageDigest digest;
    private final CSVParser parser;

    CsvFile(InputStream input) throws IOException {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        raw = new DigestInputStream(input, digest);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(raw, decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    }

    List<String> header() {
        return parser.getHeaderNames();
    }

    /** calls back each record with its row number; a malformed file ends with an error on the row it broke at */
    void forEachRow(BiConsumer<CSVRecord, Long> consumer, ErrorCollector errors) {
        long row = 1;
        try {
            for (CSVRecord record : parser) {
                row = record.getRecordNumber() + 1;
                consumer.accept(record, row);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            errors.add(row + 1, null, null, "the file cannot be read as CSV after this row: " + rootMessage(e));
        }
    }

    /** reads what the parser left unread, so the hash covers the whole file, and returns it in hex */
    String sha256() throws IOException {
        byte[] rest = new byte[1 << 16];
        while (raw.read(rest) >= 0) {
            // draining
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
