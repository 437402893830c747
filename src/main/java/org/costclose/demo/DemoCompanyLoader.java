package org.costclose.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.costclose.intake.ImportKind;
import org.costclose.intake.ImportRecord;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupLoadResult;
import org.costclose.setup.SetupService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads a company from its folder: the setup ({@code *.yaml}), then each period folder under
 * {@code data/} with one CSV per import kind ({@code <kind>.csv}), master data first. Every step is
 * idempotent, so a restart loads nothing twice.
 */
@Component
public class DemoCompanyLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCompanyLoader.class);

    private final SetupService setup;
    private final IntakeService intake;
    private final Path companiesDir;

    DemoCompanyLoader(SetupService setup, IntakeService intake, @Value("${costclose.config-dir}") Path configDir) {
        this.setup = setup;
        this.intake = intake;
        this.companiesDir = configDir.resolve("companies");
    }

    public List<ImportRecord> load(String companyId) {
        Path folder = companiesDir.resolve(companyId);
        SetupLoadResult loaded = setup.loadFolder(folder);
        LOG.info("company {}: setup version {} ({})", companyId, loaded.setupId(), loaded.changed() ? "loaded" : "unchanged");
        List<ImportRecord> imports = new ArrayList<>();
        for (Path period : periodFolders(folder.resolve("data"))) {
            for (ImportKind kind : ImportKind.values()) {
                Path file = period.resolve(kind.slug() + ".csv");
                if (Files.isRegularFile(file)) {
                    imports.add(importFile(companyId, kind, file));
                }
            }
        }
        return imports;
    }

    private ImportRecord importFile(String companyId, ImportKind kind, Path file) {
        try (InputStream input = Files.newInputStream(file)) {
            ImportRecord record = intake.importCsv(companyId, kind, file.getParent().getFileName() + "/" + file.getFileName(), input);
            LOG.info("company {}: {} {}", companyId, record.fileName(), record.summary());
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Path> periodFolders(Path data) {
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(data)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + data, e);
        }
    }
}
