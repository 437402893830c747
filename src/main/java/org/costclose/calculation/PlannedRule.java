package org.costclose.calculation;

import java.util.List;
import org.costclose.setup.model.CalculationStep;
import org.costclose.setup.model.StepRule;

/** A rule with its place in the version (step position from 1, rule position from 1) and its values resolved. */
record PlannedRule(int stepNo, CalculationStep step, int ruleNo, StepRule rule, List<Node> senders,
        List<Node> receivers) {

    String label() {
        return "step " + step.id() + " rule " + ruleNo;
    }
}
