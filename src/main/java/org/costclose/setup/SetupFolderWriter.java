package org.costclose.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.costclose.setup.model.CompanySetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a setup changed inside the platform (an applied reconciliation) back into the company's folder
 * {@code <costclose.config-dir>/companies/<company>/}, so that loading the folder again gives the same setup.
 * Only the files that hold a changed section are rewritten, in canonical form (their comments are lost); the
 * others stay as they are. A changed section split over several files, or a new section, makes the files of the
 * sections involved one canonical file each; where a file would then hold part of a section another file holds too,
 * the folder's YAML files are replaced by one canonical {@code setup.yaml}. Each file is written to a temporary file
 * in the folder and moved over the old one, so a reader never sees half a file.
 */
@Component
public class SetupFolderWriter {

    private static final String SINGLE_FILE = "setup.yaml";

    private final Path companiesDir;

    SetupFolderWriter(@Value("${costclose.config-dir}") Path configDir) {
        this.companiesDir = configDir.resolve("companies");
    }

    /** the company's setup folder, empty when its setup does not live in the config folder */
    public Optional<Path> folder(String companyId) {
        Path folder = companiesDir.resolve(companyId);
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** the content hash of the setup the folder holds now */
    public String hashOf(Path folder, String companyId) {
        return SetupHash.of(SetupParser.read(companyId, SetupFolder.files(folder)));
    }

    /** Writes {@code after} over {@code before} into the folder; the names of the files written or removed. */
    public List<String> write(Path folder, CompanySetup before, CompanySetup after) {
        Map<String, Object> old = SetupWriter.document(before);
        Map<String, Object> changed = SetupWriter.document(after);
        Set<String> sections = new LinkedHashSet<>(SetupParser.SECTIONS);
        sections.removeIf(section -> Objects.equals(old.get(section), changed.get(section)));
        if (sections.isEmpty()) {
            return List.of();
        }
        List<SetupFile> files = SetupFolder.files(folder);
        Map<String, List<String>> holders = holders(files);
        String home = holders.getOrDefault("costCategories", List.of(files.get(0).name())).get(0);
        Map<String, Set<String>> rewritten = new LinkedHashMap<>();
        for (String section : sections) {
            for (String file : holders.getOrDefault(section, List.of(home))) {
                rewritten.computeIfAbsent(file, name -> new LinkedHashSet<>()).add(section);
            }
        }
        rewritten.forEach((file, own) -> holders.forEach((section, names) -> {
            if (names.contains(file)) {
                own.add(section);
            }
        }));
        boolean split = rewritten.values().stream().flatMap(Set::stream)
                .anyMatch(section -> holders.getOrDefault(section, List.of()).size() > 1);
        return split ? replaceAll(folder, files, after) : rewrite(folder, rewritten, changed);
    }

    private static List<String> rewrite(Path folder, Map<String, Set<String>> files, Map<String, Object> document) {
        List<String> written = new ArrayList<>();
        files.forEach((file, sections) -> {
            Map<String, Object> part = new LinkedHashMap<>();
            document.forEach((section, value) -> {
                if (sections.contains(section)) {
                    part.put(section, value);
                }
            });
            if (part.isEmpty()) {
                delete(folder.resolve(file));
            } else {
                replace(folder.resolve(file), SetupWriter.dump(part));
            }
            written.add(file);
        });
        return written;
    }

    private static List<String> replaceAll(Path folder, List<SetupFile> files, CompanySetup setup) {
        replace(folder.resolve(SINGLE_FILE), SetupWriter.write(setup));
        List<String> written = new ArrayList<>(List.of(SINGLE_FILE));
        files.stream().map(SetupFile::name).filter(name -> !name.equals(SINGLE_FILE)).forEach(name -> {
            delete(folder.resolve(name));
            written.add(name);
        });
        return written;
    }

    /** section name → the files holding it, in name order */
    private static Map<String, List<String>> holders(List<SetupFile> files) {
        Map<String, List<String>> holders = new LinkedHashMap<>();
        for (SetupFile file : files) {
            for (SetupDocuments.Section section : SetupDocuments.sections(List.of(file), SetupParser.SECTIONS,
                    new Problems())) {
                List<String> names = holders.computeIfAbsent(section.name(), name -> new ArrayList<>());
                if (!names.contains(file.name())) {
                    names.add(file.name());
                }
            }
        }
        return holders;
    }

    private static void replace(Path target, String content) {
        try {
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the setup file " + target, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the setup file " + file, e);
        }
    }
}
