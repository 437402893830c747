package org.costclose.intake;

/**
 * A CSV column of an import kind: its header, the database column it fills (null when it only
 * checks, like {@code company}), how it is parsed, whether the header must be present, whether a row
 * may leave it blank, and its maximum length for text.
 */
record Field(String header, String column, FieldType type, boolean headerRequired, boolean valueRequired, int maxLength) {

    static Field required(String header, String column, FieldType type) {
        return new Field(header, column, type, true, true, 40);
    }

    static Field optional(String header, String column, FieldType type) {
        return new Field(header, column, type, false, false, 40);
    }

    Field length(int max) {
        return new Field(header, column, type, headerRequired, valueRequired, max);
    }
}
