package org.costclose.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A company's setup folder, {@code config/companies/<company>/}: its *.yaml and *.yml files in name order. */
final class SetupFolder {

    private SetupFolder() {
    }

    static List<SetupFile> files(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .map(SetupFolder::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the setup folder " + folder, e);
        }
    }

    private static SetupFile read(Path path) {
        try {
            return new SetupFile(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the setup file " + path, e);
        }
    }
}
