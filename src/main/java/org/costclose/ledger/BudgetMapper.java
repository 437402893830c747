package org.costclose.ledger;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Set-based processing of a budget model's GL budget entries into a budget version's cost transactions. */
@Mapper
interface BudgetMapper {

    void insertRun(@Param("run") LedgerMapper.NewRun run, @Param("versionId") String versionId,
                   @Param("budgetModel") String budgetModel, @Param("key") LedgerMapper.RunKey key);

    void insertRunAccount(LedgerRules.AccountRule rule);

    void insertRunDimension(LedgerRules.DimensionRule rule);

    int deleteCostTransactions(BudgetInput input);

    int deleteRejects(BudgetInput input);

    int insertRejects(BudgetInput input);

    int insertCostTransactions(BudgetInput input);

    void finishRun(BudgetInput input);

    BudgetRun findRun(@Param("runId") long runId);

    List<BudgetRun> findRuns(@Param("companyId") String companyId, @Param("periodId") String periodId,
                             @Param("versionId") String versionId);

    List<LedgerReject> findRejects(@Param("companyId") String companyId, @Param("periodId") String periodId,
                                   @Param("versionId") String versionId, @Param("offset") long offset,
                                   @Param("limit") int limit);

    /** one budget run: the model's entries of the period into the version; minorUnit scales the fixed part */
    record BudgetInput(String companyId, String periodId, String versionId, String budgetModel, long runId,
                       int minorUnit) {
    }
}
