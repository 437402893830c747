package org.costclose.setup.model;

import java.util.List;

/** A step of a calculation version: its rules run in the order given, after the steps before it. */
public record CalculationStep(String id, String name, StepKind kind, List<StepRule> rules) {

    public CalculationStep {
        Require.text(id, "step id");
        Require.text(name, "step name");
        Require.present(kind, "kind");
        rules = Require.list(rules, "rules");
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a step needs at least one rule");
        }
        for (StepRule rule : rules) {
            if ((kind == StepKind.ALLOCATION) != (rule.allocationCategory() != null)) {
                throw new IllegalArgumentException("only an allocation's rules name allocation and offset categories");
            }
        }
    }
}
