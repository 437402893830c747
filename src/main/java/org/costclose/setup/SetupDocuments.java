package org.costclose.setup;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Splits the setup files into their top-level sections, in file-name order, using SnakeYAML's node API so
 * every node keeps its line. Reports YAML syntax errors, documents that are not mappings and unknown sections.
 */
final class SetupDocuments {

    /** One top-level section as found in one file. */
    record Section(String name, Node value, Place place) {
    }

    private SetupDocuments() {
    }

    static List<Section> sections(List<SetupFile> files, List<String> known, Problems problems) {
        List<Section> sections = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SetupFile file : files.stream().sorted(Comparator.comparing(SetupFile::name)).toList()) {
            if (!names.add(file.name())) {
                problems.add(Place.start(file.name()), file.name(), "two setup files have this name");
                continue;
            }
            for (Node document : documents(file, problems)) {
                read(document, Place.start(file.name()), known, problems, sections);
            }
        }
        return sections;
    }

    private static List<Node> documents(SetupFile file, Problems problems) {
        List<Node> documents = new ArrayList<>();
        try {
            new Yaml(new LoaderOptions()).composeAll(new StringReader(file.content())).forEach(documents::add);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(new Place(file.name(), line, ""), null, "not valid YAML: " + e.getProblem());
            return List.of();
        } catch (YAMLException e) {
            problems.add(Place.start(file.name()), null, "not valid YAML: " + e.getMessage());
            return List.of();
        }
        return documents;
    }

    private static void read(Node document, Place start, List<String> known, Problems problems,
            List<Section> sections) {
        if (!(document instanceof MappingNode mapping)) {
            problems.add(new Place(start.file(), Place.line(document), ""), null,
                    "a setup file is a mapping of the sections " + String.join(", ", known));
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            Place place = start.field(name == null ? "?" : name, tuple.getKeyNode());
            if (name == null || !known.contains(name)) {
                problems.add(place, name, "unknown section; the sections are " + String.join(", ", known));
            } else {
                sections.add(new Section(name, tuple.getValueNode(), place));
            }
        }
    }
}
