package org.costclose.close;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The period's state and what the close checks before it starts. */
@Mapper
interface ClosePeriodMapper {

    /** the period's state, its row locked until the transaction ends (so two starts of a close queue up) */
    String lockState(@Param("companyId") String companyId, @Param("periodId") String periodId);

    /** OPEN, CLOSING or CLOSED; null for an unknown period */
    String findState(@Param("companyId") String companyId, @Param("periodId") String periodId);

    /** the oldest import of the company still running, or null */
    Long findRunningImport(@Param("companyId") String companyId);

    long countEntries(@Param("companyId") String companyId, @Param("periodId") String periodId);

    long countBudgetEntries(@Param("companyId") String companyId, @Param("budgetModel") String budgetModel,
                            @Param("periodId") String periodId);

    /** per input of the period: how many rows, and a sum that changes when any of them does */
    List<InputPrint> findInputPrints(@Param("companyId") String companyId, @Param("periodId") String periodId);

    record InputPrint(String part, long rowCount, BigDecimal total) {
    }

    int lock(@Param("companyId") String companyId, @Param("periodId") String periodId);

    int unlock(@Param("companyId") String companyId, @Param("periodId") String periodId);
}
