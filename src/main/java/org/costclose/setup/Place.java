package org.costclose.setup;

import org.yaml.snakeyaml.nodes.Node;

/** Where something sits in the setup: file, line (1-based) and a field path such as {@code costCategories[3].fixedShare}. */
record Place(String file, int line, String path) {

    static Place start(String file) {
        return new Place(file, 1, "");
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    Place field(String key, Node node) {
        return new Place(file, line(node), path.isEmpty() ? key : path + "." + key);
    }

    Place index(int index, Node node) {
        return new Place(file, line(node), path + "[" + index + "]");
    }

    /** A path below this one whose line is unknown: it takes this place's line. */
    Place below(String suffix) {
        return new Place(file, line, path + suffix);
    }
}
