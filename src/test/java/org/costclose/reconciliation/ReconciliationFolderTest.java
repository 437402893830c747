package org.costclose.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupLoadResult;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CostCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.costclose.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.FileSystemUtils;

/**
 * A company whose setup lives in {@code <costclose.config-dir>/companies/<company>/} (two files, with comments):
 * applying a proposal writes the changed setup back there, so loading the folder again changes nothing.
 */
@DatabaseTest
class ReconciliationFolderTest {

    private static final String COMPANY_FILE = """
            # the company, its calendar and dimensions: reconciliation never changes this file
            company: {id: %s, name: Folder test, currency: USD, minorUnit: 2}
            calendar: {type: monthly, from: 2026-01, to: 2026-12}
            dimensions:
              - {name: CostCenter, role: costCenter, values: [{code: SP, name: Sinter plant}]}
              - {name: CostPurpose, role: costPurpose, values: [{code: Iron, name: Pig iron}]}
            postingLayers: [CURRENT]
            """;
    private static final String CATEGORIES_FILE = """
            # primary categories, identical with their accounts
            costCategories:
              - {id: 401100, name: Sales, kind: primary, transactionControl: [CostCenter, CostPurpose]}
              - {id: 600250, name: Salaries, kind: primary, fixedShare: 50, transactionControl: [CostCenter]}
              - {id: 650000, name: Travel, kind: primary, transactionControl: [CostCenter]}
            """;

    @Autowired ReconciliationService reconciliation;
    @Autowired SetupService setups;
    @Autowired IntakeService intake;
    @Value("${costclose.config-dir}") Path configDir;
    final String company = "F" + UUID.randomUUID().toString().substring(0, 8);
    Path folder;

    @BeforeEach
    void companyFolder() throws IOException {
        folder = Files.createDirectories(configDir.resolve("companies").resolve(company));
        Files.writeString(folder.resolve("company.yaml"), COMPANY_FILE.formatted(company));
        Files.writeString(folder.resolve("categories.yaml"), CATEGORIES_FILE);
        setups.loadFolder(folder);
        intake.importCsv(company, ImportKind.ACCOUNTS, "accounts.csv", ReconciliationFixture.csv("""
                account,name,type,blocked
                401100,Sales,revenue,no
                600250,Manufacturing salaries,expense,no
                650000,Travel,expense,yes
                700000,Other expenses,expense,no
                """));
    }

    @AfterEach
    void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    void shouldWriteTheAppliedSetupBackSoThatTheFolderReloadsToTheSameHash() throws IOException {
        Proposal applied = reconciliation.apply(company, reconciliation.run(company).runId());

        String activeHash = setups.activeHash(company).orElseThrow();
        SetupLoadResult reloaded = setups.loadFolder(folder);
        assertThat(applied.application().setupId()).isEqualTo(reloaded.setupId());
        assertThat(reloaded.changed()).isFalse();
        assertThat(reloaded.contentHash()).isEqualTo(activeHash);
        assertThat(Files.readString(folder.resolve("company.yaml"))).isEqualTo(COMPANY_FILE.formatted(company));
        String categories = Files.readString(folder.resolve("categories.yaml"), StandardCharsets.UTF_8);
        assertThat(categories).contains("id: 700000", "name: Other expenses", "name: Manufacturing salaries",
                "blocked: true");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("company.yaml", "categories.yaml");
        }
        assertThat(setups.activeSetup(company).orElseThrow().category("650000")).get()
                .extracting(CostCategory::blocked).isEqualTo(true);
    }

    @Test
    void shouldRefuseApplyingAndLeaveTheFolderAloneWhenItHoldsEditsNotLoaded() throws IOException {
        Proposal proposal = reconciliation.run(company);
        String edited = CATEGORIES_FILE.replace("name: Travel", "name: Travel and expenses");
        Files.writeString(folder.resolve("categories.yaml"), edited);

        ProposalConflictException refused = catchThrowableOfType(ProposalConflictException.class,
                () -> reconciliation.apply(company, proposal.runId()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().getDetail()).startsWith("the setup folder " + company + " holds setup ")
                .endsWith("load the folder (or undo its edits), then run the reconciliation again; proposal "
                        + proposal.runId() + " was not applied");
        assertThat(Files.readString(folder.resolve("categories.yaml"))).isEqualTo(edited);
        assertThat(reconciliation.proposal(company, proposal.runId()).applied()).isFalse();
    }
}
