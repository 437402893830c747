package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.costclose.setup.model.CompanySetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a changed setup back into a company folder: the folder then reads as the changed setup. */
class SetupFolderWriterTest {

    private static final String BASE = """
            company: {id: acme, name: Acme, currency: USD, minorUnit: 2}
            calendar: {type: monthly, from: 2026-01, to: 2026-12}
            dimensions:
              - {name: CostCenter, role: costCenter, values: [{code: SP, name: Sinter plant}]}
            postingLayers: [CURRENT]
            """;
    private static final String FIRST = """
            # part one
            costCategories:
              - {id: 401100, name: Sales, kind: primary, transactionControl: [CostCenter]}
            """;
    private static final String SECOND = """
            costCategories:
              - {id: 600250, name: Salaries, kind: primary, transactionControl: [CostCenter]}
            """;

    @TempDir Path config;

    @Test
    void shouldRewriteOnlyTheFileOfTheChangedSectionWhenEachSectionLivesInOneFile() throws IOException {
        Path folder = folder("base.yaml", BASE, "categories.yaml", FIRST + SECOND.replace("costCategories:\n", ""));
        CompanySetup after = read(BASE, FIRST.replace("Sales", "Sales of slag") + SECOND.replace("costCategories:\n", ""));

        List<String> written = writer().write(folder, SetupParser.read("acme", SetupFolder.files(folder)), after);

        assertThat(written).containsExactly("categories.yaml");
        assertThat(Files.readString(folder.resolve("base.yaml"))).isEqualTo(BASE);
        assertThat(writer().hashOf(folder, "acme")).isEqualTo(SetupHash.of(after));
        assertThat(names(folder)).containsExactlyInAnyOrder("base.yaml", "categories.yaml");
    }

    @Test
    void shouldReplaceTheFilesByOneSetupFileWhenTheChangedSectionIsSplitOverFiles() throws IOException {
        Path folder = folder("base.yaml", BASE, "categories-1.yaml", FIRST, "categories-2.yaml", SECOND);
        CompanySetup after = read(BASE, FIRST, SECOND.replace("Salaries", "Wages"));

        List<String> written = writer().write(folder, SetupParser.read("acme", SetupFolder.files(folder)), after);

        assertThat(written).containsExactly("setup.yaml", "base.yaml", "categories-1.yaml", "categories-2.yaml");
        assertThat(names(folder)).containsExactly("setup.yaml");
        assertThat(writer().hashOf(folder, "acme")).isEqualTo(SetupHash.of(after));
    }

    @Test
    void shouldWriteNothingWhenTheSetupDidNotChange() throws IOException {
        Path folder = folder("base.yaml", BASE, "categories.yaml", FIRST);
        CompanySetup same = read(BASE, FIRST);

        assertThat(writer().write(folder, same, same)).isEmpty();
        assertThat(Files.readString(folder.resolve("categories.yaml"))).isEqualTo(FIRST);
    }

    private SetupFolderWriter writer() {
        return new SetupFolderWriter(config);
    }

    private Path folder(String... namesAndContents) throws IOException {
        Path folder = Files.createDirectories(config.resolve("companies").resolve("acme"));
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Files.writeString(folder.resolve(namesAndContents[i]), namesAndContents[i + 1]);
        }
        return folder;
    }

    private static CompanySetup read(String... contents) {
        List<SetupFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < contents.length; i++) {
            files.add(new SetupFile("f" + i + ".yaml", contents[i]));
        }
        return SetupParser.read("acme", files);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
