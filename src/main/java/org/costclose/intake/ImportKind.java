package org.costclose.intake;

import static org.costclose.intake.Field.optional;
import static org.costclose.intake.Field.required;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ERP exports the platform takes, with their CSV columns. Transaction kinds are append-only
 * and land in {@code table} through its staging twin; a date field also fills {@code period_id}.
 * Kinds with {@code dimensionColumns} accept one extra column per financial dimension, named like it.
 */
public enum ImportKind {
    ACCOUNTS("accounts", null, null, false, List.of(
            required("account", "account_no", FieldType.TEXT),
            required("name", "name", FieldType.TEXT).length(200),
            required("type", "account_type", FieldType.ACCOUNT_TYPE),
            optional("blocked", "status", FieldType.YES_NO))),
    DIMENSION_VALUES("dimension-values", null, null, false, List.of(
            required("dimension", "dimension_name", FieldType.TEXT),
            required("value", "value_code", FieldType.TEXT),
            required("name", "name", FieldType.TEXT).length(200),
            optional("parent", "parent_code", FieldType.TEXT))),
    GL_ENTRIES("gl-entries", "gl_entry", "entry_id", true, List.of(
            required("entry_id", "entry_id", FieldType.ID).length(60),
            optional("voucher", "voucher", FieldType.TEXT).length(60),
            required("date", "accounting_date", FieldType.DATE),
            required("account", "account_no", FieldType.ACCOUNT),
            required("amount", "amount", FieldType.AMOUNT),
            optional("quantity", "quantity", FieldType.QUANTITY),
            optional("unit", "unit", FieldType.TEXT).length(10),
            optional("posting_layer", "posting_layer", FieldType.POSTING_LAYER),
            optional("company", null, FieldType.COMPANY))),
    GL_BUDGET_ENTRIES("gl-budget-entries", "gl_budget_entry", "entry_id", true, List.of(
            required("entry_id", "entry_id", FieldType.ID).length(60),
            required("budget_model", "budget_model", FieldType.TEXT),
            required("date", "budget_date", FieldType.DATE),
            required("account", "account_no", FieldType.ACCOUNT),
            required("amount", "amount", FieldType.AMOUNT),
            optional("company", null, FieldType.COMPANY))),
    ROUTE_TRANSACTIONS("route-transactions", "route_transaction", "transaction_id", false, List.of(
            required("transaction_id", "transaction_id", FieldType.ID).length(60),
            required("order", "production_order", FieldType.TEXT).length(60),
            required("resource", "resource_id", FieldType.TEXT),
            required("cost_center", "cost_center", FieldType.COST_CENTER),
            required("cost_purpose", "cost_purpose", FieldType.COST_PURPOSE),
            required("hours", "hours", FieldType.QUANTITY),
            required("date", "transaction_date", FieldType.DATE))),
    REPORTED_FINISHED("reported-finished", "finished_quantity", "transaction_id", false, List.of(
            required("transaction_id", "transaction_id", FieldType.ID).length(60),
            required("order", "production_order", FieldType.TEXT).length(60),
            required("cost_purpose", "cost_purpose", FieldType.COST_PURPOSE),
            required("quantity", "quantity", FieldType.QUANTITY),
            required("unit", "unit", FieldType.TEXT).length(10),
            required("date", "transaction_date", FieldType.DATE))),
    PROJECT_HOURS("project-hours", "project_hour", "transaction_id", true, List.of(
            required("transaction_id", "transaction_id", FieldType.ID).length(60),
            required("project", "project_id", FieldType.TEXT),
            optional("worker", "worker", FieldType.TEXT).length(60),
            required("cost_center", "cost_center", FieldType.COST_CENTER),
            required("hours", "hours", FieldType.QUANTITY),
            required("date", "transaction_date", FieldType.DATE))),
    SERVICE_TRANSACTIONS("service-transactions", "service_transaction", "transaction_id", false, List.of(
            required("transaction_id", "transaction_id", FieldType.ID).length(60),
            required("category", "category_id", FieldType.SERVICE_CATEGORY),
            optional("sender", "sender_value", FieldType.SENDER_VALUE),
            required("receiver", "receiver_value", FieldType.RECEIVER_VALUE),
            required("quantity", "quantity", FieldType.QUANTITY),
            required("date", "transaction_date", FieldType.DATE),
            optional("description", "description", FieldType.TEXT).length(200)));

    private final String slug;
    private final String table;
    private final String idColumn;
    private final boolean dimensionColumns;
    private final List<Field> fields;

    ImportKind(String slug, String table, String idColumn, boolean dimensionColumns, List<Field> fields) {
        this.slug = slug;
        this.table = table;
        this.idColumn = idColumn;
        this.dimensionColumns = dimensionColumns;
        this.fields = fields;
    }

    public String slug() {
        return slug;
    }

    String table() {
        return table;
    }

    String idColumn() {
        return idColumn;
    }

    boolean hasDimensionColumns() {
        return dimensionColumns;
    }

    List<Field> fields() {
        return fields;
    }

    /** master data is a snapshot (re-import updates); everything else is an append-only ledger */
    boolean isMasterData() {
        return table == null;
    }

    public static Optional<ImportKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    public static String slugs() {
        return String.join(", ", Arrays.stream(values()).map(ImportKind::slug).toList());
    }
}
