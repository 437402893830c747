package org.costclose.reconciliation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The chart of accounts as reconciliation reads it, and the runs with their changes (reconciliation_run, _change). */
@Mapper
interface ReconciliationMapper {

    List<ChartAccount> findChart(@Param("companyId") String companyId);

    void insertRun(@Param("run") ReconciliationRun run, @Param("key") RunKey key);

    void insertChange(@Param("runId") long runId, @Param("changeNo") int changeNo, @Param("change") ProposedChange change);

    /** The company's runs, newest first. */
    List<ReconciliationRun> findRuns(@Param("companyId") String companyId);

    Optional<ReconciliationRun> findRun(@Param("companyId") String companyId, @Param("runId") long runId);

    List<ProposedChange> findChanges(@Param("runId") long runId);

    /** Records the application; 0 when the run was already applied (by a concurrent request, too). */
    int updateApplied(@Param("runId") long runId, @Param("appliedBy") String appliedBy,
            @Param("appliedAt") LocalDateTime appliedAt, @Param("setupId") long setupId);

    void updateOutcome(@Param("runId") long runId, @Param("changeNo") int changeNo, @Param("outcome") String outcome);
}
