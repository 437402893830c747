package org.costclose.ledger;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Set-based ledger processing and the record of its runs. */
@Mapper
public interface LedgerMapper {

    String lockPeriod(@Param("companyId") String companyId, @Param("periodId") String periodId);

    List<String> findProfitAndLossAccounts(@Param("companyId") String companyId);

    List<DimensionSlot> findDimensionSlots(@Param("companyId") String companyId);

    void insertRun(@Param("run") NewRun run, @Param("key") RunKey key);

    void insertRunAccount(LedgerRules.AccountRule rule);

    void insertRunDimension(LedgerRules.DimensionRule rule);

    void insertRunLayer(@Param("runId") long runId, @Param("postingLayer") String postingLayer);

    void analyzeRules();

    int deleteCostTransactions(PeriodRun run);

    int deleteRejects(PeriodRun run);

    int insertSummary(SummaryRun run);

    void analyzeSummary();

    long countRejectedRows(SummaryRun run);

    int insertRejects(SummaryRun run);

    int markRejectedRows(SummaryRun run);

    int insertCostTransactions(SummaryRun run);

    RunTotals findTotals(SummaryRun run);

    int deleteSummary(SummaryRun run);

    List<String> findEntriesOf(@Param("companyId") String companyId, @Param("periodId") String periodId,
                               @Param("runId") long runId, @Param("categoryId") String categoryId,
                               @Param("dimensionName") String dimensionName, @Param("dimensionValue") String dimensionValue,
                               @Param("offset") long offset, @Param("limit") int limit);

    Long findLatestRunId(@Param("companyId") String companyId, @Param("periodId") String periodId);

    void finishRun(@Param("runId") long runId, @Param("totals") RunTotals totals, @Param("transactionsOut") long transactionsOut,
                   @Param("finishedAt") java.time.Instant finishedAt, @Param("durationMs") long durationMs);

    LedgerRun findRun(@Param("runId") long runId);

    List<LedgerRun> findRuns(@Param("companyId") String companyId, @Param("periodId") String periodId);

    List<LedgerReject> findRejects(@Param("companyId") String companyId, @Param("periodId") String periodId,
                                   @Param("offset") long offset, @Param("limit") int limit);

    List<ReasonCount> countRejectsByReason(@Param("companyId") String companyId, @Param("periodId") String periodId);

    /** one run over one period; minorUnit is the currency's scale for the fixed/variable split */
    record PeriodRun(String companyId, String periodId, long runId, int minorUnit) {
    }

    /** a ledger run summed by account and the dimension slots its rules use (ledger_run_summary), over its layers in scope */
    record SummaryRun(String companyId, String periodId, long runId, int minorUnit, List<Integer> slots, List<String> layers) {
    }

    record NewRun(String companyId, String periodId, long setupId, String setupHash, String runBy,
                  java.time.Instant startedAt) {
    }

    record DimensionSlot(String dimensionName, int slot) {
    }

    record RunTotals(String companyId, String periodId, long entriesIn, BigDecimal amountIn, long entriesProcessed, BigDecimal amountProcessed,
                     long entriesRejected, BigDecimal amountRejected) {
    }

    record ReasonCount(String reason, long entries, long problems) {
    }

    /** receives the generated run id */
    final class RunKey {
        private Long runId;

        public Long getRunId() {
            return runId;
        }

        public void setRunId(Long runId) {
            this.runId = runId;
        }
    }
}
