package org.costclose.setup;

/** One YAML file of a company's setup: its name (for error messages and ordering) and its text. */
public record SetupFile(String name, String content) {

    public SetupFile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a setup file needs a name");
        }
        if (content == null) {
            throw new IllegalArgumentException("setup file " + name + " has no content");
        }
    }
}
