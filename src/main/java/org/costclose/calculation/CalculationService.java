package org.costclose.calculation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.ibatis.cursor.Cursor;
import org.costclose.ledger.PeriodProcessing;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.VersionKind;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.StepRule;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The period calculation of a version: replaces the version's calculation transactions of the period with a new
 * run's, in one transaction, so running twice gives the same rows and a failure leaves the previous result.
 */
@Service
public class CalculationService {

    /** the version the ledger and production write their cost transactions under (the input of actual versions) */
    static final String ACTUAL_INPUT = "ACTUAL";

    private final CalculationMapper mapper;
    private final PeriodProcessing periods;
    private final TransactionWriters writers;
    private final CurrentUser currentUser;
    private final CostRateService costRates;
    private final VersionInputs inputs;

    CalculationService(CalculationMapper mapper, PeriodProcessing periods, TransactionWriters writers,
            CurrentUser currentUser, CostRateService costRates, VersionInputs inputs) {
        this.mapper = mapper;
        this.costRates = costRates;
        this.inputs = inputs;
        this.periods = periods;
        this.writers = writers;
        this.currentUser = currentUser;
    }

    @Transactional
    public CalculationRun calculate(String companyId, String periodId, String versionId) {
        long started = System.nanoTime();
        PeriodProcessing.Opened opened = periods.open(companyId, periodId);
        CalculationVersion version = opened.setup().calculationVersions().stream()
                .filter(candidate -> candidate.id().equals(versionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("company " + companyId + " has no calculation version '"
                        + versionId + "'"));
        String inputVersion = inputs.prepare(opened, periodId, version);
        var run = new CalculationMapper.NewRun(companyId, periodId, versionId, opened.company().activeSetupId(),
                opened.setupHash(), version.cycleMethod().code(), currentUser.name(), periods.now(), inputVersion);
        var key = new CalculationMapper.RunKey();
        mapper.insertRun(run, key);
        long runId = key.getRunId();
        mapper.deleteTransactions(companyId, periodId, versionId);

        int minorUnit = opened.company().minorUnit();
        BalanceBook book = new BalanceBook();
        long balancesIn = loadBalances(companyId, periodId, versionId, dimensions(version), minorUnit, book);
        var engine = new CalculationEngine(opened.setup(), version, values(companyId), book,
                serviceFlows(companyId, periodId, versionId),
                costRates.planned(companyId, periodId, rateVersion(opened.setup(), version)));
        long written;
        BigDecimal moved;
        List<ActualRate> rates = new ArrayList<>();
        try (TransactionWriter writer = writers.open(run, runId, minorUnit)) {
            engine.run(writer::write, rates::add);
            written = writer.written();
            moved = writer.moved();
        }
        costRates.replace(run, runId, rates, minorUnit);
        BigDecimal sum = mapper.sumOfRun(runId);
        if (sum.signum() != 0) {
            throw new IllegalStateException("calculation run " + runId + " does not sum to zero but to " + sum);
        }
        mapper.finishRun(runId, periods.now(), (System.nanoTime() - started) / 1_000_000, balancesIn, written, moved,
                sum);
        return mapper.findRun(runId);
    }

    public List<CalculationRun> runs(String companyId, String periodId) {
        periods.requireCompany(companyId);
        return mapper.findRuns(companyId, periodId);
    }

    public CalculationSummary summary(String companyId, long runId) {
        return new CalculationSummary(run(companyId, runId), mapper.findStepTotals(runId),
                mapper.findReceiverTotals(runId));
    }

    /** a run of the company (its header, conservation check included); unknown: not found */
    public CalculationRun run(String companyId, long runId) {
        CalculationRun run = mapper.findRun(runId);
        if (run == null || !run.companyId().equals(companyId)) {
            throw new NotFoundException("company " + companyId + " has no calculation run " + runId);
        }
        return run;
    }

    /** whose planned rates a version charges at: its own, or for a simulation those of the version it is based on */
    private static String rateVersion(CompanySetup setup, CalculationVersion version) {
        CalculationVersion current = version;
        for (int depth = 0; current.kind() == VersionKind.SIMULATION && depth < setup.calculationVersions().size();
                depth++) {
            String basedOn = current.basedOn();
            current = setup.calculationVersions().stream().filter(candidate -> candidate.id().equals(basedOn))
                    .findFirst().orElseThrow();
        }
        return current.id();
    }

    private static Set<String> dimensions(CalculationVersion version) {
        Set<String> dimensions = new TreeSet<>();
        for (var step : version.steps()) {
            for (StepRule rule : step.rules()) {
                dimensions.add(rule.senders().dimension());
                if (rule.receivers() != null) {
                    dimensions.add(rule.receivers().dimension());
                }
            }
        }
        return dimensions;
    }

    private long loadBalances(String companyId, String periodId, String versionId, Set<String> dimensions,
            int minorUnit, BalanceBook book) {
        if (dimensions.isEmpty()) {
            return 0;
        }
        long count = 0;
        try (Cursor<CalculationMapper.InputBalance> balances =
                     mapper.findInputBalances(companyId, periodId, versionId, dimensions)) {
            for (CalculationMapper.InputBalance balance : balances) {
                Node node = new Node(balance.dimensionName(), balance.dimensionValue());
                book.add(node, balance.categoryId(), Money.of(balance.fixedAmount(), balance.variableAmount(), minorUnit));
                book.addQuantity(node, balance.categoryId(), balance.quantity());
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private ValueDirectory values(String companyId) {
        ValueDirectory values = new ValueDirectory();
        try (Cursor<CalculationMapper.DimensionValueRow> rows = mapper.findValues(companyId)) {
            rows.forEach(row -> values.add(row.dimensionName(), row.valueCode(), row.parentCode()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private ServiceFlows serviceFlows(String companyId, String periodId, String versionId) {
        ServiceFlows flows = new ServiceFlows();
        for (var flow : mapper.findServiceFlows(companyId, periodId, versionId)) {
            flows.add(flow.categoryId(), new Node(flow.senderDimension(), flow.sender()),
                    new Node(flow.receiverDimension(), flow.receiver()), flow.quantity());
        }
        return flows;
    }

    /** a run with what each step moved and what it moved onto each value (net of what the value sent on) */
    public record CalculationSummary(CalculationRun run, List<CalculationMapper.StepTotal> steps,
            List<CalculationMapper.ReceiverTotal> totalsByValue) {
    }
}
