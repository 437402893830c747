package org.costclose.calculation.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Random cycles ({@link RandomNetworks}) whose members pass what they keep on to a few receivers outside, solved
 * by the solver, rounded, and compared with {@link ExactOracle}'s rational solution: every rounded flow, member
 * total and outside receipt is the exact value rounded down or up, and the units balance at every member.
 */
class ControlledRoundingTest {

    private static final int ORACLE_SCALE = 40;

    /** a cycle with its outside receivers: receivers[i][k] as {@link ControlledRounding} takes them, shares alike */
    private record Network(CostCycle cycle, int outside, int[][] receivers, BigDecimal[][] shares) {
    }

    @Property(tries = 200)
    void shouldRoundEveryAmountDownOrUpWhenTheCycleIsSolvable(@ForAll @IntRange(min = 2, max = 40) int members,
            @ForAll @IntRange(min = 1, max = 12) int outside, @ForAll long seed) {
        Random random = new Random(seed);
        Network network = network(RandomNetworks.network(members, 5, random), outside, random);
        BigDecimal[] ownCosts = RandomNetworks.ownCosts(members, random);
        Optional<BigDecimal[]> exact = ExactOracle.solve(network.cycle(), ownCosts, ORACLE_SCALE);
        if (exact.isEmpty()) {
            return;
        }
        long[] own = cents(ownCosts);

        long[][] rounded = round(network, ownCosts);

        assertBalancedAndRounded(network, own, rounded, inCents(exact.get()));
    }

