package org.costclose.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one CSV record into the values of its database columns, checking every field against the
 * company's setup and master data. All problems of a row are reported, not just the first.
 */
final class RowParser {

    private static final int QUANTITY_SCALE = 6;
    private static final Set<String> POSTING_LAYERS = Set.of("CURRENT", "OPERATIONS", "TAX");
    private static final Set<String> ACCOUNT_TYPES = Set.of("REVENUE", "EXPENSE", "ASSET", "LIABILITY", "EQUITY");

    private final RowLayout layout;
    private final IntakeContext context;
    private final RowHasher hasher = new RowHasher();

    RowParser(RowLayout layout, IntakeContext context) {
        this.layout = layout;
        this.context = context;
    }

    /** the row's values in {@link RowLayout#columns()} order, or null when it has errors (then reported) */
    ParsedRow parse(CSVRecord record, long row, ErrorCollector errors) {
        if (record.size() != layout.headerSize()) {
            errors.add(row, null, null, "row has " + record.size() + " fields; the header has " + layout.headerSize());
            return null;
        }
        long before = errors.count();
        var slots = layout.slots();
        Object[] values = new Object[layout.columns().size()];
        RowState state = new RowState();
        int at = 0;
        for (RowLayout.Slot slot : slots) {
            if (slot.column() == null) {
                check(slot, text(record, slot), row, errors, state);
                continue;
            }
            values[at++] = slot.field() == null && slot.dimension() == null
                    ? state.periodId
                    : check(slot, text(record, slot), row, errors, state);
        }
        return errors.count() > before ? null : new ParsedRow(row, values, hasher.hash(values));
    }

    private static String text(CSVRecord record, RowLayout.Slot slot) {
        if (slot.index() < 0) {
            return null;
        }
        String value = record.get(slot.index()).strip();
        return value.isEmpty() ? null : value;
    }

    private Object check(RowLayout.Slot slot, String value, long row, ErrorCollector errors, RowState state) {
        if (slot.dimension() != null) {
            return dimensionValue(slot.dimension().dimensionName(), slot.dimension().dimensionName(), value, row, errors);
        }
        Field field = slot.field();
        if (value == null) {
            if (field.valueRequired()) {
                errors.add(row, field.header(), null, "value is required");
            }
            return defaultFor(field);
        }
        if (field.maxLength() > 0 && value.length() > field.maxLength() && isText(field.type())) {
            errors.add(row, field.header(), value, "longer than " + field.maxLength() + " characters");
            return null;
        }
        return switch (field.type()) {
            case ID, TEXT -> value;
            case DATE -> date(field, value, row, errors, state);
            case AMOUNT -> FieldValues.number(field, value, context.minorUnit(), row, errors, "the currency allows " + context.minorUnit());
            case QUANTITY -> FieldValues.number(field, value, QUANTITY_SCALE, row, errors, "at most " + QUANTITY_SCALE + " are allowed");
            case POSTING_LAYER -> FieldValues.oneOf(field, value, POSTING_LAYERS, row, errors);
            case ACCOUNT_TYPE -> FieldValues.oneOf(field, value, ACCOUNT_TYPES, row, errors);
            case YES_NO -> FieldValues.yesNo(field, value, row, errors);
            case ACCOUNT -> account(field, value, row, errors);
            case COST_CENTER -> roleValue(field, "COST_CENTER", value, row, errors);
            case COST_PURPOSE -> roleValue(field, "COST_PURPOSE", value, row, errors);
            case SERVICE_CATEGORY -> serviceCategory(field, value, row, errors, state);
            // without a known category its dimensions are unknown: the category's own error says enough
            case SENDER_VALUE -> state.category == null ? value
                    : serviceSide(field, value, state.category.creditDimension(), "credit", row, errors);
            case RECEIVER_VALUE -> state.category == null ? value
                    : serviceSide(field, value, state.category.debitDimension(), "debit", row, errors);
            case COMPANY -> sameCompany(field, value, row, errors);
        };
    }

    private static boolean isText(FieldType type) {
        return type == FieldType.ID || type == FieldType.TEXT;
    }

    private static Object defaultFor(Field field) {
        return switch (field.type()) {
            case POSTING_LAYER -> "CURRENT";
            case YES_NO -> "ACTIVE";
            default -> null;
        };
    }

    private LocalDate date(Field field, String value, long row, ErrorCollector errors, RowState state) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(row, field.header(), value, "not a date; expected YYYY-MM-DD");
            return null;
        }
        var period = context.periodOf(date);
        if (period.isEmpty()) {
            errors.add(row, field.header(), value, "date is outside every period of the company's fiscal calendar");
        } else if (period.get().isLocked()) {
            errors.add(row, field.header(), value, "period " + period.get().periodId() + " is locked; it takes no postings");
        } else {
            state.periodId = period.get().periodId();
        }
        return date;
    }

    private String account(Field field, String value, long row, ErrorCollector errors) {
        if (!context.accounts().contains(value)) {
            errors.add(row, field.header(), value, "unknown account: not in the company's chart of accounts");
        }
        return value;
    }

    private String roleValue(Field field, String role, String value, long row, ErrorCollector errors) {
        var dimension = context.dimensionWithRole(role);
        if (dimension.isEmpty()) {
            errors.add(row, field.header(), value, "the company's setup has no dimension with the role " + role);
            return value;
        }
        return dimensionValue(field.header(), dimension.get().dimensionName(), value, row, errors);
    }

    private String dimensionValue(String header, String dimension, String value, long row, ErrorCollector errors) {
        if (value != null && !context.hasValue(dimension, value)) {
            errors.add(row, header, value, "unknown value of dimension " + dimension);
        }
        return value;
    }

    private String serviceCategory(Field field, String value, long row, ErrorCollector errors, RowState state) {
        state.category = context.serviceCategories().get(value);
        if (state.category == null) {
            errors.add(row, field.header(), value, "unknown service category");
        }
        return value;
    }

    private String serviceSide(Field field, String value, String dimension, String side, long row, ErrorCollector errors) {
        if (dimension == null) {
            if (value != null) {
                errors.add(row, field.header(), value, "the service category has no " + side + " dimension; leave it blank");
            }
            return value;
        }
        return dimensionValue(field.header(), dimension, value, row, errors);
    }

    private String sameCompany(Field field, String value, long row, ErrorCollector errors) {
        if (!context.companyId().equals(value)) {
            errors.add(row, field.header(), value, "row belongs to another company than " + context.companyId());
        }
        return value;
    }

    /** what earlier fields of the row tell later ones: the date's period, the service category */
    private static final class RowState {
        private String periodId;
        private IntakeContext.ServiceCategoryRow category;
    }
}
