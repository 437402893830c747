package org.costclose.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.costclose.balances.RequestChecks;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.DimensionRole;
import org.costclose.statements.ReportTable;

/**
 * A report as asked for: the company's checks (its active setup), the period, the version and the report's own
 * parameters. Period and version are checked as a report asks for them.
 */
record ReportRequest(String report, RequestChecks checks, String period, String version, Map<String, String> params,
                     boolean browsing) {

    ReportRequest {
        params = Map.copyOf(params);
    }

    CompanySetup setup() {
        return checks.setup();
    }

    String company() {
        return setup().company().id();
    }

    /** the period, which the report needs */
    String requirePeriod() {
        checks.period(period);
        return period;
    }

    String requireVersion() {
        checks.version(version);
        return version;
    }

    /**
     * Where a figure's link goes: to the signed-in statement pages ({@code /statements/…}) when the report is browsed,
     * else to the API. {@code apiPath} and {@code browsePath} follow {@code /api/companies/{company}} and
     * {@code /statements/{company}/{period}}.
     */
    String link(String apiPath, String browsePath) {
        return browsing ? "/statements/" + Cells.path(company()) + "/" + Cells.path(period) + browsePath
                : "/api/companies/" + Cells.path(company()) + apiPath;
    }

    String param(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** the dimension asked for, else the company's first cost purpose dimension; checked */
    String dimension() {
        String asked = param("dimension");
        if (asked == null) {
            asked = setup().costAccountingDimensions().stream().filter(d -> d.role() == DimensionRole.COST_PURPOSE)
                    .map(Dimension::name).findFirst().orElse(null);
        }
        checks.dimension(asked);
        return asked;
    }

    /** the facts every report starts with: company, currency, and the period and version when it has them */
    List<ReportTable.Fact> facts(boolean periodAndVersion) {
        List<ReportTable.Fact> facts = new ArrayList<>(List.of(
                new ReportTable.Fact("Company", setup().company().name() + " (" + company() + ")"),
                new ReportTable.Fact("Currency", setup().company().currency())));
        if (periodAndVersion) {
            facts.add(new ReportTable.Fact("Period", period));
            facts.add(new ReportTable.Fact("Version", version));
        }
        return facts;
    }

    String fileName() {
        return report + "-" + company() + (period == null ? "" : "-" + period);
    }
}
