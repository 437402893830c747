package org.costclose.calculation;

import java.util.ArrayList;
import java.util.List;
import org.costclose.ledger.BudgetProcessingService;
import org.costclose.ledger.PeriodProcessing;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.VersionKind;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * What a version calculates on, prepared inside the calculation's transaction. An actual version reads the
 * ledger's and production's cost transactions (version ACTUAL). A budget version first processes its budget
 * model's entries of the period into its own cost transactions, and reads the period's actual service
 * quantities and output (production, version ACTUAL) where present, since budgets carry money only. A
 * simulation reads the input of the version it is based on (through a chain of simulations, the actual or
 * budget version at its end), never a copy of it: the rows in calculation_input point at that input.
 */
@Component
class VersionInputs {

    private final CalculationMapper mapper;
    private final BudgetProcessingService budgets;

    VersionInputs(CalculationMapper mapper, BudgetProcessingService budgets) {
        this.mapper = mapper;
        this.budgets = budgets;
    }

    /** one source of a version's input: the cost transactions of a version, all of them or those of one source */
    record Input(String inputVersion, String inputSource) {
    }

    /** prepares the version's input for the period and returns the version whose input it is */
    String prepare(PeriodProcessing.Opened opened, String periodId, CalculationVersion version) {
        String companyId = opened.company().id();
        if (!version.runsIn(periodId)) {
            throw refused("period", periodId, "version " + version.id() + " runs in periods " + version.periods()
                    + " only, not in " + periodId);
        }
        CalculationVersion root = root(opened.setup(), version);
        if (version.kind() == VersionKind.BUDGET) {
            budgets.processBudget(opened, periodId, version.id(), version.budgetModel());
        } else if (root.kind() == VersionKind.BUDGET && budgets.latestRun(companyId, periodId, root.id()) == null) {
            throw refused("version", version.id(), "simulation " + version.id() + " takes the input of budget version "
                    + root.id() + ", which has none in " + periodId + " yet: calculate " + root.id() + " first");
        }
        mapper.deleteInputs(companyId, periodId, version.id());
        for (Input input : inputs(root)) {
            if (!input.inputVersion().equals(version.id())) {
                mapper.insertInput(companyId, periodId, version.id(), input.inputVersion(), input.inputSource());
            }
        }
        return root.kind() == VersionKind.ACTUAL ? CalculationService.ACTUAL_INPUT : root.id();
    }

    /** the actual or budget version at the end of a simulation's chain (setup validation rules out loops) */
    static CalculationVersion root(CompanySetup setup, CalculationVersion version) {
        CalculationVersion current = version;
        for (int depth = 0; current.kind() == VersionKind.SIMULATION; depth++) {
            String basedOn = current.basedOn();
            current = setup.calculationVersions().stream().filter(candidate -> candidate.id().equals(basedOn))
                    .findFirst().orElseThrow(() -> new IllegalStateException("version " + basedOn + " is missing"));
            if (depth > setup.calculationVersions().size()) {
                throw new IllegalStateException("simulations based on each other in a loop at " + version.id());
            }
        }
        return current;
    }

    private static List<Input> inputs(CalculationVersion root) {
        List<Input> inputs = new ArrayList<>();
        if (root.kind() == VersionKind.BUDGET) {
            inputs.add(new Input(root.id(), "BUDGET"));
            inputs.add(new Input(CalculationService.ACTUAL_INPUT, "PRODUCTION"));
        } else {
            inputs.add(new Input(CalculationService.ACTUAL_INPUT, null));
        }
        return inputs;
    }

    private static InvalidInputException refused(String field, String value, String reason) {
        return InvalidInputException.single(CalculationEngine.TITLE, new InputError(null, null, field, value, reason));
    }
}
