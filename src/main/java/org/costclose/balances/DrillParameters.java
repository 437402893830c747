package org.costclose.balances;

/**
 * What a drill-down from a balance cell asks for: the transactions of one dimension value (with
 * {@code hierarchy}, a group value's descendants too), of one category or of the categories behind a line.
 */
record DrillParameters(String period, String dimension, String value, String category, String line,
                       String lineStructure, String version, boolean hierarchy, long offset, int limit) {
}
