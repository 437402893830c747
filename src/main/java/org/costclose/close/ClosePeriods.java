package org.costclose.close;

import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a close checks of its period before it starts and on its first step, and the lock at its end. */
@Service
class ClosePeriods {

    static final String OPEN = "OPEN";
    static final String LOCKED = "CLOSED";
    private static final String TITLE = "The period cannot be closed";

    private final ClosePeriodMapper mapper;

    ClosePeriods(ClosePeriodMapper mapper) {
        this.mapper = mapper;
    }

    /** the period's state, its row locked for the transaction; unknown company or period: not found */
    String lockState(String companyId, String periodId) {
        return known(companyId, periodId, mapper.lockState(companyId, periodId));
    }

    /** the period's state; unknown company or period: not found */
    String state(String companyId, String periodId) {
        return known(companyId, periodId, mapper.findState(companyId, periodId));
    }

    private static String known(String companyId, String periodId, String state) {
        if (state == null) {
            throw new NotFoundException("company " + companyId + " has no period " + periodId);
        }
        return state;
    }

    /** the period is open, no import of the company is still running, and the period has GL entries */
    void requireReady(String companyId, String periodId) {
        String state = state(companyId, periodId);
        if (!OPEN.equals(state)) {
            throw CloseConflictException.periodNotOpen(companyId, periodId, state);
        }
        Long running = mapper.findRunningImport(companyId);
        if (running != null) {
            throw InvalidInputException.single(TITLE, new InputError(null, null, "import", String.valueOf(running),
                    "import " + running + " of company " + companyId + " is still running: wait for it to finish"));
        }
        if (mapper.countEntries(companyId, periodId) == 0) {
            throw InvalidInputException.single(TITLE, new InputError(null, null, "period", periodId,
                    "no GL entries are imported for period " + periodId + ": import the month first"));
        }
    }

    /** whether a budget model has entries for the period (a budget version is calculated only then) */
    boolean hasBudget(String companyId, String budgetModel, String periodId) {
        return mapper.countBudgetEntries(companyId, budgetModel, periodId) > 0;
    }

    /** a locked period opens again (the reopening process, once approved); idempotent */
    @Transactional
    void unlock(String companyId, String periodId) {
        state(companyId, periodId);
        mapper.unlock(companyId, periodId);
    }

    @Transactional
    void lock(String companyId, String periodId) {
        if (mapper.lock(companyId, periodId) != 1) {
            throw new NotFoundException("company " + companyId + " has no period " + periodId);
        }
    }
}
