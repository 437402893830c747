package org.costclose.balances;

import java.math.BigDecimal;
import org.costclose.setup.model.StructureLine;

/**
 * One line of a line structure for one dimension value. {@code value} is the line's figure, the one totals
 * and formulas use: the amount of category and total lines, the quantity of quantity lines, the rounded
 * result of calculation lines (null when a divisor is zero). The other fields break it down where they apply.
 */
record LineValue(StructureLine line, BigDecimal value, BigDecimal amount, BigDecimal fixedAmount,
                 BigDecimal variableAmount, BigDecimal quantity) {
}
