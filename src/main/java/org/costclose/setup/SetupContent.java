package org.costclose.setup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text stored with a setup version: one file as it is, several files concatenated in name order,
 * each after a marker line {@code # file: <name>}, so the version can be read again file by file.
 */
final class SetupContent {

    static final String SINGLE_FILE = "setup.yaml";
    private static final String MARKER = "# file: ";

    private SetupContent() {
    }

    static String join(List<SetupFile> files) {
        if (files.size() == 1) {
            return files.get(0).content();
        }
        StringBuilder content = new StringBuilder();
        for (SetupFile file : files.stream().sorted(Comparator.comparing(SetupFile::name)).toList()) {
            content.append(MARKER).append(file.name()).append('\n').append(file.content());
            if (!file.content().endsWith("\n")) {
                content.append('\n');
            }
        }
        return content.toString();
    }

    static List<SetupFile> split(String content) {
        if (!content.startsWith(MARKER)) {
            return List.of(new SetupFile(SINGLE_FILE, content));
        }
        List<SetupFile> files = new ArrayList<>();
        for (String part : content.split("(?m)^(?=" + MARKER + ")")) {
            int endOfMarker = part.indexOf('\n');
            String name = part.substring(MARKER.length(), endOfMarker < 0 ? part.length() : endOfMarker).trim();
            files.add(new SetupFile(name, endOfMarker < 0 ? "" : part.substring(endOfMarker + 1)));
        }
        return files;
    }
}
