package org.costclose.intake;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Parsing of single field values that needs nothing but the value: numbers, codes, yes/no. */
final class FieldValues {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,15}(\\.\\d+)?");

    private FieldValues() {
    }

    static BigDecimal number(Field field, String value, int maxScale, long row, ErrorCollector errors, String allowed) {
        if (!NUMBER.matcher(value).matches()) {
            errors.add(row, field.header(), value, "not a number; expected digits with an optional '.' and decimals, no thousands separators");
            return null;
        }
        BigDecimal number = new BigDecimal(value);
        if (number.scale() > maxScale && number.stripTrailingZeros().scale() > maxScale) {
            errors.add(row, field.header(), value, "has " + number.stripTrailingZeros().scale() + " decimals; " + allowed);
            return null;
        }
        return number.scale() > maxScale ? number.setScale(maxScale) : number;
    }

    static String oneOf(Field field, String value, Set<String> allowed, long row, ErrorCollector errors) {
        String code = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(code)) {
            errors.add(row, field.header(), value, "must be one of " + allowed.stream().sorted().toList());
            return null;
        }
        return code;
    }

    static String yesNo(Field field, String value, long row, ErrorCollector errors) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1", "y" -> "BLOCKED";
            case "no", "false", "0", "n" -> "ACTIVE";
            default -> {
                errors.add(row, field.header(), value, "must be yes or no");
                yield null;
            }
        };
    }
}
