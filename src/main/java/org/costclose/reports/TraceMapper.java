package org.costclose.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What the latest calculation of a period and version moved, summed set-based from its calculation transactions. */
@Mapper
interface TraceMapper {

    /** the run whose transactions stand for the period and version, null when it has none */
    TraceRun findRun(@Param("companyId") String companyId, @Param("periodId") String periodId,
                     @Param("versionId") String versionId);

    List<Flow> findFlows(@Param("runId") long runId);

    record TraceRun(long runId, String runBy, Instant startedAt, String cycleMethod, BigDecimal amountMoved) {
    }

    /**
     * What a rule of a step moved from a sender to a receiver under a category (the receiver's debit), from
     * which source category, in how many transactions.
     */
    record Flow(int stepNo, String stepId, int ruleNo, String senderDimension, String sender, String receiverDimension,
                String receiver, String categoryId, String sourceCategory, BigDecimal amount, long transactions) {
    }
}
