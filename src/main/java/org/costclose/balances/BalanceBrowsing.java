package org.costclose.balances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.cursor.Cursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the browsable statements read of the balances: the categories behind a statement's cell, a page of a
 * category's cost transactions and a GL entry. A public face over the package's services, whose records stay the
 * API's; checks and errors (404, 422) are theirs.
 */
@Service
public class BalanceBrowsing {

    private final CostBalanceService balances;
    private final DrillDownService drillDown;
    private final CostBalanceMapper mapper;

    BalanceBrowsing(CostBalanceService balances, DrillDownService drillDown, CostBalanceMapper mapper) {
        this.balances = balances;
        this.drillDown = drillDown;
        this.mapper = mapper;
    }

    /** one category's balance of a dimension value */
    public record CategoryFigure(String category, BigDecimal amount, BigDecimal fixedAmount, BigDecimal variableAmount,
                                 BigDecimal quantity, long transactions) {
    }

    /** a cost transaction: LEDGER ones list their first GL entry ids, CALCULATION ones name {@code step#rule} */
    public record Transaction(String source, String sourceId, long runId, String category, String value,
                              long entryCount, BigDecimal amount, BigDecimal fixedAmount, BigDecimal variableAmount,
                              BigDecimal quantity, List<String> glEntries) {
    }

    public record TransactionPage(long offset, int limit, long total, List<Transaction> transactions) {
    }

    public record Entry(String entryId, String voucher, LocalDate accountingDate, String periodId, String accountNo,
                        String accountName, Map<String, String> dimensions, BigDecimal amount, BigDecimal quantity,
                        String unit, String postingLayer) {
    }

    /** the categories of a value that make up a line (checked like the drill-down), with their balances */
    @Transactional(readOnly = true)
    public List<CategoryFigure> lineCategories(String company, String period, String version, String dimension,
                                               String value, boolean hierarchy, String lineStructure,
                                               String line) {
        List<String> categories = drillDown.transactions(company, new DrillParameters(period, dimension, value, null,
                line, lineStructure, version, hierarchy, 0, 1)).categories();
        int minorUnit = balances.scope(company, new BalanceParameters(period, dimension, null, version, 0, 1, false), 1)
                .setup().company().minorUnit();
        List<Integer> levels = hierarchy ? Hierarchy.of(mapper.findValueParents(company, dimension)).levels() : List.of();
        CostQuery query = new CostQuery(company, period, version, dimension, levels, value, value, null, 0, 1);
        List<CategoryFigure> figures = new ArrayList<>();
        try (Cursor<CostBalanceMapper.CategoryBalance> rows = mapper.findBalances(query)) {
            for (CostBalanceMapper.CategoryBalance row : rows) {
                if (categories.contains(row.categoryId()) && value.equals(row.dimensionValue())) {
                    figures.add(new CategoryFigure(row.categoryId(), BalanceRow.amount(row.amount(), minorUnit),
                            BalanceRow.amount(row.fixedAmount(), minorUnit),
                            BalanceRow.amount(row.variableAmount(), minorUnit), BalanceRow.quantity(row.quantity()),
                            row.transactions()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return figures;
    }

    @Transactional(readOnly = true)
    public TransactionPage transactions(String company, String period, String version, String dimension, String value,
                                        boolean hierarchy, String category, long offset, int limit) {
        CostTransactions page = drillDown.transactions(company, new DrillParameters(period, dimension, value, category,
                null, null, version, hierarchy, offset, limit));
        return new TransactionPage(page.offset(), page.limit(), page.total(), page.transactions().stream()
                .map(t -> new Transaction(t.source(), t.sourceId(), t.runId(), t.category(), t.dimensionValue(),
                        t.entryCount(), t.amount(), t.fixedAmount(), t.variableAmount(), t.quantity(), t.glEntries()))
                .toList());
    }

    public Entry glEntry(String company, String entryId) {
        GlEntry entry = drillDown.glEntry(company, entryId);
        return new Entry(entry.entryId(), entry.voucher(), entry.accountingDate(), entry.periodId(), entry.accountNo(),
                entry.accountName(), entry.dimensions(), entry.amount(), entry.quantity(), entry.unit(),
                entry.postingLayer());
    }
}
