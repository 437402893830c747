package org.costclose.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a file's header onto a kind's database columns: which CSV column feeds which field, which
 * extra columns are financial dimensions. Reports a wrong column set (missing, unknown, repeated
 * columns) against row 1.
 */
final class RowLayout {

    static final String PERIOD_COLUMN = "period_id";

    /** a database column and where its value comes from; index -1 when the CSV lacks that optional column */
    record Slot(String column, Field field, IntakeContext.DimensionRow dimension, int index) {
    }

    private final List<Slot> slots;
    private final int headerSize;
    /** computed once: the parser asks for it on every row */
    private final List<String> columns;

    private RowLayout(List<Slot> slots, int headerSize) {
        this.slots = slots;
        this.headerSize = headerSize;
        this.columns = slots.stream().map(Slot::column).filter(c -> c != null).toList();
    }

    List<Slot> slots() {
        return slots;
    }

    int headerSize() {
        return headerSize;
    }

    List<String> columns() {
        return columns;
    }

    static RowLayout resolve(ImportKind kind, List<String> header, IntakeContext context, ErrorCollector errors) {
        Map<String, Integer> index = indexHeader(header, errors);
        Set<String> known = new HashSet<>();
        List<Slot> slots = new ArrayList<>();
        for (Field field : kind.fields()) {
            known.add(field.header());
            Integer at = index.get(field.header());
            if (at == null && field.headerRequired()) {
                errors.add(1, field.header(), null, "required column is missing; expected columns: " + expected(kind));
            }
            slots.add(new Slot(field.column(), field, null, at == null ? -1 : at));
            if (field.type() == FieldType.DATE && !kind.isMasterData()) {
                slots.add(new Slot(PERIOD_COLUMN, null, null, -1));
            }
        }
        if (kind.hasDimensionColumns()) {
            for (IntakeContext.DimensionRow dimension : context.dimensions().values()) {
                known.add(dimension.dimensionName());
                Integer at = index.get(dimension.dimensionName());
                slots.add(new Slot(dimension.column(), null, dimension, at == null ? -1 : at));
            }
        }
        index.keySet().stream().filter(name -> !known.contains(name)).sorted().forEach(name ->
                errors.add(1, name, null, "unknown column; expected columns: " + expected(kind)
                        + (kind.hasDimensionColumns() ? " and the company's financial dimensions "
                                + context.dimensions().keySet() : "")));
        return new RowLayout(slots, header.size());
    }

    private static Map<String, Integer> indexHeader(List<String> header, ErrorCollector errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                errors.add(1, "column " + (i + 1), null, "column without a name");
            } else if (index.putIfAbsent(name, i) != null) {
                errors.add(1, name, null, "column appears more than once");
            }
        }
        return index;
    }

    private static String expected(ImportKind kind) {
        return String.join(", ", kind.fields().stream()
                .map(f -> f.header() + (f.headerRequired() ? "" : " (optional)")).toList());
    }
}
