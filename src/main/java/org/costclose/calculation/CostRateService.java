package org.costclose.calculation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.costclose.ledger.PeriodProcessing;
import org.costclose.setup.model.CostRate;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cost rates: the actual rates a calculation works out (stored with its run, replaced with it), listed with what
 * internal cost allocations absorbed at the planned rates, and adopted as the next period's planned rates.
 */
@Service
public class CostRateService {

    private static final String TITLE = "The cost rates cannot be adopted";

    private final CostRateMapper mapper;
    private final PeriodProcessing periods;
    private final CurrentUser currentUser;

    CostRateService(CostRateMapper mapper, PeriodProcessing periods, CurrentUser currentUser) {
        this.mapper = mapper;
        this.periods = periods;
        this.currentUser = currentUser;
    }

    /** the period's stored planned rates of the version, for the calculation */
    PlannedRates planned(String companyId, String periodId, String versionId) {
        Map<String, Map<Node, CostRate>> rates = new HashMap<>();
        for (var rate : mapper.findPlannedRates(companyId, periodId, versionId)) {
            rates.computeIfAbsent(rate.categoryId(), key -> new HashMap<>()).put(
                    new Node(rate.dimensionName(), rate.dimensionValue()),
                    new CostRate(rate.fixedRate(), rate.variableRate()));
        }
        return (category, sender) -> rates.getOrDefault(category, Map.of()).get(sender);
    }

    /** replaces the version's actual rates of the period with a run's */
    void replace(CalculationMapper.NewRun run, long runId, List<ActualRate> rates, int minorUnit) {
        mapper.deleteRates(run.companyId(), run.periodId(), run.versionId());
        for (ActualRate rate : rates) {
            Money cost = rate.cost();
            BigDecimal total = rate.fixedRate() == null ? null : rate.fixedRate().add(rate.variableRate());
            mapper.insertRate(new CostRateMapper.ActualRateRow(run.companyId(), run.periodId(), run.versionId(), runId,
                    rate.stepNo(), rate.stepId(), rate.ruleNo(), rate.category(), rate.sender().dimension(),
                    rate.sender().value(), BigDecimal.valueOf(cost.total(), minorUnit),
                    BigDecimal.valueOf(cost.fixed(), minorUnit), BigDecimal.valueOf(cost.variable(), minorUnit),
                    rate.quantity(), total, rate.fixedRate(), rate.variableRate()));
        }
    }

    public List<CostRateMapper.CostRateView> actual(String companyId, String periodId, String versionId) {
        periods.requireCompany(companyId);
        return mapper.findRates(companyId, periodId, versionId);
    }

    public List<CostRateMapper.PlannedRate> plannedRates(String companyId, String periodId, String versionId) {
        periods.requireCompany(companyId);
        return mapper.findPlannedRates(companyId, periodId, versionId);
    }

    /**
     * Makes the version's actual rates of the period the planned rates of the next period, replacing the planned
     * rates it had (so adopting twice gives the same rows). A locked next period is refused.
     */
    @Transactional
    public Adoption adopt(String companyId, String periodId, String versionId) {
        periods.requireCompany(companyId);
        String next = mapper.findNextPeriod(companyId, periodId);
        if (next == null) {
            throw InvalidInputException.single(TITLE, new InputError(null, null, "period", periodId,
                    "there is no period after " + periodId + " in the company's calendar to plan"));
        }
        periods.open(companyId, next);
        mapper.deletePlannedRates(companyId, next, versionId);
        int adopted = mapper.adoptRates(companyId, periodId, versionId, next, currentUser.name(), periods.now());
        if (adopted == 0) {
            throw InvalidInputException.single(TITLE, new InputError(null, null, "version", versionId,
                    "no actual cost rates of version " + versionId + " in period " + periodId
                            + ": calculate a version with a cost rate calculation first"));
        }
        return new Adoption(periodId, next, versionId, mapper.findPlannedRates(companyId, next, versionId));
    }

    /**
     * Adopts the version's actual rates of the period when it has any and a next period exists (the close's
     * posting step); a locked next period is still refused.
     */
    @Transactional
    public Optional<Adoption> adoptIfRated(String companyId, String periodId, String versionId) {
        if (mapper.countRated(companyId, periodId, versionId) == 0
                || mapper.findNextPeriod(companyId, periodId) == null) {
            return Optional.empty();
        }
        return Optional.of(adopt(companyId, periodId, versionId));
    }

    /** the planned rates of {@code toPeriod} adopted from the actual rates of {@code fromPeriod} */
    public record Adoption(String fromPeriod, String toPeriod, String version, List<CostRateMapper.PlannedRate> rates) {
    }
}
