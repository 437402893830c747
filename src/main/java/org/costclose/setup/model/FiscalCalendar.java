package org.costclose.setup.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The fiscal calendar: a monthly calendar has one period per month from {@code from} to {@code to}, both included. */
public record FiscalCalendar(CalendarType type, YearMonth from, YearMonth to) {

    public FiscalCalendar {
        Require.present(type, "calendar type");
        if (Require.present(from, "from").isAfter(Require.present(to, "to"))) {
            throw new IllegalArgumentException("calendar starts after it ends");
        }
    }

    public List<FiscalPeriod> periods() {
        List<FiscalPeriod> periods = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            periods.add(new FiscalPeriod(month.toString(), month.atDay(1), month.atEndOfMonth()));
        }
        return periods;
    }
}
