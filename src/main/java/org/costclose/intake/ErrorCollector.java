package org.costclose.intake;

import java.util.ArrayList;
import java.util.List;
import org.costclose.shared.InputError;

/** Keeps the first {@value #CAP} errors of a file and counts all of them, so a huge bad file gets a readable answer. */
final class ErrorCollector {

    static final int CAP = 100;

    private final String file;
    private final List<InputError> listed = new ArrayList<>();
    private long count;

    ErrorCollector(String file) {
        this.file = file;
    }

    void add(long row, String field, String value, String reason) {
        count++;
        if (listed.size() < CAP) {
            listed.add(InputError.at(file, row, field, value, reason));
        }
    }

    /** errors found by a query that returns at most the cap, plus the number it found in all */
    void addFound(List<InputError> found, long total) {
        found.stream().limit(Math.max(0, CAP - listed.size())).forEach(listed::add);
        count += total;
    }

    boolean hasErrors() {
        return count > 0;
    }

    long count() {
        return count;
    }

    List<InputError> listed() {
        return listed.stream()
                .sorted((a, b) -> Long.compare(a.row() == null ? 0 : a.row(), b.row() == null ? 0 : b.row()))
                .toList();
    }

    String file() {
        return file;
    }
}
