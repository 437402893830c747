package org.costclose.close;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Refused attempts on a close's tasks, kept outside the engine's rolled-back history. */
@Mapper
interface CloseEventMapper {

    void insert(CloseEvent event);

    List<CloseEvent> findByProcessInstance(@Param("processInstanceId") String processInstanceId);

    record CloseEvent(String companyId, String periodId, String processInstanceId, String taskKey, String userId,
                      String event, String detail, Instant occurredAt) {
    }
}
