package org.costclose.balances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/**
 * Reads cost transactions grouped by dimension value × category, their drill-down and the GL entries behind
 * them. Every statement filters by (company, period, version, dimension) and counts every source (ledger,
 * production, later calculation), so a calculation version's rows join the balances without changes here.
 */
@Mapper
interface CostBalanceMapper {

    long countValues(CostQuery query);

    /** first and last value of the page (null on an empty page): a page is a contiguous range of ordered values */
    PageBounds findPageBounds(CostQuery query);

    /** grouped rows of the values from {@code query.from()} to {@code query.to()}, ordered by value and category */
    Cursor<CategoryBalance> findBalances(CostQuery query);

    long countTransactions(CostQuery query);

    List<CostTransactionRow> findTransactions(CostQuery query);

    List<ValueParent> findValueParents(@Param("companyId") String companyId, @Param("dimension") String dimension);

    List<DimensionSlot> findDimensionSlots(@Param("companyId") String companyId);

    GlEntryRow findGlEntry(@Param("companyId") String companyId, @Param("entryId") String entryId);

    record PageBounds(String firstValue, String lastValue) {
    }

    record ValueParent(String valueCode, String parentCode) {
    }

    record DimensionSlot(String dimensionName, int slot) {
    }

    /** one dimension value's balance of one category; a group value's row sums its own and its descendants' */
    record CategoryBalance(String dimensionValue, String valueName, String categoryId, BigDecimal amount,
                           BigDecimal fixedAmount, BigDecimal variableAmount, BigDecimal quantity, long transactions) {
    }

    record CostTransactionRow(String sourceKind, String sourceId, String source, long runId, String categoryId, String dimensionValue,
                              long entryCount, BigDecimal amount, BigDecimal fixedAmount,
                              BigDecimal variableAmount, BigDecimal quantity) {
    }

    record GlEntryRow(String entryId, String voucher, LocalDate accountingDate, String periodId, String accountNo,
                      String accountName, String dim1, String dim2, String dim3, String dim4, String dim5, String dim6,
                      String dim7, String dim8, BigDecimal amount, BigDecimal quantity, String unit,
                      String postingLayer, long importId, long rowHash) {

        List<String> dimensions() {
            return java.util.Arrays.asList(dim1, dim2, dim3, dim4, dim5, dim6, dim7, dim8);
        }
    }
}
