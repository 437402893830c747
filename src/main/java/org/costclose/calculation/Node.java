package org.costclose.calculation;

import java.util.Comparator;

/** A place cost sits on: a value of a cost accounting dimension, such as CostCenter SP. */
public record Node(String dimension, String value) implements Comparable<Node> {

    private static final Comparator<Node> ORDER = Comparator.comparing(Node::dimension).thenComparing(Node::value);

    @Override
    public int compareTo(Node other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return dimension + " " + value;
    }
}
