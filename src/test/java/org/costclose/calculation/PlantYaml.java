package org.costclose.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.costclose.calculation.RandomPlant.Rule;

/** A {@link RandomPlant} as a company setup with its calculation version RANDOM, in YAML. */
final class PlantYaml {

    private PlantYaml() {
    }

    /** the plant's setup and version; {@code shuffle} lists values, categories and rules' values in another order */
    static String of(RandomPlant plant, Random shuffle) {
        StringBuilder yaml = company(plant, shuffle);
        yaml.append(EngineFixture.LINES).append("""
                calculationVersions:
                  - id: RANDOM
                    name: Random
                    kind: actual
                """).append("    cycleMethod: ").append(plant.method).append("\n    steps:\n");
        String step = null;
        for (Rule rule : plant.rules) {
            if (!rule.stepId().equals(step)) {
                step = rule.stepId();
                boolean allocation = step.equals("Z") || plant.allocations;
                yaml.append("      - id: ").append(step).append("\n        name: Step ").append(step)
                        .append("\n        kind: ").append(allocation ? "allocation" : "distribution").append("\n        rules:\n");
            }
            yaml.append(rule(rule, shuffle, step.equals("Z") || plant.allocations));
        }
        return yaml.toString();
    }

    /** the company, its dimensions and categories */
    private static StringBuilder company(RandomPlant plant, Random shuffle) {
        List<String> centerValues = new ArrayList<>(List.of("{code: ALL, name: All}"));
        plant.centers().forEach(code -> centerValues.add("{code: " + code + ", name: " + code + ", parent: ALL}"));
        List<String> productValues = new ArrayList<>(plant.products.stream().map(code -> "{code: " + code + ", name: " + code + "}").toList());
        List<String> categories = new ArrayList<>(List.of(
                "{id: \"600000\", name: Wages, kind: primary, fixedShare: 40, transactionControl: [CostCenter]}",
                "{id: \"610000\", name: Material, kind: primary, transactionControl: [CostCenter, CostPurpose]}",
                "{id: ALLOC, name: Allocated, kind: secondary, transactionControl: [CostCenter, CostPurpose]}",
                "{id: OFF, name: Offset, kind: secondary, transactionControl: [CostCenter, CostPurpose]}",
                "{id: MHC, name: Service hours, kind: service, unit: h, creditDimension: CostCenter, debitDimension: CostCenter, transactionControl: [CostCenter]}",
                "{id: MHP, name: Machine hours, kind: service, unit: h, creditDimension: CostCenter, debitDimension: CostPurpose, transactionControl: [CostCenter, CostPurpose]}",
                "{id: Area, name: Floor area, kind: service, unit: m2, transactionControl: [CostCenter, CostPurpose]}"));
        if (shuffle != null) {
            Collections.shuffle(centerValues, shuffle);
            Collections.shuffle(productValues, shuffle);
            Collections.shuffle(categories, shuffle);
        }
        StringBuilder yaml = new StringBuilder(EngineFixture.COMPANY);
        centerValues.forEach(value -> yaml.append("      - ").append(value).append('\n'));
        yaml.append("  - name: CostPurpose\n    role: costPurpose\n    values:\n");
        productValues.forEach(value -> yaml.append("      - ").append(value).append('\n'));
        yaml.append("costCategories:\n");
        categories.forEach(category -> yaml.append("  - ").append(category).append('\n'));
        return yaml;
    }

    private static String rule(Rule rule, Random shuffle, boolean allocation) {
        List<String> receivers = new ArrayList<>(rule.receivers());
        List<Map.Entry<String, BigDecimal>> weights = new ArrayList<>(rule.weights().entrySet());
        if (shuffle != null) {
            Collections.shuffle(receivers, shuffle);
            Collections.shuffle(weights, shuffle);
        }
        String senders = rule.senders().equals(List.of("ALL")) ? "nodes: [ALL]" : "values: " + rule.senders();
        String basis = switch (rule.basis()) {
            case PERCENTAGES, QUANTITIES -> "{" + rule.basis().code() + ": {" + weights.stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue().toPlainString()).collect(Collectors.joining(", ")) + "}}";
            case SERVICE_QUANTITIES -> "{serviceCategory: " + (rule.receiverDimension().equals("CostCenter") ? "MHC" : "MHP") + "}";
            case STATISTIC -> "{statistic: Area}";
            case LINE_BALANCE -> "{lineStructure: LS, line: " + rule.line() + "}";
        };
        return "          - senders: {dimension: CostCenter, " + senders + "}\n"
                + "            moves: " + rule.moves().yaml() + "\n"
                + "            receivers: {dimension: " + rule.receiverDimension() + ", values: " + receivers + "}\n"
                + "            basis: " + basis + "\n"
                + (allocation ? "            allocationCategory: ALLOC\n            offsetCategory: OFF\n" : "");
    }
}
