package org.costclose.balances;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.FiscalPeriod;
import org.costclose.setup.model.LineStructure;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.shared.NotFoundException;

/**
 * Checks a request's parameters against the company's active setup and collects every problem, so one
 * 422 answer names each bad parameter. An unknown company is a 404: it is the resource of the path.
 */
public final class RequestChecks {

    public static final String ACTUAL = "ACTUAL";
    private static final String TITLE = "Invalid request parameters";

    private final CompanySetup setup;
    private final List<InputError> errors = new ArrayList<>();

    public RequestChecks(SetupService setups, String companyId) {
        this.setup = setups.activeSetup(companyId)
                .orElseThrow(() -> new NotFoundException("unknown company '" + companyId + "'"));
    }

    public CompanySetup setup() {
        return setup;
    }

    public void period(String periodId) {
        if (periodId == null || setup.calendar().periods().stream().map(FiscalPeriod::id).noneMatch(periodId::equals)) {
            add("period", periodId, "not a period of the company's fiscal calendar ("
                    + setup.calendar().from() + " to " + setup.calendar().to() + ")");
        }
    }

    /** ACTUAL always exists (the ledger and production post into it); others are the setup's calculation versions */
    public void version(String versionId) {
        if (!ACTUAL.equals(versionId)
                && setup.calculationVersions().stream().map(CalculationVersion::id).noneMatch(id -> id.equals(versionId))) {
            add("version", versionId, "unknown calculation version");
        }
    }

    public void dimension(String dimension) {
        if (dimension == null || setup.dimension(dimension).filter(Dimension::usedByCostAccounting).isEmpty()) {
            add("dimension", dimension, "not a cost accounting dimension; they are: " + setup.costAccountingDimensions()
                    .stream().map(Dimension::name).collect(Collectors.joining(", ")));
        }
    }

    /** the line structure, or null when none is asked for or it is unknown (then a problem is recorded) */
    public LineStructure lineStructure(String id) {
        if (id == null) {
            return null;
        }
        LineStructure structure = setup.lineStructure(id).orElse(null);
        if (structure == null) {
            add("lineStructure", id, "unknown line structure; they are: " + setup.lineStructures().stream()
                    .map(LineStructure::id).collect(Collectors.joining(", ")));
        }
        return structure;
    }

    void paging(long offset, int limit, int maxLimit) {
        if (offset < 0) {
            add("offset", Long.toString(offset), "must be 0 or more");
        }
        if (limit < 1 || limit > maxLimit) {
            add("limit", Integer.toString(limit), "must be between 1 and " + maxLimit);
        }
    }

    public void add(String field, String value, String reason) {
        errors.add(new InputError(null, null, field, value, reason));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(TITLE, errors);
        }
    }
}
