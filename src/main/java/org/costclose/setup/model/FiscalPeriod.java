package org.costclose.setup.model;

import java.time.LocalDate;

/** One period of the fiscal calendar, e.g. 2026-01 from 2026-01-01 to 2026-01-31. */
public record FiscalPeriod(String id, LocalDate start, LocalDate end) {

    public FiscalPeriod {
        Require.text(id, "period id");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + id + " ends before it starts");
        }
    }
}
