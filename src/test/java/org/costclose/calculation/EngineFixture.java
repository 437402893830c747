package org.costclose.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupParser;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostRate;

/**
 * A small plant to run the engine on without a database: cost centers MAINT, POWER, M1, M2 (and S1..S3, PD1, PD2
 * for textbook cycles) and products P1..P3,
 * wages (600000, 40 % fixed) on cost centers, material (610000) on products, machine hours from cost centers to
 * products and floor area (a statistic) on products. Each test adds its calculation version.
 */
final class EngineFixture {

    /** the company, its calendar and the start of its cost centers' values */
    static final String COMPANY = """
            company: {id: plant, name: Plant, currency: EUR, minorUnit: 2}
            calendar: {type: monthly, from: 2026-01, to: 2026-12}
            postingLayers: [CURRENT]
            dimensions:
              - name: CostCenter
                role: costCenter
                values:
            """;

    static final String SETUP = EngineFixture.COMPANY + """
                  - {code: ALL, name: All}
                  - {code: MAINT, name: Maintenance, parent: ALL}
                  - {code: POWER, name: Power, parent: ALL}
                  - {code: M1, name: Machine 1, parent: ALL}
                  - {code: M2, name: Machine 2, parent: ALL}
                  - {code: S1, name: Service 1}
                  - {code: S2, name: Service 2}
                  - {code: S3, name: Service 3}
                  - {code: PD1, name: Production 1}
                  - {code: PD2, name: Production 2}
              - name: CostPurpose
                role: costPurpose
                values: [{code: P1, name: P1}, {code: P2, name: P2}, {code: P3, name: P3}]
            costCategories:
              - {id: "600000", name: Wages, kind: primary, fixedShare: 40, transactionControl: [CostCenter]}
              - {id: "610000", name: Material, kind: primary, transactionControl: [CostCenter, CostPurpose]}
              - {id: ALLOC, name: Allocated, kind: secondary, transactionControl: [CostCenter, CostPurpose]}
              - {id: MH, name: Machine hours, kind: service, unit: h, creditDimension: CostCenter, debitDimension: CostPurpose, transactionControl: [CostCenter, CostPurpose]}
              - {id: Area, name: Floor area, kind: service, unit: m2, transactionControl: [CostPurpose]}
            """ + EngineFixture.LINES;

    /** line structure LS: wages WG (600000 and ALLOC), material MT (610000), their total TC and the area AR */
    static final String LINES = """
            lineStructures:
              - id: LS
                name: Statement
                lines:
                  - {id: WG, name: Wages, kind: category, categories: ["600000", ALLOC]}
                  - {id: MT, name: Material, kind: category, categories: ["610000"]}
                  - {id: TC, name: Total, kind: total, lines: [WG, MT]}
                  - {id: AR, name: Area, kind: quantity, categories: [Area]}
            """;

    final BalanceBook book = new BalanceBook();
    final ServiceFlows flows = new ServiceFlows();
    final List<Posting> postings = new ArrayList<>();
    final List<ActualRate> rates = new ArrayList<>();
    private final Map<String, Map<Node, CostRate>> plannedRates = new HashMap<>();
    private final ValueDirectory values = new ValueDirectory();
    private final CompanySetup setup;

    EngineFixture(String versions) {
        this(SetupParser.read("plant", List.of(new SetupFile("setup.yaml", SETUP + versions))));
    }

    /** a fixture on a whole setup of its own instead of the small plant */
    static EngineFixture ofSetup(String yaml) {
        return new EngineFixture(SetupParser.read("plant", List.of(new SetupFile("setup.yaml", yaml))));
    }

    private EngineFixture(CompanySetup setup) {
        this.setup = setup;
        for (var dimension : setup.dimensions()) {
            dimension.values().forEach(value -> values.add(dimension.name(), value.code(), value.parent()));
        }
    }

    static Node center(String value) {
        return new Node("CostCenter", value);
    }

    static Node product(String value) {
        return new Node("CostPurpose", value);
    }

    /** an amount in cents, fixed and variable */
    EngineFixture cost(Node node, String category, long fixedCents, long variableCents) {
        book.add(node, category, new Money(fixedCents, variableCents));
        return this;
    }

    EngineFixture quantity(Node node, String category, String quantity) {
        book.addQuantity(node, category, new BigDecimal(quantity));
        return this;
    }

    /** a stored planned rate of the period (as adopted from the previous period) */
    EngineFixture plannedRate(String category, Node sender, String fixed, String variable) {
        plannedRates.computeIfAbsent(category, key -> new HashMap<>())
                .put(sender, new CostRate(new BigDecimal(fixed), new BigDecimal(variable)));
        return this;
    }

    CalculationEngine engine() {
        return new CalculationEngine(setup, setup.calculationVersions().get(0), values, book, flows,
                (category, sender) -> plannedRates.getOrDefault(category, Map.of()).get(sender));
    }

    List<Posting> run() {
        engine().run(postings::add, rates::add);
        return postings;
    }

    long total(Node node, String category) {
        return book.money(node, category).total();
    }

    long sumOfPostings() {
        return postings.stream().mapToLong(posting -> posting.money().total()).sum();
    }
}
