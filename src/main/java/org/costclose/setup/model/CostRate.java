package org.costclose.setup.model;

import java.math.BigDecimal;

/** A cost rate per unit of a service quantity, in the company's currency: its fixed and its variable part. */
public record CostRate(BigDecimal fixed, BigDecimal variable) {

    public CostRate {
        Require.present(fixed, "fixed rate");
        Require.present(variable, "variable rate");
        if (fixed.signum() < 0 || variable.signum() < 0) {
            throw new IllegalArgumentException("a cost rate is not negative");
        }
    }

    public BigDecimal total() {
        return fixed.add(variable);
    }
}
