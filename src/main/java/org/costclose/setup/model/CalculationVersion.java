package org.costclose.setup.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A calculation version: its kind, how it treats senders that serve each other ({@code cycleMethod},
 * reciprocal unless chosen otherwise) and its steps, run in the order given. Its input depends on the kind:
 * an actual version takes the ledger's and production's cost transactions, a budget version the entries of
 * its {@code budgetModel} (GL budget entries from the intake), a simulation the input of the version it is
 * {@code basedOn}. {@code periods}, when given, limits the periods the version runs in. {@code exportAccounts}
 * names the GL account a budget export books a category on where the category is not an account itself.
 * The optional parts are left out of the model's JSON when absent, so older setups keep their hash.
 */
public record CalculationVersion(String id, String name, VersionKind kind, CycleMethod cycleMethod,
        List<CalculationStep> steps,
        @JsonInclude(JsonInclude.Include.NON_NULL) String budgetModel,
        @JsonInclude(JsonInclude.Include.NON_NULL) String basedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) VersionPeriods periods,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> exportAccounts) {

    public CalculationVersion {
        Require.text(id, "version id");
        Require.text(name, "version name");
        Require.present(kind, "kind");
        Require.present(cycleMethod, "cycleMethod");
        steps = Require.list(steps, "steps");
        exportAccounts = exportAccounts == null ? Map.of() : Map.copyOf(exportAccounts);
    }

    /** a version with steps only: an actual version, or one whose source is added by the setup's reader */
    public CalculationVersion(String id, String name, VersionKind kind, CycleMethod cycleMethod,
            List<CalculationStep> steps) {
        this(id, name, kind, cycleMethod, steps, null, null, null, Map.of());
    }

    /** whether the version runs in the period: always without {@code periods}, else from..to */
    public boolean runsIn(String periodId) {
        return periods == null || periods.contains(periodId);
    }
}
