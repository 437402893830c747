package org.costclose.setup.model;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * An inclusive range of account numbers or category ids. Two numeric ids compare as numbers (so 9 lies
 * before 10), anything else compares as text.
 */
public record IdRange(String from, String to) {

    public static final Comparator<String> ID_ORDER = IdRange::compareIds;

    public IdRange {
        Require.text(from, "from");
        Require.text(to, "to");
        if (compareIds(from, to) > 0) {
            throw new IllegalArgumentException("range " + from + ".." + to + " is empty");
        }
    }

    public boolean contains(String id) {
        return compareIds(from, id) <= 0 && compareIds(id, to) <= 0;
    }

    public boolean overlaps(IdRange other) {
        return compareIds(from, other.to) <= 0 && compareIds(other.from, to) <= 0;
    }

    public static int compareIds(String left, String right) {
        if (isNumber(left) && isNumber(right)) {
            return new BigInteger(left).compareTo(new BigInteger(right));
        }
        return left.compareTo(right);
    }

    private static boolean isNumber(String id) {
        // a loop, not a stream: the calculation resolves value ranges over every value of a dimension
        for (int i = 0; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return !id.isEmpty();
    }
}
