package org.costclose.statements;

import java.util.ArrayList;
import java.util.List;
import org.costclose.balances.RequestChecks;
import org.costclose.balances.StatementBalances;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.FiscalPeriod;

/**
 * The comparisons a statement asks for, read against the fiscal calendar: {@code version:<id>} the same period
 * in another version, {@code previous} the period before, {@code ytd} the periods of the calendar year up to
 * and including the period (the calendars are monthly and start in January or later).
 */
final class StatementPeriods {

    private final CompanySetup setup;

    StatementPeriods(CompanySetup setup) {
        this.setup = setup;
    }

    List<Comparison> comparisons(RequestChecks checks, StatementBalances.Source source, List<String> asked) {
        List<Comparison> comparisons = new ArrayList<>();
        List<FiscalPeriod> periods = setup.calendar().periods();
        int index = periods.stream().map(FiscalPeriod::id).toList().indexOf(source.period());
        for (String token : asked) {
            String compare = token.trim();
            if (compare.regionMatches(true, 0, "version:", 0, 8)) {
                String version = compare.substring(8);
                checks.version(version);
                comparisons.add(new Comparison(Comparison.Kind.VERSION, version, version,
                        source.in(source.period(), null, version)));
            } else if (compare.equalsIgnoreCase("previous") && index > 0) {
                String previous = periods.get(index - 1).id();
                comparisons.add(new Comparison(Comparison.Kind.PREVIOUS, "previous", previous,
                        source.in(previous, null, source.version())));
            } else if (compare.equalsIgnoreCase("ytd") && index >= 0) {
                int year = periods.get(index).start().getYear();
                List<String> toDate = periods.subList(0, index + 1).stream()
                        .filter(period -> period.start().getYear() == year).map(FiscalPeriod::id).toList();
                comparisons.add(new Comparison(Comparison.Kind.YEAR_TO_DATE, "ytd", "YTD " + year,
                        source.in(source.period(), toDate, source.version())));
            } else {
                checks.add("compare", compare, "version:<id>, previous (the period must have one) or ytd");
            }
        }
        return comparisons;
    }
}
