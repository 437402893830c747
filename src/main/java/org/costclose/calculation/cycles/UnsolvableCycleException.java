package org.costclose.calculation.cycles;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The reciprocal equations have no unique solution: a group of members passes all its cost among itself
 * and nothing ever leaves it ({@code I − Sᵀ} is singular), or so nearly all that double precision cannot
 * tell the difference. The fix is in the master data: give one member of each group a receiver outside it.
 */
public class UnsolvableCycleException extends RuntimeException {

    private final transient List<List<Integer>> groups;

    UnsolvableCycleException(List<List<Integer>> groups, String reason) {
        super(reason + ": " + describe(groups));
        this.groups = groups.stream().map(List::copyOf).toList();
    }

    /** The closed groups, each as ascending member indices, senders' groups first. */
    public List<List<Integer>> groups() {
        return groups;
    }

    /** All members of all closed groups, ascending. */
    public List<Integer> members() {
        return groups.stream().flatMap(List::stream).sorted().toList();
    }

    private static String describe(List<List<Integer>> groups) {
        return groups.stream()
                .map(group -> group.stream().map(String::valueOf).collect(Collectors.joining(", ", "members [", "]")))
                .collect(Collectors.joining("; "));
    }
}
