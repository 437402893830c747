package org.costclose.calculation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** The period calculation's input (balances, values, service quantities), its transactions and its runs. */
@Mapper
interface CalculationMapper {

    void insertRun(@Param("run") NewRun run, @Param("key") RunKey key);

    int deleteInputs(@Param("companyId") String companyId, @Param("periodId") String periodId,
                     @Param("versionId") String versionId);

    void insertInput(@Param("companyId") String companyId, @Param("periodId") String periodId,
                     @Param("versionId") String versionId, @Param("inputVersion") String inputVersion,
                     @Param("inputSource") String inputSource);

    int deleteTransactions(@Param("companyId") String companyId, @Param("periodId") String periodId,
                           @Param("versionId") String versionId);

    Cursor<InputBalance> findInputBalances(@Param("companyId") String companyId, @Param("periodId") String periodId,
                                           @Param("versionId") String versionId,
                                           @Param("dimensions") Collection<String> dimensions);

    Cursor<DimensionValueRow> findValues(@Param("companyId") String companyId);

    List<ServiceFlow> findServiceFlows(@Param("companyId") String companyId, @Param("periodId") String periodId,
                                       @Param("versionId") String versionId);

    void insertTransaction(TransactionRow row);

    BigDecimal sumOfRun(@Param("runId") long runId);

    void finishRun(@Param("runId") long runId, @Param("finishedAt") Instant finishedAt,
                   @Param("durationMs") long durationMs, @Param("balancesIn") long balancesIn,
                   @Param("transactionsOut") long transactionsOut, @Param("amountMoved") BigDecimal amountMoved,
                   @Param("amountSum") BigDecimal amountSum);

    CalculationRun findRun(@Param("runId") long runId);

    List<CalculationRun> findRuns(@Param("companyId") String companyId, @Param("periodId") String periodId);

    List<ReceiverTotal> findReceiverTotals(@Param("runId") long runId);

    List<StepTotal> findStepTotals(@Param("runId") long runId);

    List<VersionBalance> findVersionBalances(@Param("companyId") String companyId, @Param("periodId") String periodId,
                                             @Param("versionId") String versionId,
                                             @Param("dimension") String dimension);

    List<String> findAccounts(@Param("companyId") String companyId);

    record NewRun(String companyId, String periodId, String versionId, long setupId, String setupHash,
                  String cycleMethod, String runBy, Instant startedAt, String inputVersion) {
    }

    /** MyBatis writes the generated run id into this holder */
    final class RunKey {
        private Long runId;

        public Long getRunId() {
            return runId;
        }

        public void setRunId(Long runId) {
            this.runId = runId;
        }
    }

    record InputBalance(String dimensionName, String dimensionValue, String categoryId, BigDecimal fixedAmount,
                        BigDecimal variableAmount, BigDecimal quantity) {
    }

    record DimensionValueRow(String dimensionName, String valueCode, String parentCode) {
    }

    record ServiceFlow(String categoryId, String senderDimension, String sender, String receiverDimension,
                       String receiver, BigDecimal quantity) {
    }

    record TransactionRow(String companyId, String periodId, String versionId, long runId, int stepNo, String stepId,
                          int ruleNo, String side, String categoryId, String dimensionName, String dimensionValue,
                          String counterDimension, String counterValue, String sourceCategory,
                          BigDecimal basisQuantity, BigDecimal share, BigDecimal rate, BigDecimal amount,
                          BigDecimal fixedAmount,
                          BigDecimal variableAmount) {
    }

    /** what a step of a run moved (the sum of its debits), in how many transactions, and their sum (zero) */
    record StepTotal(int stepNo, String stepId, long transactions, BigDecimal amountMoved, BigDecimal amountSum) {
    }

    /** what a run moved onto each receiver, net of what the receiver sent on */
    record ReceiverTotal(String dimensionName, String dimensionValue, BigDecimal amount) {
    }

    /** a version's final balance of a value and category (its input and its calculation), other than zero */
    record VersionBalance(String dimensionValue, String categoryId, BigDecimal amount) {
    }
}
