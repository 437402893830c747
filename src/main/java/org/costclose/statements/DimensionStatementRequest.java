package org.costclose.statements;

import java.util.List;

/**
 * A dimension statement as asked for, unchecked. {@code compare} lists comparison columns: {@code version:<id>}
 * (another version of the period), {@code previous} (the previous period), {@code ytd} (year to date);
 * {@code layout} is auto, wide (lines as rows, values as columns) or long (values as rows); {@code split} adds
 * the fixed and variable parts of each amount.
 */
public record DimensionStatementRequest(String company, String period, String version, String dimension,
                                        String lineStructure, String hierarchyNode, List<String> compare,
                                        String layout, boolean split) {

    public DimensionStatementRequest {
        compare = compare == null ? List.of() : List.copyOf(compare);
    }
}
