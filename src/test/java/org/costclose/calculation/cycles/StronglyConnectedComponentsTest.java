package org.costclose.calculation.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StronglyConnectedComponentsTest {

    @Test
    void shouldListCyclesSendersFirstWhenOneCycleFeedsAnother() {
        int[][] successors = {
            {1}, {0, 2}, {3}, {2}, {4}, {},
        };

        List<int[]> cycles = StronglyConnectedComponents.cycles(successors);

        assertThat(cycles).containsExactly(new int[] {0, 1}, new int[] {2, 3}, new int[] {4});
    }

    @Test
    void shouldListEveryNodeOnceSendersFirstWhenAskedForAllComponents() {
        int[][] successors = {
            {2}, {0}, {3}, {2}, {},
        };

        List<int[]> all = StronglyConnectedComponents.all(successors);

        assertThat(all).containsExactly(new int[] {1}, new int[] {0}, new int[] {2, 3}, new int[] {4});
    }

    @Test
    void shouldNameCyclesByKeyWhenGraphIsAMapOfCodes() {
        Map<String, Set<String>> sendsTo = Map.of(
                "MAINT", Set.of("POWER", "ROLLING"),
                "POWER", Set.of("MAINT", "ROLLING"),
                "SCALE", Set.of("SCALE", "BLAST"),
                "BLAST", Set.of("SCALE"));

        List<List<String>> cycles = StronglyConnectedComponents.cycles(sendsTo);

        assertThat(cycles).containsExactly(List.of("BLAST", "SCALE"), List.of("MAINT", "POWER"));
    }

    @Test
    void shouldNotOverflowTheStackWhenAChainHasOneHundredThousandNodes() {
        int nodes = 100_000;
        int[][] successors = new int[nodes][];
        for (int v = 0; v < nodes - 1; v++) {
            successors[v] = new int[] {v + 1};
        }
        // the last node sends back to the middle of the chain: 50,000 nodes form one long cycle
        successors[nodes - 1] = new int[] {nodes / 2};

        List<int[]> all = StronglyConnectedComponents.all(successors);
        List<int[]> cycles = StronglyConnectedComponents.cycles(successors);

        assertThat(all).hasSize(nodes / 2 + 1);
        assertThat(all.get(0)).containsExactly(0);
        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0)).hasSize(nodes / 2).startsWith(nodes / 2).endsWith(nodes - 1);
    }
}
