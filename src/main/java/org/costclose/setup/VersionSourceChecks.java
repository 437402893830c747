package org.costclose.setup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.FiscalCalendar;
import org.costclose.setup.model.FiscalPeriod;
import org.costclose.setup.model.VersionKind;

/**
 * The checks of each version's input and periods: a budget version names its budget model, a simulation the
 * version it is based on (which exists, is not itself and does not lead back to it through other simulations),
 * an actual version neither; periods are periods of the calendar; export accounts belong to budget versions
 * and name categories that carry cost.
 */
final class VersionSourceChecks {

    private final List<Located<CalculationVersion>> versions;
    private final Map<String, Located<CostCategory>> categories;
    private final Set<String> periods;
    private final Problems problems;
    private final Map<String, CalculationVersion> byId = new HashMap<>();

    VersionSourceChecks(List<Located<CalculationVersion>> versions, Map<String, Located<CostCategory>> categories,
            FiscalCalendar calendar, Problems problems) {
        this.versions = versions;
        this.categories = categories;
        this.periods = calendar == null ? null
                : calendar.periods().stream().map(FiscalPeriod::id).collect(Collectors.toSet());
        this.problems = problems;
        versions.forEach(version -> byId.putIfAbsent(version.value().id(), version.value()));
    }

    void check() {
        for (Located<CalculationVersion> located : versions) {
            CalculationVersion version = located.value();
            Place place = located.place();
            checkModel(version, place);
            if (version.kind() == VersionKind.SIMULATION) {
                checkBasedOn(version, place);
            } else if (version.basedOn() != null) {
                problems.add(problems.locate(place, ".basedOn"), version.basedOn(), "only a simulation is based on"
                        + " another version; a " + version.kind().code() + " version has its own input");
            }
            checkPeriods(version, place);
            checkExportAccounts(version, place);
        }
    }

    private void checkModel(CalculationVersion version, Place place) {
        if (version.kind() == VersionKind.BUDGET && version.budgetModel() == null) {
            problems.add(problems.locate(place, ".budgetModel"), null, "a budget version needs a budgetModel: the"
                    + " budget model of the GL budget entries it takes its input from");
        } else if (version.kind() != VersionKind.BUDGET && version.budgetModel() != null) {
            problems.add(problems.locate(place, ".budgetModel"), version.budgetModel(), "only a budget version takes"
                    + " a budget model; " + (version.kind() == VersionKind.ACTUAL ? "an actual version takes the"
                    + " ledger's cost transactions" : "a simulation takes the input of the version it is basedOn"));
        }
    }

    private void checkBasedOn(CalculationVersion version, Place place) {
        Place at = problems.locate(place, ".basedOn");
        if (version.basedOn() == null) {
            problems.add(at, null, "a simulation needs basedOn: the actual or budget version whose input it takes");
        } else if (version.basedOn().equals(version.id())) {
            problems.add(at, version.basedOn(), "a simulation cannot be based on itself");
        } else if (!byId.containsKey(version.basedOn())) {
            problems.add(at, version.basedOn(), "unknown calculation version; the versions are "
                    + String.join(", ", byId.keySet().stream().sorted().toList()));
        } else {
            List<String> chain = chain(version);
            if (chain.get(chain.size() - 1).equals(version.id())) {
                problems.add(at, version.basedOn(), "the simulations are based on each other in a loop: "
                        + String.join(" → ", chain) + "; a chain of simulations must end at an actual or budget version");
            }
        }
    }

    /** the version and those it is based on, until a version that is not a simulation, or back to the first */
    private List<String> chain(CalculationVersion version) {
        List<String> chain = new ArrayList<>(List.of(version.id()));
        CalculationVersion current = byId.get(version.basedOn());
        while (current != null && chain.size() <= byId.size()) {
            chain.add(current.id());
            if (current.id().equals(version.id()) || current.kind() != VersionKind.SIMULATION) {
                break;
            }
            current = current.basedOn() == null ? null : byId.get(current.basedOn());
        }
        return chain;
    }

    private void checkPeriods(CalculationVersion version, Place place) {
        if (version.periods() == null || periods == null) {
            return;
        }
        for (String end : List.of("from", "to")) {
            String period = end.equals("from") ? version.periods().from() : version.periods().to();
            if (period != null && !periods.contains(period)) {
                problems.add(problems.locate(place, ".periods." + end), period,
                        "not a period of the company's fiscal calendar");
            }
        }
    }

    private void checkExportAccounts(CalculationVersion version, Place place) {
        if (version.exportAccounts().isEmpty()) {
            return;
        }
        if (version.kind() != VersionKind.BUDGET) {
            problems.add(problems.locate(place, ".exportAccounts"), null, "export accounts belong to budget versions:"
                    + " only a budget version's result is exported as GL budget entries");
            return;
        }
        for (String id : version.exportAccounts().keySet().stream().sorted().toList()) {
            Located<CostCategory> category = categories.get(id);
            Place at = problems.locate(place, ".exportAccounts." + id);
            if (category == null && !problems.isFaulty("category", id)) {
                problems.add(at, id, "unknown cost category");
            } else if (category != null && category.value().isService()) {
                problems.add(at, id, "a service category carries quantities, not cost: it is never exported");
            }
        }
    }
}
