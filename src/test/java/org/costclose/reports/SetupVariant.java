package org.costclose.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;

/** The steel demo's setup with a text of one of its files replaced (the demo loader restores it). */
final class SetupVariant {

    private SetupVariant() {
    }

    static void loadSteelWith(SetupService setup, String fileName, String text, String replacement) {
        List<SetupFile> files = new ArrayList<>();
        try (var paths = Files.list(Path.of("config/companies/steel"))) {
            for (Path path : paths.filter(file -> file.toString().endsWith(".yaml")).sorted().toList()) {
                String content = Files.readString(path);
                if (path.getFileName().toString().equals(fileName)) {
                    assertThat(content).contains(text);
                    content = content.replace(text, replacement);
                }
                files.add(new SetupFile(path.getFileName().toString(), content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        setup.load("steel", files, "test");
    }
}
