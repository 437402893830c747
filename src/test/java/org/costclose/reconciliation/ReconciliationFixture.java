package org.costclose.reconciliation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;

/**
 * A company, loaded through the real setup and intake paths, whose chart and categories agree: sales
 * 401100 (named by a posting-control rule and a line), salaries 600250, travel 650000, materials by the
 * range 500000..599999, and the balance-sheet account 140000 without category.
 */
final class ReconciliationFixture {

    static final String CHART = """
            account,name,type,blocked
            401100,Sales,revenue,no
            600250,Salaries,expense,no
            650000,Travel,expense,no
            510000,Raw materials,expense,no
            140000,Inventory,asset,no
            """;

    final String company = "R" + UUID.randomUUID().toString().substring(0, 8);
    private final SetupService setup;
    private final IntakeService intake;

    ReconciliationFixture(SetupService setup, IntakeService intake) {
        this.setup = setup;
        this.intake = intake;
    }

    ReconciliationFixture load() {
        setup.load(company, List.of(new SetupFile("setup.yaml", """
                company: {id: %s, name: Reconciliation test, currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-01, to: 2026-12}
                dimensions:
                  - {name: CostCenter, role: costCenter, values: [{code: SP, name: Sinter plant}]}
                  - {name: Department, values: [{code: PROD, name: Production}]}
                  - {name: CostPurpose, role: costPurpose, values: [{code: Iron, name: Pig iron}]}
                costCategories:
                  - {id: 401100, name: Sales, kind: primary, transactionControl: [CostCenter, CostPurpose]}
                  - {id: 600250, name: Salaries, kind: primary, fixedShare: 50, transactionControl: [CostCenter]}
                  - {id: 650000, name: Travel, kind: primary, transactionControl: [CostCenter]}
                  - {id: MATERIAL, name: Materials, kind: primary, mapping: accountRanges,
                     accountRanges: [{from: 500000, to: 599999}], transactionControl: [CostPurpose]}
                  - {id: CC-CP, name: Allocated, kind: secondary, transactionControl: [CostCenter, CostPurpose]}
                postingLayers: [CURRENT]
                postingControl:
                  - {category: 401100, dimension: CostCenter, skip: blank}
                lineStructures:
                  - id: S
                    name: Statement
                    lines:
                      - {id: L1, name: Sales, kind: category, categories: [401100]}
                """.formatted(company))), "test");
        importChart(CHART);
        return this;
    }

    void importChart(String csv) {
        intake.importCsv(company, ImportKind.ACCOUNTS, "accounts.csv", csv(csv));
    }

    void importCompleteChart(String csv) {
        intake.importCompleteChart(company, "accounts.csv", csv(csv));
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
