package org.costclose.calculation.lineage;

/**
 * Which balance to explain: a value of a dimension in a period and version, narrowed to one category or to
 * the categories of a line of a line structure (or neither: all categories), explained {@code depth} levels deep.
 */
record LineageRequest(String period, String version, String dimension, String value, String category,
                      String lineStructure, String line, int depth) {
}
