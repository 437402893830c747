package org.costclose.ledger;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;

/**
 * A company loaded through the real setup and intake paths: salaries 600250 (50 % fixed, posts into
 * CostCenter), sales 401100 (CostCenter and CostPurpose, a blank CostCenter skipped), materials by the
 * account range 500000..599999 (33.33 % fixed, CostPurpose, a blank one skipped); 700000 is a P&L account
 * without category.
 */
final class LedgerFixture {

    static final String ACCOUNTS = """
            account,name,type
            401100,Sales,revenue
            600250,Manufacturing salaries,expense
            510000,Raw materials,expense
            700000,Other expenses,expense
            140000,Inventory,asset
            """;

    private final SetupService setup;
    private final IntakeService intake;
    final String company = "L" + UUID.randomUUID().toString().substring(0, 8);

    LedgerFixture(SetupService setup, IntakeService intake) {
        this.setup = setup;
        this.intake = intake;
    }

    LedgerFixture load(boolean withBlastFurnace, boolean withOtherExpenses) {
        setup.load(company, List.of(new SetupFile("setup.yaml", yaml(withBlastFurnace, withOtherExpenses))), "test");
        return this;
    }

    /** the same setup with no posting layer in scope: cost accounting takes no entry */
    LedgerFixture loadWithoutPostingLayers() {
        String yaml = yaml(true, false).replace("postingLayers: [CURRENT, OPERATIONS]", "postingLayers: []");
        setup.load(company, List.of(new SetupFile("setup.yaml", yaml)), "test");
        return this;
    }

    void importAccounts() {
        intake.importCsv(company, ImportKind.ACCOUNTS, "accounts.csv", csv(ACCOUNTS));
    }

    void importEntries(String rows) {
        intake.importCsv(company, ImportKind.GL_ENTRIES, "gl.csv",
                csv("entry_id,date,account,amount,quantity,posting_layer,CostCenter,CostPurpose\n" + rows));
    }

    private String yaml(boolean withBlastFurnace, boolean withOtherExpenses) {
        return """
                company: {id: %s, name: Ledger test, currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-09, to: 2026-11}
                dimensions:
                  - name: CostCenter
                    role: costCenter
                    values: [{code: SP, name: Sinter plant}%s]
                  - name: CostPurpose
                    role: costPurpose
                    values: [{code: Sint, name: Sinter}, {code: Iron, name: Pig iron}]
                costCategories:
                  - {id: 401100, name: Sales, kind: primary, transactionControl: [CostCenter, CostPurpose]}
                  - {id: 600250, name: Salaries, kind: primary, fixedShare: 50, transactionControl: [CostCenter]}
                  - {id: MATERIAL, name: Materials, kind: primary, mapping: accountRanges, fixedShare: 33.33,
                     accountRanges: [{from: 500000, to: 599999}], transactionControl: [CostPurpose]}
                %s
                postingLayers: [CURRENT, OPERATIONS]
                postingControl:
                  - {category: 401100, dimension: CostCenter, skip: blank}
                  - {category: MATERIAL, dimension: CostPurpose, skip: blank}
                """.formatted(company, withBlastFurnace ? ", {code: BF, name: Blast furnace}" : "",
                withOtherExpenses ? "  - {id: 700000, name: Other, kind: primary, transactionControl: [CostPurpose]}" : "");
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
