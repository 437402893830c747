package org.costclose.setup.model;

/**
 * The periods a calculation version runs in, {@code from} and {@code to} included; either end may be open
 * (null). Period ids of the monthly calendar (YYYY-MM) sort in calendar order, so they compare as text.
 */
public record VersionPeriods(String from, String to) {

    public VersionPeriods {
        if (from == null && to == null) {
            throw new IllegalArgumentException("periods need a from, a to or both");
        }
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new IllegalArgumentException("periods end (" + to + ") before they start (" + from + ")");
        }
    }

    public boolean contains(String periodId) {
        return (from == null || from.compareTo(periodId) <= 0) && (to == null || to.compareTo(periodId) >= 0);
    }

    @Override
    public String toString() {
        return (from == null ? "…" : from) + " to " + (to == null ? "…" : to);
    }
}
