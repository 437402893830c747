package org.costclose.calculation;

import org.costclose.setup.model.CostRate;

/** The planned cost rates of a period: per service category and sender, or null where none is planned. */
@FunctionalInterface
interface PlannedRates {

    PlannedRates NONE = (category, sender) -> null;

    CostRate rate(String category, Node sender);
}
