package org.costclose.calculation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Actual cost rates of calculation runs, planned rates of periods, and adopting the one as the other. */
@Mapper
public interface CostRateMapper {

    void insertRate(ActualRateRow row);

    int deleteRates(@Param("companyId") String companyId, @Param("periodId") String periodId,
                    @Param("versionId") String versionId);

    List<PlannedRate> findPlannedRates(@Param("companyId") String companyId, @Param("periodId") String periodId,
                                       @Param("versionId") String versionId);

    List<CostRateView> findRates(@Param("companyId") String companyId, @Param("periodId") String periodId,
                                 @Param("versionId") String versionId);

    /** how many actual rates (senders that delivered) the version's calculation of the period stored */
    long countRated(@Param("companyId") String companyId, @Param("periodId") String periodId,
                    @Param("versionId") String versionId);

    /** the period right after the given one, or null when it is the last */
    String findNextPeriod(@Param("companyId") String companyId, @Param("periodId") String periodId);

    int deletePlannedRates(@Param("companyId") String companyId, @Param("periodId") String periodId,
                           @Param("versionId") String versionId);

    int adoptRates(@Param("companyId") String companyId, @Param("periodId") String periodId,
                   @Param("versionId") String versionId, @Param("nextPeriodId") String nextPeriodId,
                   @Param("adoptedBy") String adoptedBy, @Param("adoptedAt") Instant adoptedAt);

    record ActualRateRow(String companyId, String periodId, String versionId, long runId, int stepNo, String stepId,
                         int ruleNo, String categoryId, String dimensionName, String dimensionValue, BigDecimal cost,
                         BigDecimal fixedCost, BigDecimal variableCost, BigDecimal quantity, BigDecimal rate,
                         BigDecimal fixedRate, BigDecimal variableRate) {
    }

    /** a planned rate of a period: from the actual rate of {@code originPeriod}'s run {@code originRunId} */
    record PlannedRate(String categoryId, String dimensionName, String dimensionValue, BigDecimal rate,
                       BigDecimal fixedRate, BigDecimal variableRate, String originPeriod, long originRunId,
                       String adoptedBy, Instant adoptedAt) {
    }

    /**
     * A sender's actual rate of a service category with what internal cost allocations charged from it in the
     * same calculation: the planned rate they charged at, the quantity and amount charged ({@code absorbed}) and
     * {@code unabsorbed} = cost − absorbed (positive: under-absorbed, negative: over-absorbed).
     */
    record CostRateView(String categoryId, String dimensionName, String dimensionValue, String stepId, long runId,
                        BigDecimal quantity, BigDecimal cost, BigDecimal fixedCost, BigDecimal variableCost,
                        BigDecimal rate, BigDecimal fixedRate, BigDecimal variableRate, BigDecimal plannedRate,
                        BigDecimal chargedQuantity, BigDecimal absorbed, BigDecimal unabsorbed) {
    }
}
