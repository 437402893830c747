package org.costclose.setup.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A company's whole cost accounting setup, as read from its YAML files and validated. Immutable. */
public record CompanySetup(CompanyInfo company, FiscalCalendar calendar, List<Dimension> dimensions,
        List<CostCategory> costCategories, List<PostingLayer> postingLayers,
        List<PostingControlRule> postingControl, List<LineStructure> lineStructures, List<Resource> resources,
        List<CalculationVersion> calculationVersions,
        // left out of the setup hash when empty, so setups without levels keep their hash
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ApprovalLevel> approvalLevels,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CloseDeadline> closeCalendar,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalDate> closeHolidays) {

    /** There are eight dimension columns in the entry tables. */
    public static final int DIMENSION_SLOTS = 8;
    /** the close's approval without levels in the setup: one level, by the approvers */
    public static final List<ApprovalLevel> DEFAULT_APPROVAL = List.of(new ApprovalLevel("Approval", "approvers"));
    public static final int MAX_APPROVAL_LEVELS = 5;

    /** a setup without approval levels of its own */
    public CompanySetup(CompanyInfo company, FiscalCalendar calendar, List<Dimension> dimensions,
            List<CostCategory> costCategories, List<PostingLayer> postingLayers,
            List<PostingControlRule> postingControl, List<LineStructure> lineStructures, List<Resource> resources,
            List<CalculationVersion> calculationVersions) {
        this(company, calendar, dimensions, costCategories, postingLayers, postingControl, lineStructures, resources,
                calculationVersions, List.of(), List.of(), List.of());
    }

    public CompanySetup {
        Require.present(company, "company");
        Require.present(calendar, "calendar");
        dimensions = Require.list(dimensions, "dimensions");
        costCategories = Require.list(costCategories, "costCategories");
        postingLayers = Require.list(postingLayers, "postingLayers");
        postingControl = Require.list(postingControl, "postingControl");
        lineStructures = Require.list(lineStructures, "lineStructures");
        resources = Require.list(resources, "resources");
        calculationVersions = Require.list(calculationVersions, "calculationVersions");
        approvalLevels = Require.list(approvalLevels, "approvalLevels");
        closeCalendar = Require.list(closeCalendar, "closeCalendar");
        closeHolidays = Require.list(closeHolidays, "closeHolidays");
    }

    /** the levels the close's approval goes through, in order */
    public List<ApprovalLevel> closeApprovalLevels() {
        return approvalLevels.isEmpty() ? DEFAULT_APPROVAL : approvalLevels;
    }

    public Optional<Dimension> dimension(String name) {
        return dimensions.stream().filter(dimension -> dimension.name().equals(name)).findFirst();
    }

    public Optional<CostCategory> category(String id) {
        return costCategories.stream().filter(category -> category.id().equals(id)).findFirst();
    }

    public Optional<LineStructure> lineStructure(String id) {
        return lineStructures.stream().filter(structure -> structure.id().equals(id)).findFirst();
    }

    public List<Dimension> costAccountingDimensions() {
        return dimensions.stream().filter(Dimension::usedByCostAccounting).toList();
    }
}
