package org.costclose.calculation;

import java.math.BigDecimal;

/**
 * A sender's actual cost rate of a service category, as a cost rate calculation works it out: its cost (minor
 * units, fixed and variable) over the quantity it delivered. The rates are null when it delivered nothing.
 */
record ActualRate(int stepNo, String stepId, int ruleNo, String category, Node sender, Money cost,
        BigDecimal quantity, BigDecimal fixedRate, BigDecimal variableRate) {
}
