package org.costclose.setup;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import org.costclose.setup.model.CalendarType;
import org.costclose.setup.model.CompanyInfo;
import org.costclose.setup.model.FiscalCalendar;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the single-valued sections {@code company} and {@code calendar}. */
final class CompanyReader {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    /** Fifty years of months: more is a typo, and each period becomes a row. */
    private static final int MAX_PERIODS = 600;

    private CompanyReader() {
    }

    static CompanyInfo company(Node node, Place place, Problems problems) {
        MappingReader company = MappingReader.of(node, place, problems,
                List.of("id", "name", "currency", "minorUnit")).orElse(null);
        if (company == null) {
            return null;
        }
        String id = company.id("id");
        String name = company.text("name");
        String code = company.text("currency");
        Integer minorUnit = company.integer("minorUnit", true);
        Currency currency = currency(code, company.at("currency"), problems);
        if (currency != null && minorUnit != null && currency.getDefaultFractionDigits() != minorUnit) {
            problems.add(company.at("minorUnit"), minorUnit.toString(), "the minor unit of " + code + " is "
                    + currency.getDefaultFractionDigits());
            return null;
        }
        return Build.record(place, problems, () -> new CompanyInfo(id, name, code, minorUnit), id, name, currency,
                minorUnit);
    }

    static FiscalCalendar calendar(Node node, Place place, Problems problems) {
        MappingReader calendar = MappingReader.of(node, place, problems, List.of("type", "from", "to")).orElse(null);
        if (calendar == null) {
            return null;
        }
        CalendarType type = calendar.code("type", CalendarType.class, true);
        YearMonth from = month(calendar, "from", problems);
        YearMonth to = month(calendar, "to", problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(calendar.at("to"), to.toString(), "the calendar ends before it starts (from " + from + ")");
            return null;
        }
        if (from != null && to != null && from.plusMonths(MAX_PERIODS).isBefore(to)) {
            problems.add(calendar.at("to"), to.toString(), "a calendar has at most " + MAX_PERIODS + " periods");
            return null;
        }
        return Build.record(place, problems, () -> new FiscalCalendar(type, from, to), type, from, to);
    }

    private static Currency currency(String code, Place place, Problems problems) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            problems.add(place, code, "unknown currency; expected an ISO 4217 code such as USD");
            return null;
        }
    }

    private static YearMonth month(MappingReader calendar, String key, Problems problems) {
        String text = calendar.text(key);
        if (text == null) {
            return null;
        }
        if (MONTH.matcher(text).matches() && Integer.parseInt(text.substring(5)) >= 1
                && Integer.parseInt(text.substring(5)) <= 12) {
            return YearMonth.parse(text);
        }
        problems.add(calendar.at(key), text, "must be a month written YYYY-MM");
        return null;
    }
}
