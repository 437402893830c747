package org.costclose.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.DimensionRole;
import org.costclose.setup.model.Resource;
import org.costclose.setup.model.ServiceSource;

/**
 * Which service category each kind of production data goes to, and which column of the source row
 * holds the sender's and the receiver's value, resolved from the active setup. A source whose
 * category's dimensions it cannot fill gets no rule, so its rows are rejected with NO_CATEGORY.
 */
final class ProductionRules {

    static final String ALL = "*";
    private static final String COST_CENTER = "cost_center";
    private static final String COST_PURPOSE = "cost_purpose";

    record Rule(long runId, String sourceKind, String ruleKey, String categoryId, String unit, String senderDimension,
                String senderColumn, String receiverDimension, String receiverColumn) {
    }

    private ProductionRules() {
    }

    static List<Rule> of(CompanySetup setup, Map<String, Integer> slots, long runId) {
        Map<String, CostCategory> services = setup.costCategories().stream().filter(CostCategory::isService)
                .collect(Collectors.toMap(CostCategory::id, Function.identity()));
        String costCenter = dimensionWith(setup, DimensionRole.COST_CENTER);
        String costPurpose = dimensionWith(setup, DimensionRole.COST_PURPOSE);
        List<Rule> rules = new ArrayList<>();
        for (Resource resource : setup.resources()) {
            CostCategory category = services.get(resource.category());
            String receiver = roleColumn(category.debitDimension(), costCenter, costPurpose);
            String sender = category.creditDimension() == null ? null
                    : roleColumn(category.creditDimension(), costCenter, costPurpose);
            if (receiver != null && (category.creditDimension() == null || sender != null)) {
                rules.add(rule(runId, "ROUTE", resource.id(), category, sender, receiver));
            }
        }
        withSource(services, ServiceSource.REPORTED_FINISHED)
                .filter(category -> costPurpose != null && costPurpose.equals(category.debitDimension()))
                .ifPresent(category -> rules.add(new Rule(runId, "FINISHED", ALL, category.id(), category.unit(),
                        null, null, category.debitDimension(), COST_PURPOSE)));
        withSource(services, ServiceSource.PROJECT_HOURS)
                .filter(category -> costCenter != null && costCenter.equals(category.creditDimension())
                        && slots.containsKey(category.debitDimension()))
                .ifPresent(category -> rules.add(rule(runId, "PROJECT", ALL, category, COST_CENTER,
                        "dim_" + slots.get(category.debitDimension()))));
        return rules;
    }

    private static Rule rule(long runId, String kind, String key, CostCategory category, String sender, String receiver) {
        return new Rule(runId, kind, key, category.id(), category.unit(), sender == null ? null : category.creditDimension(),
                sender, category.debitDimension(), receiver);
    }

    private static Optional<CostCategory> withSource(Map<String, CostCategory> services, ServiceSource source) {
        return services.values().stream().filter(category -> category.source() == source).findFirst();
    }

    private static String roleColumn(String dimension, String costCenter, String costPurpose) {
        if (dimension == null) {
            return null;
        }
        return dimension.equals(costCenter) ? COST_CENTER : dimension.equals(costPurpose) ? COST_PURPOSE : null;
    }

    private static String dimensionWith(CompanySetup setup, DimensionRole role) {
        return setup.dimensions().stream().filter(dimension -> dimension.role() == role).map(Dimension::name)
                .findFirst().orElse(null);
    }
}
