package org.costclose.setup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.DimensionValue;
import org.costclose.setup.model.FiscalPeriod;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Writes the active setup into the tables the platform queries. What the close owns survives a new setup:
 * period states, dimension slots, and dimension values imported from the ERP.
 */
@Component
class SetupProjection {

    private final SetupProjectionMapper mapper;
    private final ValuesInUse valuesInUse;

    SetupProjection(SetupProjectionMapper mapper, ValuesInUse valuesInUse) {
        this.mapper = mapper;
        this.valuesInUse = valuesInUse;
    }

    void write(CompanySetup setup) {
        String company = setup.company().id();
        Set<String> periods = new HashSet<>(mapper.findPeriodIds(company));
        for (FiscalPeriod period : setup.calendar().periods()) {
            if (!periods.contains(period.id())) {
                mapper.insertPeriod(new SetupRows.Period(company, period.id(), period.start(), period.end()));
            }
        }
        writeDimensions(company, setup.dimensions());
        writeValues(company, setup.dimensions());
        mapper.deleteCategories(company);
        for (CostCategory category : setup.costCategories()) {
            mapper.insertCategory(new SetupRows.Category(company, category.id(), category.name(),
                    category.kind().name(), category.fixedShare(), category.unit(), category.creditDimension(),
                    category.debitDimension()));
        }
    }

    /** A dimension keeps its slot forever; a new one takes the lowest slot never used by the company. */
    private void writeDimensions(String company, List<Dimension> dimensions) {
        Map<String, SetupRows.Dimension> stored = mapper.findDimensions(company).stream()
                .collect(Collectors.toMap(SetupRows.Dimension::dimensionName, row -> row));
        Set<Integer> taken = stored.values().stream().map(SetupRows.Dimension::slot).collect(Collectors.toSet());
        Set<String> inSetup = new HashSet<>();
        for (Dimension dimension : dimensions) {
            inSetup.add(dimension.name());
            String role = dimension.role() == null ? null : dimension.role().name();
            SetupRows.Dimension row = stored.get(dimension.name());
            if (row != null) {
                mapper.updateDimension(new SetupRows.Dimension(company, dimension.name(), row.slot(), role, "Y"));
            } else {
                int slot = freeSlot(taken, dimension.name(), stored.keySet());
                taken.add(slot);
                mapper.insertDimension(new SetupRows.Dimension(company, dimension.name(), slot, role, "Y"));
            }
        }
        for (SetupRows.Dimension row : stored.values()) {
            if (!inSetup.contains(row.dimensionName())) {
                mapper.updateDimension(new SetupRows.Dimension(company, row.dimensionName(), row.slot(), null, "N"));
            }
        }
    }

    private static int freeSlot(Set<Integer> taken, String dimension, Set<String> holders) {
        for (int slot = 1; slot <= CompanySetup.DIMENSION_SLOTS; slot++) {
            if (!taken.contains(slot)) {
                return slot;
            }
        }
        throw InvalidInputException.single(SetupParser.TITLE, new InputError(null, null, "dimensions", dimension,
                "no free dimension slot: the " + CompanySetup.DIMENSION_SLOTS + " slots are kept by "
                + String.join(", ", new TreeSet<>(holders)) + ", including dimensions no longer in the setup"));
    }

    /**
     * Values from the setup are upserted, those that left the setup deleted unless stored rows use them (then the
     * whole setup is refused); imported values stay as they are.
     */
    private void writeValues(String company, List<Dimension> dimensions) {
        Map<List<String>, SetupRows.Value> stored = new HashMap<>();
        for (SetupRows.Value row : mapper.findValues(company)) {
            stored.put(List.of(row.dimensionName(), row.valueCode()), row);
        }
        for (Dimension dimension : dimensions) {
            for (DimensionValue value : dimension.values()) {
                SetupRows.Value row = new SetupRows.Value(company, dimension.name(), value.code(), value.name(),
                        value.parent(), "SETUP");
                SetupRows.Value old = stored.remove(List.of(dimension.name(), value.code()));
                if (old == null) {
                    mapper.insertValue(row);
                } else if ("SETUP".equals(old.source()) && !sameContent(old, row)) {
                    mapper.updateValue(row);
                }
            }
        }
        List<SetupRows.Value> removed = stored.values().stream().filter(row -> "SETUP".equals(row.source())).toList();
        if (!removed.isEmpty()) {
            Map<String, Integer> slots = mapper.findDimensions(company).stream()
                    .collect(Collectors.toMap(SetupRows.Dimension::dimensionName, SetupRows.Dimension::slot));
            valuesInUse.requireUnused(company, slots, removed);
            removed.forEach(mapper::deleteValue);
        }
    }

    private static boolean sameContent(SetupRows.Value left, SetupRows.Value right) {
        return left.name().equals(right.name()) && Objects.equals(left.parentCode(), right.parentCode());
    }
}
