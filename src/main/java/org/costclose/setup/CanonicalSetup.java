package org.costclose.setup;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.IdRange;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;

/**
 * The setup with every list whose order carries no meaning sorted. Order matters only for the lines of a
 * line structure (report order) and nowhere else.
 */
final class CanonicalSetup {

    private static final Comparator<IdRange> RANGES = Comparator.comparing(IdRange::from, IdRange.ID_ORDER)
            .thenComparing(IdRange::to, IdRange.ID_ORDER);

    private CanonicalSetup() {
    }

    static CompanySetup of(CompanySetup setup) {
        return new CompanySetup(setup.company(), setup.calendar(),
                sorted(setup.dimensions().stream().map(CanonicalSetup::dimension).toList(), Dimension::name),
                sorted(setup.costCategories().stream().map(CanonicalSetup::category).toList(), CostCategory::id),
                setup.postingLayers().stream().distinct().sorted().toList(),
                sorted(setup.postingControl(), rule -> rule.category() + '\n' + rule.dimension() + '\n' + rule.skip()),
                sorted(setup.lineStructures().stream().map(CanonicalSetup::structure).toList(), LineStructure::id),
                sorted(setup.resources(), resource -> resource.id()),
                sorted(setup.calculationVersions(), version -> version.id()),
                // approval levels keep their order: it is the order of the approvals
                setup.approvalLevels(), sorted(setup.closeCalendar(), deadline -> deadline.task()),
                setup.closeHolidays().stream().sorted().toList());
    }

    private static Dimension dimension(Dimension dimension) {
        return new Dimension(dimension.name(), dimension.role(), sorted(dimension.values(), value -> value.code()));
    }

    private static CostCategory category(CostCategory category) {
        return new CostCategory(category.id(), category.name(), category.kind(), category.fixedShare(),
                sorted(category.transactionControl(), Function.identity()), category.accountMapping(),
                category.accountRanges().stream().sorted(RANGES).toList(), category.unit(),
                category.creditDimension(), category.debitDimension(), category.source(), category.blocked());
    }

    private static LineStructure structure(LineStructure structure) {
        return new LineStructure(structure.id(), structure.name(), structure.lines().stream()
                .map(line -> new StructureLine(line.id(), line.name(), line.kind(), line.sign(),
                        sorted(line.categories(), Function.identity()),
                        line.categoryRanges().stream().sorted(RANGES).toList(),
                        sorted(line.lines(), Function.identity()), line.formula()))
                .toList());
    }

    private static <T> List<T> sorted(List<T> values, Function<T, String> key) {
        return values.stream().sorted(Comparator.comparing(key)).toList();
    }
}
