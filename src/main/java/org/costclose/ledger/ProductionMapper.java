package org.costclose.ledger;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Set-based production and project processing and the record of its runs. */
@Mapper
interface ProductionMapper {

    void insertRun(@Param("run") LedgerMapper.NewRun run, @Param("key") LedgerMapper.RunKey key);

    void insertRule(ProductionRules.Rule rule);

    void analyzeRules();

    void analyzeLines();

    int deleteCostTransactions(LedgerMapper.PeriodRun run);

    int deleteRejects(LedgerMapper.PeriodRun run);

    int insertRouteLines(LedgerMapper.PeriodRun run);

    int insertRouteRejects(LedgerMapper.PeriodRun run);

    int insertFinishedLines(LedgerMapper.PeriodRun run);

    int insertFinishedRejects(LedgerMapper.PeriodRun run);

    int insertProjectLines(LedgerMapper.PeriodRun run);

    int insertProjectRejects(LedgerMapper.PeriodRun run);

    int insertServiceLines(LedgerMapper.PeriodRun run);

    int insertServiceRejects(LedgerMapper.PeriodRun run);

    int insertValueRejects(LedgerMapper.PeriodRun run);

    int insertCostTransactions(LedgerMapper.PeriodRun run);

    int deleteLines(LedgerMapper.PeriodRun run);

    long countRowsIn(LedgerMapper.PeriodRun run);

    long countRejectedRows(LedgerMapper.PeriodRun run);

    void finishRun(@Param("runId") long runId, @Param("rowsIn") long rowsIn, @Param("rowsRejected") long rowsRejected,
                   @Param("transactionsOut") long transactionsOut, @Param("finishedAt") Instant finishedAt,
                   @Param("durationMs") long durationMs);

    ProductionRun findRun(@Param("runId") long runId);

    List<ProductionRun> findRuns(@Param("companyId") String companyId, @Param("periodId") String periodId);

    List<ProductionReject> findRejects(@Param("companyId") String companyId, @Param("periodId") String periodId,
                                       @Param("offset") long offset, @Param("limit") int limit);
}
