package org.costclose.close;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.security.Roles;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;

/**
 * A small company to close, loaded through the real setup and intake paths: wages 600250 on CostCenter SP,
 * allocated 100 % to CostPurpose Sint; October 2026 has one wage entry of 100.00.
 */
public final class CloseFixture {

    public static final String PERIOD = "2026-10";
    public static final String PERCENTAGES = "basis: {percentages: {Sint: 100}}";
    /** a basis that is zero for every receiver: the calculation fails */
    static final String NO_OUTPUT = "basis: {lineStructure: LS, line: OUT}";

    public final String company = "C" + UUID.randomUUID().toString().substring(0, 8);
    private final SetupService setup;
    private final IntakeService intake;

    public CloseFixture(SetupService setup, IntakeService intake) {
        this.setup = setup;
        this.intake = intake;
    }

    public CloseFixture load(String basis) {
        return load(basis, "");
    }

    /** the setup with the given basis and further sections (e.g. approvalLevels) */
    CloseFixture load(String basis, String sections) {
        return load(basis, sections, "");
    }

    /** the same with a budget version B of budget model B2026 (the actual version's step) */
    CloseFixture loadWithBudget() {
        return load(PERCENTAGES, "", """
                  - id: B
                    name: Budget
                    kind: budget
                    budgetModel: B2026
                    steps:
                      - id: WAGES
                        name: Wages to the sinter
                        kind: allocation
                        rules:
                          - senders: {dimension: CostCenter, values: [SP]}
                            moves: {categories: ["600250"]}
                            receivers: {dimension: CostPurpose, values: [Sint]}
                            basis: {percentages: {Sint: 100}}
                            allocationCategory: CC-CPwg
                            offsetCategory: CC-CPwg
                """);
    }

    private CloseFixture load(String basis, String sections, String moreVersions) {
        setup.load(company, List.of(new SetupFile("setup.yaml", sections + """
                company: {id: %s, name: Close test, currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-09, to: 2026-11}
                dimensions:
                  - name: CostCenter
                    role: costCenter
                    values: [{code: SP, name: Sinter plant}]
                  - name: CostPurpose
                    role: costPurpose
                    values: [{code: Sint, name: Sinter}]
                costCategories:
                  - {id: "600250", name: Manufacturing salaries, kind: primary, transactionControl: [CostCenter]}
                  - {id: CC-CPwg, name: Wages allocated, kind: secondary, transactionControl: [CostCenter, CostPurpose]}
                  - {id: Output_t, name: Output, kind: service, unit: t, debitDimension: CostPurpose,
                     source: reportedFinished, transactionControl: [CostPurpose]}
                postingLayers: [CURRENT]
                lineStructures:
                  - id: LS
                    name: Statement
                    lines:
                      - {id: WG, name: Wages, kind: category, categories: ["600250", CC-CPwg]}
                      - {id: OUT, name: Output, kind: quantity, categories: [Output_t]}
                calculationVersions:
                  - id: ACTUAL
                    name: Actual
                    kind: actual
                    steps:
                      - id: WAGES
                        name: Wages to the sinter
                        kind: allocation
                        rules:
                          - senders: {dimension: CostCenter, values: [SP]}
                            moves: {categories: ["600250"]}
                            receivers: {dimension: CostPurpose, values: [Sint]}
                            %s
                            allocationCategory: CC-CPwg
                            offsetCategory: CC-CPwg
                """.formatted(company, basis) + moreVersions)), "test");
        return this;
    }

    public CloseFixture accounts(String... extra) {
        StringBuilder csv = new StringBuilder("account,name,type\n600250,Manufacturing salaries,expense\n");
        for (String account : extra) {
            csv.append(account).append('\n');
        }
        return load(ImportKind.ACCOUNTS, csv.toString());
    }

    public CloseFixture entries(String rows) {
        return load(ImportKind.GL_ENTRIES, "entry_id,date,account,amount,posting_layer,CostCenter\n" + rows);
    }

    CloseFixture budget(String rows) {
        return load(ImportKind.GL_BUDGET_ENTRIES, "entry_id,budget_model,date,account,amount,CostCenter\n" + rows);
    }

    /** route hours of resources (a resource the setup does not name is rejected by production processing) */
    CloseFixture routeHours(String csv) {
        return load(ImportKind.ROUTE_TRANSACTIONS, csv);
    }

    private CloseFixture load(ImportKind kind, String csv) {
        intake.importCsv(company, kind, kind.slug() + ".csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /**
     * A user in finance and in approvers ("both", created once): only finance starts closes and asks for
     * reopenings, so the approver who did so, refused by four-eyes, is one of these.
     */
    static String financeApprover(IdentityService identity) {
        if (identity.createUserQuery().userId("both").singleResult() == null) {
            identity.saveUser(identity.newUser("both"));
            identity.createMembership("both", Roles.FINANCE);
            identity.createMembership("both", Roles.APPROVERS);
        }
        return "both";
    }

    /** runs the close's jobs (the job executor is off in tests) until it waits in a task or a job has no retries */
    public static void runJobs(ManagementService management, String processInstanceId) {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).withRetriesLeft().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // the engine has recorded the failure: one retry less, an incident when none are left
                }
            }
        }
        throw new IllegalStateException("the close's jobs did not come to rest");
    }
}
