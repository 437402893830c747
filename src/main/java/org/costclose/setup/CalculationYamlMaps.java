package org.costclose.setup;

import java.util.Map;
import java.util.TreeMap;
import org.costclose.setup.model.Basis;
import org.costclose.setup.model.CalculationStep;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CostPart;
import org.costclose.setup.model.CostSelection;
import org.costclose.setup.model.StepRule;
import org.costclose.setup.model.ValueSelection;

/** Calculation versions as the YAML maps {@link SetupWriter} writes, in the keys {@link CalculationReader} reads. */
final class CalculationYamlMaps {

    private CalculationYamlMaps() {
    }

    static Map<String, Object> version(CalculationVersion version) {
        Map<String, Object> map = SetupYamlMaps.of("id", version.id(), "name", version.name(),
                "kind", version.kind().code(), "cycleMethod", version.cycleMethod().code());
        if (!version.steps().isEmpty()) {
            map.put("steps", version.steps().stream().map(CalculationYamlMaps::step).toList());
        }
        map.putAll(SetupYamlMaps.of("budgetModel", version.budgetModel(), "basedOn", version.basedOn()));
        if (version.periods() != null) {
            map.put("periods", SetupYamlMaps.of("from", version.periods().from(), "to", version.periods().to()));
        }
        if (!version.exportAccounts().isEmpty()) {
            map.put("exportAccounts", new TreeMap<>(version.exportAccounts()));
        }
        return map;
    }

    private static Map<String, Object> step(CalculationStep step) {
        Map<String, Object> map = SetupYamlMaps.of("id", step.id(), "name", step.name(), "kind", step.kind().code());
        map.put("rules", step.rules().stream().map(CalculationYamlMaps::rule).toList());
        return map;
    }

    private static Map<String, Object> rule(StepRule rule) {
        Map<String, Object> map = SetupYamlMaps.of("senders", selection(rule.senders()));
        if (rule.moves() != null) {
            map.put("moves", moves(rule.moves()));
        }
        if (rule.receivers() != null) {
            map.put("receivers", selection(rule.receivers()));
        }
        map.put("basis", basis(rule.basis()));
        map.putAll(SetupYamlMaps.of("allocationCategory", rule.allocationCategory(),
                "offsetCategory", rule.offsetCategory()));
        if (!rule.rates().isEmpty()) {
            Map<String, Object> rates = new TreeMap<>();
            Map<String, Object> fixedRates = new TreeMap<>();
            rule.rates().forEach((sender, rate) -> {
                rates.put(sender, rate.total());
                if (rate.fixed().signum() != 0) {
                    fixedRates.put(sender, rate.fixed());
                }
            });
            map.put("rates", rates);
            if (!fixedRates.isEmpty()) {
                map.put("fixedRates", fixedRates);
            }
        }
        return map;
    }

    private static Map<String, Object> selection(ValueSelection selection) {
        Map<String, Object> map = SetupYamlMaps.of("dimension", selection.dimension());
        SetupYamlMaps.putUnlessEmpty(map, "values", selection.values());
        SetupYamlMaps.putUnlessEmpty(map, "nodes", selection.nodes());
        SetupYamlMaps.putUnlessEmpty(map, "ranges", selection.ranges().stream()
                .map(range -> SetupYamlMaps.of("from", range.from(), "to", range.to())).toList());
        return map;
    }

    private static Map<String, Object> moves(CostSelection moves) {
        Map<String, Object> map = SetupYamlMaps.of("lineStructure", moves.lineStructure(), "line", moves.line());
        SetupYamlMaps.putUnlessEmpty(map, "categories", moves.categories());
        if (moves.part() != CostPart.TOTAL) {
            map.put("part", moves.part().code());
        }
        return map;
    }

    private static Map<String, Object> basis(Basis basis) {
        return switch (basis.kind()) {
            case PERCENTAGES, QUANTITIES -> SetupYamlMaps.of(basis.kind().code(), basis.weights());
            case SERVICE_QUANTITIES -> SetupYamlMaps.of("serviceCategory", basis.category());
            case STATISTIC -> SetupYamlMaps.of("statistic", basis.category());
            case LINE_BALANCE -> SetupYamlMaps.of("lineStructure", basis.lineStructure(), "line", basis.line());
        };
    }
}
