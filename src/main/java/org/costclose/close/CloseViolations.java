package org.costclose.close;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records a refused attempt in a transaction of its own, so it stays when the attempt itself is rolled back. */
@Service
class CloseViolations {

    private final CloseEventMapper mapper;
    private final Clock clock;

    CloseViolations(CloseEventMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String companyId, String periodId, String processInstanceId, String taskKey, String userId,
            String detail) {
        mapper.insert(new CloseEventMapper.CloseEvent(companyId, periodId, processInstanceId, taskKey, userId,
                "REFUSED", detail, Instant.now(clock)));
    }
}
