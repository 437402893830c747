package org.costclose.calculation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.costclose.calculation.ExactReciprocal.Fraction;

/**
 * The services of a {@link RandomPlant.Shape#ONE_CYCLE} plant solved exactly, per source category and part, with
 * the bound {@link ReciprocalCycle} guarantees for what it posts. The cycle is solved where its first rule runs,
 * before anything moved, so P_i is the input.
 *
 * <p>The bound follows from how ReciprocalCycle rounds: member j sends s_j = T_j rounded (|s_j − T_j| ≤ ½), split
 * by largest remainder (each flow less than 1 from s_j·s_jk), so what member i receives from the cycle is off by
 * less than ρ_i = Σ (1 + s_ji/2) over the members j sending to it, and its first leftover by less than
 * L_i = ½ + ρ_i. A member with a receiver outside sends its leftover there; one without passes it on through
 * members towards one that has, each unit once past any member. So a member's total is off by less than ρ_i plus
 * the leftovers of the other members without a receiver outside (Λ), and a production center's receipt by less
 * than Λ + Σ (1 + s_ir/2 + L_i) over the members sending to it.
 */
final class OneCycleSolution {

    private static final Fraction HALF = new Fraction(BigInteger.ONE, BigInteger.TWO);
    private static final List<String> CATEGORIES = List.of(RandomPlant.WAGES, RandomPlant.MATERIAL);

    /** a node's exact amount in a column and the bound on how far the engine's cents may be from it */
    record Expected(String node, Fraction exact, Fraction bound) {
    }

    private final RandomPlant plant;
    private final List<String> members;
    private final Fraction[][] shares;
    private final List<Map<String, Fraction>> outside = new ArrayList<>();
    private final Fraction[] leftover;
    private Fraction travelling = Fraction.ZERO;
    private final Fraction[][] totals;

    OneCycleSolution(RandomPlant plant) {
        this.plant = plant;
        this.members = plant.services;
        int n = members.size();
        shares = new Fraction[n][n];
        for (int j = 0; j < n; j++) {
            Arrays.fill(shares[j], Fraction.ZERO);
            shares(j);
        }
        leftover = new Fraction[n];
        for (int i = 0; i < n; i++) {
            leftover[i] = HALF.plus(receivedRounding(i));
            travelling = outside.get(i).isEmpty() ? travelling.plus(leftover[i]) : travelling;
        }
        Fraction[][] own = new Fraction[2 * CATEGORIES.size()][n];
        for (int c = 0; c < own.length; c++) {
            for (int i = 0; i < n; i++) {
                own[c][i] = Fraction.of(plant.selected(plant.ruleOf(members.get(i)), members.get(i), CATEGORIES.get(c / 2), c % 2 == 0));
            }
        }
        totals = ExactReciprocal.solve(shares, own);
    }

    /** the members, then the production centers, of one column */
    List<Expected> column(String category, boolean fixed) {
        Fraction[] column = totals[2 * CATEGORIES.indexOf(category) + (fixed ? 0 : 1)];
        List<Expected> expected = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Fraction others = outside.get(i).isEmpty() ? travelling.minus(leftover[i]) : travelling;
            expected.add(new Expected(members.get(i), column[i], receivedRounding(i).plus(others)));
        }
        for (String production : plant.productions) {
            Fraction receipt = Fraction.ZERO;
            Fraction bound = travelling;
            for (int i = 0; i < members.size(); i++) {
                Fraction share = outside.get(i).getOrDefault(production, Fraction.ZERO);
                receipt = receipt.plus(share.times(column[i]));
                bound = share.isZero() ? bound : bound.plus(Fraction.ONE).plus(share.times(HALF)).plus(leftover[i]);
            }
            expected.add(new Expected(production, receipt, bound));
        }
        return expected;
    }

    /** member j's shares: to members into {@link #shares}, to receivers outside the cycle into {@link #outside} */
    private void shares(int j) {
        String sender = members.get(j);
        RandomPlant.Rule rule = plant.ruleOf(sender);
        BigDecimal total = rule.receivers().stream().map(receiver -> plant.weight(rule, sender, receiver))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Fraction> out = new HashMap<>();
        for (String receiver : rule.receivers()) {
            Fraction share = Fraction.of(plant.weight(rule, sender, receiver)).dividedBy(Fraction.of(total));
            int to = members.indexOf(receiver);
            if (to >= 0) {
                shares[j][to] = shares[j][to].plus(share);
            } else if (!share.isZero()) {
                out.merge(receiver, share, Fraction::plus);
            }
        }
        outside.add(out);
    }

    /** ρ_i: how far what member i receives from the other members may be from exact */
    private Fraction receivedRounding(int i) {
        Fraction rounding = Fraction.ZERO;
        for (Fraction[] from : shares) {
            rounding = from[i].isZero() ? rounding : rounding.plus(Fraction.ONE).plus(from[i].times(HALF));
        }
        return rounding;
    }
}
