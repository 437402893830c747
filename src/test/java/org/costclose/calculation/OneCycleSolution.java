package org.costclose.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.costclose.calculation.ExactReciprocal.Fraction;

/**
 * The services of a {@link RandomPlant.Shape#ONE_CYCLE} plant solved exactly, per source category and part: each
 * member's total T_i, each flow s_ik · T_i from a member to one of its receivers, and each production center's
 * receipt from the cycle, all as fractions. The cycle is solved where its first rule runs, before anything moved,
 * so P_i is the input.
 */
final class OneCycleSolution {

    private static final List<String> CATEGORIES = List.of(RandomPlant.WAGES, RandomPlant.MATERIAL);

    /** what one member sends one receiver, exactly */
    record Flow(String sender, String receiver, Fraction exact) {
    }

    /** one source category and part: totals by member, receipts by production center, every flow */
    record Column(Map<String, Fraction> totals, Map<String, Fraction> receipts, List<Flow> flows) {
    }

    private final RandomPlant plant;
    private final List<String> members;
    /** [member][receiver] the member's share to each receiver with a positive weight, in the rule's order */
    private final List<Map<String, Fraction>> shares = new ArrayList<>();
    private final Fraction[][] totals;

    OneCycleSolution(RandomPlant plant) {
        this.plant = plant;
        this.members = plant.services;
        int n = members.size();
        Fraction[][] memberShares = new Fraction[n][n];
        for (int j = 0; j < n; j++) {
            Arrays.fill(memberShares[j], Fraction.ZERO);
            shares.add(shares(members.get(j)));
            for (Map.Entry<String, Fraction> share : shares.get(j).entrySet()) {
                int to = members.indexOf(share.getKey());
                if (to >= 0) {
                    memberShares[j][to] = share.getValue();
                }
            }
        }
        Fraction[][] own = new Fraction[2 * CATEGORIES.size()][n];
        for (int c = 0; c < own.length; c++) {
            for (int i = 0; i < n; i++) {
                own[c][i] = Fraction.of(plant.selected(plant.ruleOf(members.get(i)), members.get(i), CATEGORIES.get(c / 2), c % 2 == 0));
            }
        }
        totals = ExactReciprocal.solve(memberShares, own);
    }

    Column column(String category, boolean fixed) {
        Fraction[] column = totals[2 * CATEGORIES.indexOf(category) + (fixed ? 0 : 1)];
        Map<String, Fraction> memberTotals = new LinkedHashMap<>();
        Map<String, Fraction> receipts = new LinkedHashMap<>();
        plant.productions.forEach(production -> receipts.put(production, Fraction.ZERO));
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            memberTotals.put(members.get(i), column[i]);
            for (Map.Entry<String, Fraction> share : shares.get(i).entrySet()) {
                Fraction flow = share.getValue().times(column[i]);
                flows.add(new Flow(members.get(i), share.getKey(), flow));
                receipts.computeIfPresent(share.getKey(), (production, receipt) -> receipt.plus(flow));
            }
        }
        return new Column(memberTotals, receipts, flows);
    }

    /** the member's shares: each receiver's weight over the member's total weight, the member itself excluded */
    private Map<String, Fraction> shares(String sender) {
        RandomPlant.Rule rule = plant.ruleOf(sender);
        List<String> receivers = rule.receivers().stream().filter(receiver -> !receiver.equals(sender)).toList();
        BigDecimal total = receivers.stream().map(receiver -> plant.weight(rule, sender, receiver))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Fraction> out = new LinkedHashMap<>();
        for (String receiver : receivers) {
            BigDecimal weight = plant.weight(rule, sender, receiver);
            if (weight.signum() != 0) {
                out.merge(receiver, Fraction.of(weight).dividedBy(Fraction.of(total)), Fraction::plus);
            }
        }
        return out;
    }
}
