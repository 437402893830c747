package org.costclose.calculation;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.costclose.shared.PostgresCopy;

/**
 * PostgreSQL's fast path: calculation transactions streamed by one COPY on the transaction's connection, as
 * CSV text that PostgreSQL converts exactly as it converts the batch writer's parameters. Amounts are whole
 * minor units written with the currency's decimals; text fields are quoted (an unquoted empty field is NULL).
 */
final class CopyTransactionWriter extends TransactionWriter {

    private final PostgresCopy copy;
    private final String prefix;
    /** the same few codes (steps, categories, values) recur on most rows: quote each once */
    private final Map<String, String> quoted = new HashMap<>();
    /** a sender's weights and shares recur on both sides and for each of its categories: convert each once */
    private final PlainText basis = new PlainText();
    private final PlainText share = new PlainText();
    private boolean finished;

    CopyTransactionWriter(DataSource dataSource, CalculationMapper.NewRun run, long runId, int minorUnit) {
        super(run, runId, minorUnit);
        try {
            this.copy = PostgresCopy.start(dataSource, "calculation_transaction", COLUMNS);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start COPY into calculation_transaction", e);
        }
        this.prefix = quote(run.companyId()) + ',' + quote(run.periodId()) + ',' + quote(run.versionId()) + ','
                + runId + ',';
    }

    @Override
    void insert(Posting posting) {
        Money money = posting.money();
        StringBuilder row = copy.row().append(prefix).append(posting.stepNo()).append(',')
                .append(quote(posting.stepId())).append(',').append(posting.ruleNo()).append(',')
                .append(posting.side()).append(',').append(quote(posting.category())).append(',')
                .append(quote(posting.node().dimension())).append(',').append(quote(posting.node().value())).append(',')
                .append(quote(posting.counter().dimension())).append(',').append(quote(posting.counter().value()))
                .append(',').append(quote(posting.sourceCategory())).append(',')
                .append(basis.text(posting.basisQuantity())).append(',').append(share.text(posting.share()))
                .append(',').append(posting.rate() == null ? "" : posting.rate().toPlainString());
        appendAmount(row.append(','), money.total());
        appendAmount(row.append(','), money.fixed());
        appendAmount(row.append(','), money.variable());
        try {
            copy.endRow();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into calculation_transaction failed", e);
        }
    }

    /** minor units as a decimal with the currency's decimals, e.g. -1234 cents as -12.34 */
    private void appendAmount(StringBuilder row, long minorUnits) {
        if (minorUnit == 0) {
            row.append(minorUnits);
            return;
        }
        if (minorUnits < 0) {
            row.append('-');
        }
        String digits = Long.toString(Math.abs(minorUnits));
        int whole = digits.length() - minorUnit;
        if (whole <= 0) {
            row.append('0').append('.').append("0".repeat(-whole)).append(digits);
        } else {
            row.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
        }
    }

    /**
     * Decimals' plain text, kept by identity (the same object, so the same text) for the recent ones: a sender's
     * few weights and shares come back for each of its categories. Cleared when it grows.
     */
    private static final class PlainText {

        private static final int KEPT = 1024;
        private final Map<BigDecimal, String> texts = new IdentityHashMap<>();

        String text(BigDecimal value) {
            String text = texts.get(value);
            if (text == null) {
                if (texts.size() >= KEPT) {
                    texts.clear();
                }
                text = value.toPlainString();
                texts.put(value, text);
            }
            return text;
        }
    }

    private String quote(String text) {
        return quoted.computeIfAbsent(text, PostgresCopy::quoted);
    }

    /** ends the COPY: the rows are stored when this returns */
    @Override
    public void close() {
        try {
            if (!finished) {
                finished = true;
                copy.finish();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into calculation_transaction failed", e);
        } finally {
            try {
                copy.close();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot cancel COPY into calculation_transaction", e);
            }
        }
    }
}
