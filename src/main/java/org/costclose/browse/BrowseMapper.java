package org.costclose.browse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What the browsable statements read beside the balances: the periods' states and a calculation's trace. */
@Mapper
interface BrowseMapper {

    List<PeriodRow> findPeriods(@Param("companyId") String companyId);

    /** the calculation transactions behind one CALCULATION cost posting (run, step#rule, category, value) */
    List<TraceRow> findTrace(TraceKey key);

    record PeriodRow(String periodId, LocalDate startDate, LocalDate endDate, String state) {
    }

    record TraceKey(String companyId, String periodId, String versionId, long runId, String stepId, int ruleNo,
                    String categoryId, String dimension, String value) {
    }

    record TraceRow(long runId, String runBy, LocalDateTime startedAt, int stepNo, String stepId, int ruleNo,
                    String side, String categoryId, String dimensionName, String dimensionValue,
                    String counterDimension, String counterValue, String sourceCategory, BigDecimal basisQuantity,
                    BigDecimal share, BigDecimal rate, BigDecimal amount, BigDecimal fixedAmount,
                    BigDecimal variableAmount) {
    }
}
