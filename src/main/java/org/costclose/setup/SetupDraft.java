package org.costclose.setup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CompanyInfo;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.FiscalCalendar;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.PostingControlRule;
import org.costclose.setup.model.PostingLayer;
import org.costclose.setup.model.ApprovalLevel;
import org.costclose.setup.model.CloseDeadline;
import org.costclose.setup.model.Resource;

/** The sections as read and merged from all files, each element with its place, before the checks across sections. */
record SetupDraft(Located<CompanyInfo> company, Located<FiscalCalendar> calendar,
        Map<String, List<Located<?>>> lists) {

    List<Located<Dimension>> dimensions() {
        return list("dimensions");
    }

    List<Located<CostCategory>> costCategories() {
        return list("costCategories");
    }

    List<Located<PostingLayer>> postingLayers() {
        return list("postingLayers");
    }

    List<Located<PostingControlRule>> postingControl() {
        return list("postingControl");
    }

    List<Located<LineStructure>> lineStructures() {
        return list("lineStructures");
    }

    List<Located<Resource>> resources() {
        return list("resources");
    }

    List<Located<CalculationVersion>> calculationVersions() {
        return list("calculationVersions");
    }

    List<Located<ApprovalLevel>> approvalLevels() {
        return list("approvalLevels");
    }

    List<Located<CloseDeadline>> closeCalendar() {
        return list("closeCalendar");
    }

    List<Located<LocalDate>> closeHolidays() {
        return list("closeHolidays");
    }

    /** The model; call only when no problem was found. */
    CompanySetup toSetup() {
        return new CompanySetup(company.value(), calendar.value(), values(dimensions()), values(costCategories()),
                values(postingLayers()), values(postingControl()), values(lineStructures()), values(resources()),
                values(calculationVersions()), values(approvalLevels()), values(closeCalendar()),
                values(closeHolidays()));
    }

    @SuppressWarnings("unchecked")
    private <T> List<Located<T>> list(String section) {
        // the parser fills each section with the elements of the reader registered for it
        return (List<Located<T>>) (List<?>) lists.getOrDefault(section, List.of());
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
