package org.costclose.setup.model;

import java.util.List;
import java.util.Optional;

/** A company's whole cost accounting setup, as read from its YAML files and validated. Immutable. */
public record CompanySetup(CompanyInfo company, FiscalCalendar calendar, List<Dimension> dimensions,
        List<CostCategory> costCategories, List<PostingLayer> postingLayers,
        List<PostingControlRule> postingControl, List<LineStructure> lineStructures, List<Resource> resources,
        List<CalculationVersion> calculationVersions) {

    /** There are eight dimension columns in the entry tables. */
    public static final int DIMENSION_SLOTS = 8;

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
