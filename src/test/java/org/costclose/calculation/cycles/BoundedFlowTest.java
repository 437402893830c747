package org.costclose.calculation.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedFlowTest {

    @Test
    void shouldKeepThePreferredAmountsWhenTheyAlreadyBalance() {
        BoundedFlow network = network(3, 10);
        network.edge(0, 1, 5, 6, 6);
        network.edge(0, 2, 4, 5, 4);
        network.edge(1, 2, 6, 6, 6);

        assertThat(network.solve()).containsExactly(6, 4, 6);
    }

    @Test
    void shouldMoveAsFewAmountsAsBalancingNeedsWhenTheNearestUnitsDoNotAddUp() {
        // 10 split three ways, 3⅓ each: the nearest units make 9, one edge goes up
        BoundedFlow network = network(2, 10);
        for (int k = 0; k < 3; k++) {
            network.edge(0, 1, 3, 4, 3);
        }

        long[] flow = network.solve();

        assertThat(flow).containsExactly(4, 3, 3);
    }

    @Test
    void shouldCarryNegativeAmountsWhenTheBoundsAreBelowZero() {
        BoundedFlow network = network(3, -4);
        network.edge(0, 1, -4, -3, -3);
        network.edge(1, 2, -4, -3, -4);

        assertThat(network.solve()).containsExactly(-4, -4);
    }

    @Test
    void shouldFindNoFlowWhenTheBoundsCannotMeetTheSupply() {
        BoundedFlow network = network(2, 10);
        network.edge(0, 1, 3, 4, 3);
        network.edge(0, 1, 3, 4, 3);

        assertThat(network.solve()).isNull();
    }

    @Test
    void shouldRepairAlongAPathOfAHundredThousandNodesWhenOnlyItsEndsAreOff() {
        int nodes = 100_000;
        BoundedFlow network = network(nodes, 1);
        for (int v = 0; v + 1 < nodes; v++) {
            network.edge(v, v + 1, 0, 1, 0);
        }

        assertThat(network.solve()).containsOnly(1);
    }

    /** {@code units} supplied at the first node and taken at the last */
    private static BoundedFlow network(int nodes, long units) {
        BoundedFlow network = new BoundedFlow(nodes);
        network.supply(0, units);
        network.supply(nodes - 1, -units);
        return network;
    }
}
