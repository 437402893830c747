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
        rules.forEach(rule -> requireFits(kind, rule));
    }

    private static void requireFits(StepKind kind, StepRule rule) {
        if (kind.allocates() != (rule.allocationCategory() != null)) {
            throw new IllegalArgumentException("only the rules of allocations and internal cost allocations name"
                    + " allocation and offset categories");
        }
        boolean byRate = kind == StepKind.INTERNAL_COST_ALLOCATION;
        boolean rated = kind == StepKind.COST_RATE_CALCULATION;
        if ((rule.moves() == null) != byRate || (rule.receivers() == null) != rated
                || (!rule.rates().isEmpty() && !byRate)
                || ((byRate || rated) && rule.basis().kind() != BasisKind.SERVICE_QUANTITIES)) {
            throw new IllegalArgumentException("a rule of a " + kind.code() + " step does not fit its fields");
        }
    }
}
