package org.costclose.calculation.cycles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The structural test for unsolvable cycles. {@code I − Sᵀ} is singular exactly when some strongly connected
 * component passes all of every member's cost to members of the same component: such a sub-network's
 * shares form a stochastic matrix (eigenvalue 1). A component where any member sends anything out of it,
 * to another component or out of the cycle, has spectral radius below 1, and so does the whole network
 * when no component is closed. The shares are compared exactly, in BigDecimal.
 */
final class ClosedGroups {

    private ClosedGroups() {
    }

    static void check(List<int[]> components, int[][] receivers, CostCycle cycle) {
        List<List<Integer>> closed = new ArrayList<>();
        for (int[] component : components) {
            if (StronglyConnectedComponents.isCycle(component, receivers) && keepsEverything(component, cycle)) {
                closed.add(ReciprocalSolver.asList(component));
            }
        }
        if (!closed.isEmpty()) {
            throw new UnsolvableCycleException(closed,
                    "closed cost cycle, its members pass all their cost among themselves and nothing leaves");
        }
    }

    private static boolean keepsEverything(int[] component, CostCycle cycle) {
        boolean[] inside = new boolean[cycle.members()];
        for (int member : component) {
            inside[member] = true;
        }
        for (int from : component) {
            BigDecimal kept = BigDecimal.ZERO;
            for (Map.Entry<Integer, BigDecimal> flow : cycle.sharesFrom(from).entrySet()) {
                if (inside[flow.getKey()]) {
                    kept = kept.add(flow.getValue());
                }
            }
            if (kept.compareTo(BigDecimal.ONE) < 0) {
                return false;
            }
        }
        return true;
    }
}
