package org.costclose.calculation.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the reciprocal solver on random networks. The networks come from a jqwik-chosen seed so a
 * failure is reproducible; the oracle is exact rational elimination ({@link ExactOracle}).
 */
class CostCyclePropertiesTest {

    private static final int SCALE = CostCycle.DEFAULT_SCALE;
    private static final BigDecimal ONE_UNIT_AT_SCALE = BigDecimal.ONE.movePointLeft(SCALE);

    @Property(tries = 200)
    void shouldEqualTheExactRationalSolutionWhenNetworkIsSolvable(@ForAll @IntRange(min = 2, max = 40) int members,
                                                                  @ForAll long seed) {
        Random random = new Random(seed);
        CostCycle cycle = RandomNetworks.network(members, 5, random);
        BigDecimal[] ownCosts = RandomNetworks.ownCosts(members, random);

        Optional<BigDecimal[]> exact = ExactOracle.solve(cycle, ownCosts, SCALE);

        if (exact.isEmpty()) {
            // singular exactly when the solver finds a closed group: structural and exact checks agree
            assertThatThrownBy(() -> cycle.solve(ownCosts)).isInstanceOf(UnsolvableCycleException.class);
            return;
        }
        BigDecimal[] totals = cycle.solve(ownCosts);
        for (int i = 0; i < members; i++) {
            assertThat(totals[i].scale()).isEqualTo(SCALE);
            assertThat(totals[i]).isCloseTo(exact.get()[i], within(ONE_UNIT_AT_SCALE));
        }
    }

    @Property(tries = 200)
    void shouldConserveCostWhenWhatLeaksEqualsWhatWasPutIn(@ForAll @IntRange(min = 2, max = 40) int members,
                                                            @ForAll long seed) {
        Random random = new Random(seed);
        CostCycle cycle = solvable(members, random);
        BigDecimal[] ownCosts = RandomNetworks.ownCosts(members, random);

        BigDecimal[] totals = cycle.solve(ownCosts);

        BigDecimal putIn = BigDecimal.ZERO;
        BigDecimal leftCycle = BigDecimal.ZERO;
        for (int i = 0; i < members; i++) {
            putIn = putIn.add(ownCosts[i]);
            leftCycle = leftCycle.add(cycle.leak(i).multiply(totals[i]));
        }
        // each total is within half a unit at the scale; the leaks add up to at most n
        assertThat(leftCycle).isCloseTo(putIn, within(ONE_UNIT_AT_SCALE.multiply(BigDecimal.valueOf(members))));
    }

    @Property(tries = 100)
    void shouldGiveTheSameDigitsWhenSolvedTwice(@ForAll @IntRange(min = 2, max = 40) int members,
                                                @ForAll long seed) {
        CostCycle first = solvable(members, new Random(seed));
        CostCycle second = solvable(members, new Random(seed));
        BigDecimal[] ownCosts = RandomNetworks.ownCosts(members, new Random(seed + 1));

        assertThat(second.solve(ownCosts)).containsExactly(first.solve(ownCosts));
    }

    @Property(tries = 50)
    void shouldSolveEachColumnAsAloneWhenManyColumnsShareOneFactorization(
            @ForAll @IntRange(min = 2, max = 40) int members, @ForAll long seed) {
        Random random = new Random(seed);
        CostCycle cycle = solvable(members, random);
        List<BigDecimal[]> columns = List.of(RandomNetworks.ownCosts(members, random),
                RandomNetworks.ownCosts(members, random), RandomNetworks.ownCosts(members, random));

        List<BigDecimal[]> together = cycle.solver().solve(columns);

        for (int c = 0; c < columns.size(); c++) {
            assertThat(together.get(c)).containsExactly(cycle.solve(columns.get(c)));
        }
    }

    @Property(tries = 200)
    void shouldNameExactlyTheClosedMembersWhenAGroupKeepsAllItsCost(
            @ForAll @IntRange(min = 2, max = 40) int members, @ForAll @IntRange(min = 1, max = 6) int groupSize,
            @ForAll long seed) {
        Random random = new Random(seed);
        List<Integer> everyone = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            everyone.add(i);
        }
        Collections.shuffle(everyone, random);
        List<Integer> closed = everyone.subList(0, Math.min(groupSize, members)).stream().sorted().toList();
        CostCycle cycle = RandomNetworks.networkWithClosedGroup(members, closed, random);

        assertThatThrownBy(cycle::solver)
                .isInstanceOfSatisfying(UnsolvableCycleException.class, e -> {
                    assertThat(e.members()).isEqualTo(closed);
                    assertThat(e.groups()).containsExactly(closed);
                });
    }

    /** A random network where every member leaks, so it is always solvable. */
    private static CostCycle solvable(int members, Random random) {
        return RandomNetworks.networkWithClosedGroup(members, List.of(), random);
    }
}
