package org.costclose.setup;

import java.util.List;
import java.util.Map;
import org.costclose.setup.model.VersionPeriods;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads where a calculation version takes its input from and when it runs: {@code budgetModel},
 * {@code basedOn}, {@code periods} and {@code exportAccounts}. Whether they fit the version's kind and resolve
 * is checked across versions by {@link VersionSourceChecks}.
 */
record VersionSources(String budgetModel, String basedOn, VersionPeriods periods, Map<String, String> exportAccounts) {

    static final List<String> KEYS = List.of("budgetModel", "basedOn", "periods", "exportAccounts");

    /** the version's sources, or null when one of them was wrong (reported) */
    static VersionSources read(MappingReader version, Problems problems) {
        String model = version.optionalId("budgetModel");
        String basedOn = version.optionalId("basedOn");
        boolean periodsGiven = version.has("periods");
        VersionPeriods periods = version.nested("periods", false, VersionSources::periods);
        Map<String, String> accounts = version.codes("exportAccounts");
        if (periodsGiven && periods == null) {
            return null;
        }
        return new VersionSources(model, basedOn, periods, accounts);
    }

    private static VersionPeriods periods(Node node, Place place, Problems problems) {
        MappingReader periods = MappingReader.of(node, place, problems, List.of("from", "to")).orElse(null);
        if (periods == null) {
            return null;
        }
        String from = periods.optionalId("from");
        String to = periods.optionalId("to");
        if (from == null && to == null) {
            problems.add(place, null, "periods need a from, a to or both (period ids such as 2026-01)");
            return null;
        }
        if (from != null && to != null && from.compareTo(to) > 0) {
            problems.add(periods.at("to"), to, "the periods end before they start (from " + from + ")");
            return null;
        }
        return new VersionPeriods(from, to);
    }
}