    @Test
    void shouldPinEveryAmountWhenTheExactSolutionIsWholeThoughTheSharesAreNot() {
        // each of two members serves the other a third of its total, the rest leaves to its own receiver outside:
        // P = (8.00, 0) gives T = (9.00, 3.00), and 3.00, 6.00, 1.00 and 2.00 move; thirds at 50 digits miss them
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), new MathContext(50, RoundingMode.DOWN));
        BigDecimal twoThirds = BigDecimal.ONE.subtract(third);
        CostCycle cycle = new CostCycle(2).flow(0, 1, third).flow(1, 0, third);
        Network network = new Network(cycle, 2, new int[][] {{1, -1}, {0, -2}},
                new BigDecimal[][] {{third, twoThirds}, {third, twoThirds}});

        long[][] rounded = round(network, new BigDecimal[] {new BigDecimal("8.00"), BigDecimal.ZERO});

        assertThat(rounded).isDeepEqualTo(new long[][] {{300, 600}, {100, 200}});
    }

    @Test
    void shouldRoundAThousandMembersWithAHundredReceiversOutsideEachWhenTheCycleIsLarge() {
        Random random = new Random(7);
        int members = 1000;
        Network network = network(RandomNetworks.network(members, 4, random), 5000, random, 100);
        BigDecimal[] ownCosts = RandomNetworks.ownCosts(members, random);

        long[][] rounded = round(network, ownCosts);

        // the solver's totals (30 decimals) stand in for the exact ones: the oracle is too slow for a thousand
        assertBalancedAndRounded(network, cents(ownCosts), rounded, inCents(network.cycle().solver(30).solve(ownCosts)));
    }

    /** the network's flows rounded, the totals solved to 30 decimals as the engine does */
    private static long[][] round(Network network, BigDecimal[] ownCosts) {
        BigDecimal[] totals = inCents(network.cycle().solver(30).solve(ownCosts));
        return new ControlledRounding(ownCosts.length, network.outside(), network.receivers())
                .round(cents(ownCosts), totals, flows(network, totals));
    }

    private static long[] cents(BigDecimal[] amounts) {
        return Arrays.stream(amounts).mapToLong(amount -> amount.movePointRight(2).longValueExact()).toArray();
    }

    private static BigDecimal[] inCents(BigDecimal[] amounts) {
        return Arrays.stream(amounts).map(amount -> amount.movePointRight(2)).toArray(BigDecimal[]::new);
    }

    /** every member's units balance, every amount is its exact value (from exactCents, T in cents) rounded down or up */
    private static void assertBalancedAndRounded(Network network, long[] own, long[][] rounded, BigDecimal[] exactCents) {
        int members = own.length;
        long[] balance = own.clone();
        long[] receipts = new long[network.outside()];
        BigDecimal[] exactReceipts = new BigDecimal[network.outside()];
        Arrays.fill(exactReceipts, BigDecimal.ZERO);
        for (int i = 0; i < members; i++) {
            long sent = 0;
            for (int k = 0; k < rounded[i].length; k++) {
                BigDecimal flow = network.shares()[i][k].multiply(exactCents[i]);
                assertRounded(rounded[i][k], flow, "flow " + i + "/" + k);
                sent += rounded[i][k];
                int receiver = network.receivers()[i][k];
                if (receiver >= 0) {
                    balance[receiver] += rounded[i][k];
                } else {
                    receipts[-1 - receiver] += rounded[i][k];
                    exactReceipts[-1 - receiver] = exactReceipts[-1 - receiver].add(flow);
                }
            }
            assertRounded(sent, exactCents[i], "total of " + i);
            balance[i] -= sent;
        }
        assertThat(balance).containsOnly(0);
        for (int r = 0; r < receipts.length; r++) {
            assertRounded(receipts[r], exactReceipts[r], "receipt of " + r);
        }
        assertThat(Arrays.stream(receipts).sum()).isEqualTo(Arrays.stream(own).sum());
    }

    /** within 1E-30 of a whole number counts as whole: the oracle's 40 decimals are far finer */
    private static void assertRounded(long units, BigDecimal exact, String what) {
        BigDecimal whole = exact.setScale(0, RoundingMode.HALF_EVEN);
        if (exact.subtract(whole).abs().compareTo(new BigDecimal("1E-30")) <= 0) {
            assertThat(units).as("%s: exact %s", what, exact).isEqualTo(whole.longValueExact());
        } else {
            assertThat(units).as("%s: exact %s", what, exact).isBetween(exact.setScale(0, RoundingMode.FLOOR).longValueExact(),
                    exact.setScale(0, RoundingMode.CEILING).longValueExact());
        }
    }

    private static BigDecimal[][] flows(Network network, BigDecimal[] totals) {
        BigDecimal[][] flows = new BigDecimal[totals.length][];
        for (int i = 0; i < totals.length; i++) {
            flows[i] = new BigDecimal[network.shares()[i].length];
            for (int k = 0; k < flows[i].length; k++) {
                flows[i][k] = network.shares()[i][k].multiply(totals[i]);
            }
        }
        return flows;
    }

    private static Network network(CostCycle cycle, int outside, Random random) {
        return network(cycle, outside, random, 3);
    }

    /** what each member keeps (its leak) goes to 1..most random outside receivers in shares of 6 decimals */
    private static Network network(CostCycle cycle, int outside, Random random, int most) {
        int members = cycle.members();
        int[][] receivers = new int[members][];
        BigDecimal[][] shares = new BigDecimal[members][];
        for (int i = 0; i < members; i++) {
            List<Integer> to = new ArrayList<>();
            List<BigDecimal> share = new ArrayList<>();
            for (Map.Entry<Integer, BigDecimal> flow : cycle.sharesFrom(i).entrySet()) {
                to.add(flow.getKey());
                share.add(flow.getValue());
            }
            long left = cycle.leak(i).movePointRight(6).longValueExact();
            int count = 1 + random.nextInt(most);
            for (int k = 0; k < count && left > 0; k++) {
                long part = k == count - 1 ? left : 1 + (long) (random.nextDouble() * left);
                to.add(-1 - random.nextInt(outside));
                share.add(BigDecimal.valueOf(part, 6));
                left -= part;
            }
            receivers[i] = to.stream().mapToInt(Integer::intValue).toArray();
            shares[i] = share.toArray(BigDecimal[]::new);
        }
        return new Network(cycle, outside, receivers, shares);
    }
}
