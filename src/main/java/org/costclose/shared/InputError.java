package org.costclose.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem in user input, located precisely enough to fix it: the file (or import), the line or
 * row number as an editor or spreadsheet shows it (the header is row 1), the field or column, the
 * offending value and why it is refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputError(String file, Long row, String field, String value, String reason) {

    public InputError {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an input error needs a reason");
        }
    }

    public static InputError at(String file, long row, String field, String value, String reason) {
        return new InputError(file, row, field, value, reason);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (file != null) text.append(file);
        if (row != null) text.append(text.isEmpty() ? "" : ":").append(row);
        if (field != null) text.append(text.isEmpty() ? "" : " ").append(field);
        if (value != null) text.append(" '").append(value).append('\'');
        return text.append(text.isEmpty() ? "" : ": ").append(reason).toString();
    }
}
