package org.costclose.calculation.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReciprocalSolverTest {

    @Test
    void shouldReturnOwnCostsWhenNoMemberPassesAnything() {
        CostCycle cycle = new CostCycle(2);

        BigDecimal[] totals = cycle.solve(new BigDecimal[] {new BigDecimal("10.00"), new BigDecimal("-3.50")});

        assertThat(totals).containsExactly(new BigDecimal("10.000000000000"), new BigDecimal("-3.500000000000"));
    }

    @Test
    void shouldRoundHalfEvenAtTheRequestedScaleWhenTotalsDoNotTerminate() {
        // a department using a quarter of its own service: T = 100 / 0.75 = 133.333…
        CostCycle cycle = new CostCycle(1).flow(0, 0, new BigDecimal("0.25"));

        BigDecimal[] totals = cycle.solver(2).solve(new BigDecimal[] {new BigDecimal("100.00")});

        assertThat(totals).containsExactly(new BigDecimal("133.33"));
    }

    @Test
    void shouldSolveEveryColumnWhenGivenMany() {
        CostCycle cycle = new CostCycle(2)
                .flow(0, 1, new BigDecimal("0.5"))
                .flow(1, 0, new BigDecimal("0.5"));
        ReciprocalSolver solver = cycle.solver();

        List<BigDecimal[]> totals = solver.solve(List.of(
                new BigDecimal[] {new BigDecimal("75"), BigDecimal.ZERO},
                new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("75")}));

        // T0 = 75 + T1/2, T1 = T0/2  →  T0 = 100, T1 = 50
        assertThat(totals.get(0)).containsExactly(new BigDecimal("100.000000000000"), new BigDecimal("50.000000000000"));
        assertThat(totals.get(1)).containsExactly(new BigDecimal("50.000000000000"), new BigDecimal("100.000000000000"));
    }

    @Test
    void shouldNameEveryClosedGroupWhenSeveralKeepAllTheirCost() {
        CostCycle cycle = new CostCycle(6)
                .flow(0, 1, new BigDecimal("0.5"))
                .flow(1, 2, BigDecimal.ONE)
                .flow(2, 1, BigDecimal.ONE)
                .flow(3, 3, BigDecimal.ONE)
                .flow(4, 5, new BigDecimal("0.9"))
                .flow(5, 4, BigDecimal.ONE);

        assertThatThrownBy(cycle::solver)
                .isInstanceOfSatisfying(UnsolvableCycleException.class, e -> {
                    assertThat(e.members()).containsExactly(1, 2, 3);
                    assertThat(e.groups()).containsExactlyInAnyOrder(List.of(1, 2), List.of(3));
                    assertThat(e.getMessage()).contains("members [1, 2]", "members [3]");
                });
    }

    @Test
    void shouldRejectTheGroupWhenItsLeakIsBelowDoublePrecision() {
        // two thirds as 0.5 + 0.4999…: the group keeps all but 10^-19, which no double can see
        CostCycle cycle = new CostCycle(3)
                .flow(0, 1, new BigDecimal("0.5"))
                .flow(0, 2, new BigDecimal("0.4999999999999999999"))
                .flow(1, 0, BigDecimal.ONE)
                .flow(2, 0, BigDecimal.ONE);

        assertThatThrownBy(cycle::solver)
                .isInstanceOfSatisfying(UnsolvableCycleException.class,
                        e -> assertThat(e.members()).containsExactly(0, 1, 2));
    }

    @Test
    void shouldRejectSharesThatPassOnMoreThanEverythingWhenAdded() {
        CostCycle cycle = new CostCycle(3).flow(0, 1, new BigDecimal("0.6"));

        assertThatThrownBy(() -> cycle.flow(0, 2, new BigDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.1");
        assertThatThrownBy(() -> cycle.flow(0, 2, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cycle.flow(0, 3, new BigDecimal("0.1"))).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void shouldLeaveAResidualBelowTheScaleWhenTwoThousandMembersSendToFiveOthers() {
        int members = 2_000;
        Random random = new Random(20_000);
        CostCycle cycle = new CostCycle(members);
        for (int from = 0; from < members; from++) {
            for (int k = 0; k < 5; k++) {
                int to = random.nextInt(members);
                cycle.flow(from, to, BigDecimal.valueOf(1 + random.nextInt(1_900), 4)); // ≤ 0.19 each, ≥ 5 % leaks
            }
        }
        BigDecimal[] ownCosts = RandomNetworks.ownCosts(members, random);

        BigDecimal[] totals = cycle.solve(ownCosts);

        BigDecimal largestResidual = BigDecimal.ZERO;
        for (int i = 0; i < members; i++) {
            BigDecimal received = BigDecimal.ZERO;
            for (int j = 0; j < members; j++) {
                BigDecimal share = cycle.share(j, i);
                if (share.signum() != 0) {
                    received = received.add(share.multiply(totals[j]));
                }
            }
            largestResidual = largestResidual.max(ownCosts[i].add(received).subtract(totals[i]).abs());
        }
        // rounding each total to 12 decimals leaves at most (1 + Σ shares) · 0.5·10^-12 per equation
        assertThat(largestResidual).isLessThan(new BigDecimal("1E-11"));
    }
}
