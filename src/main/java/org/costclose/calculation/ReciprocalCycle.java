package org.costclose.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.costclose.calculation.cycles.ControlledRounding;
import org.costclose.calculation.cycles.CostCycle;
import org.costclose.calculation.cycles.UnsolvableCycleException;
import org.costclose.setup.model.StepKind;

/**
 * Solves one cycle of senders reciprocally: each member's total T_i = P_i + Σ_j s_ji · T_j, where P_i is
 * what its rule selects on it when the cycle's first rule runs and s_ji the share member j's basis gives
 * member i; every member then sends its whole T_i (what it received from the cycle included) by its basis.
 * Solved per source category and part (fixed, variable) to 30 decimals of a minor unit (shares to 50 digits),
 * then rounded to minor units as one whole ({@link ControlledRounding}): every posting (each flow s_ik · T_i
 * from a member to a receiver), every member's total and every outside receiver's receipt from the cycle is its
 * exact value rounded down or up, so less than one minor unit off, and exactly it where that is a whole number;
 * every member ends at exactly zero and what the receivers outside get adds up to Σ P_i. Each amount starts at
 * its nearest unit (half-even) and those on the shortest chains between what is off take their other unit until
 * all balances; the same input always gives the same cents. A member whose basis is zero for every receiver
 * while cost reaches it is an error, as it is outside a cycle.
 */
final class ReciprocalCycle {

    /** rounded down: a member's shares must never add up to more than all of its cost; 50 digits keep T_i exact to its scale */
    private static final MathContext SHARES = new MathContext(50, RoundingMode.DOWN);
    /** decimals of a minor unit the totals are solved to, far below {@link ControlledRounding#WHOLE} */
    private static final int TOTALS_SCALE = 30;
    /** digits of each share s_ik of an exact flow s_ik · T_i */
    private static final MathContext FLOWS = new MathContext(60, RoundingMode.HALF_EVEN);

    private final CalculationEngine engine;
    private final List<Node> members;
    private final Map<Node, PlannedRule> ruleOf;
    private final Map<Node, Integer> index = new HashMap<>();

    ReciprocalCycle(CalculationEngine engine, List<Node> members, Map<Node, PlannedRule> ruleOf) {
        this.engine = engine;
        this.members = members;
        this.ruleOf = ruleOf;
        for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i), i);
        }
    }

    /** the receivers of each member (itself excluded) with their weights */
    private record Sending(Node sender, PlannedRule rule, List<Node> receivers, List<BigDecimal> weights, BigDecimal total) {
    }

    void solve(Consumer<Posting> sink) {
        int n = members.size();
        List<Sending> sendings = new ArrayList<>();
        for (Node member : members) {
            PlannedRule rule = ruleOf.get(member);
            List<Node> receivers = rule.receivers().stream().filter(receiver -> !receiver.equals(member)).toList();
            List<BigDecimal> weights = engine.weights(rule, member, receivers);
            if (weights == null) {
                return;
            }
            BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            sendings.add(new Sending(member, rule, receivers, weights, total));
        }
        Map<String, long[][]> own = ownCost(sendings);
        CostCycle cycle = new CostCycle(n);
        for (Sending sending : sendings) {
            for (int k = 0; k < sending.receivers().size(); k++) {
                Integer to = index.get(sending.receivers().get(k));
                if (to != null && sending.weights().get(k).signum() > 0) {
                    cycle.flow(index.get(sending.sender()), to, sending.weights().get(k).divide(sending.total(), SHARES));
                }
            }
        }
        List<String> categories = new ArrayList<>(own.keySet());
        List<BigDecimal[]> columns = new ArrayList<>();
        for (String category : categories) {
            for (int part = 0; part < 2; part++) {
                BigDecimal[] column = new BigDecimal[n];
                for (int i = 0; i < n; i++) {
                    column[i] = BigDecimal.valueOf(own.get(category)[part][i]);
                }
                columns.add(column);
            }
        }
        List<BigDecimal[]> totals;
        try {
            totals = cycle.solver(TOTALS_SCALE).solve(columns);
        } catch (UnsolvableCycleException e) {
            engine.problem(ruleOf.get(members.get(0)), null, "these values pass all their cost around among each other"
                    + " and no receiver outside them absorbs any: " + e.members().stream().map(members::get)
                    .map(Node::toString).toList());
            return;
        }
        if (zeroBasis(sendings, totals)) {
            return;
        }
        ControlledRounding rounding = rounding(sendings);
        BigDecimal[][] shares = shares(sendings);
        for (int c = 0; c < categories.size(); c++) {
            long[][] fixed = rounding.round(own.get(categories.get(c))[0], totals.get(2 * c), flows(shares, totals.get(2 * c)));
            long[][] variable = rounding.round(own.get(categories.get(c))[1], totals.get(2 * c + 1),
                    flows(shares, totals.get(2 * c + 1)));
            post(sendings, categories.get(c), fixed, variable, sink);
        }
    }

    /** the rounding network's shape: each member's receivers as member indices or, outside, -1 - their number */
    private ControlledRounding rounding(List<Sending> sendings) {
        Map<Node, Integer> outside = new HashMap<>();
        int[][] receivers = new int[sendings.size()][];
        for (int i = 0; i < sendings.size(); i++) {
            List<Node> nodes = sendings.get(i).receivers();
            receivers[i] = new int[nodes.size()];
            for (int k = 0; k < nodes.size(); k++) {
                Integer member = index.get(nodes.get(k));
                receivers[i][k] = member != null ? member : -1 - outside.computeIfAbsent(nodes.get(k), node -> outside.size());
            }
        }
        return new ControlledRounding(sendings.size(), outside.size(), receivers);
    }

    /** [member][receiver position] the exact flow s_ik · T_i */
    private static BigDecimal[][] flows(BigDecimal[][] shares, BigDecimal[] totals) {
        BigDecimal[][] flows = new BigDecimal[shares.length][];
        for (int i = 0; i < shares.length; i++) {
            flows[i] = new BigDecimal[shares[i].length];
            for (int k = 0; k < flows[i].length; k++) {
                flows[i][k] = shares[i][k].multiply(totals[i]);
            }
        }
        return flows;
    }

    /** [member][receiver position] s_ik: the receiver's weight over the member's total weight, to 60 digits */
    private static BigDecimal[][] shares(List<Sending> sendings) {
        BigDecimal[][] shares = new BigDecimal[sendings.size()][];
        for (int i = 0; i < shares.length; i++) {
            Sending sending = sendings.get(i);
            shares[i] = new BigDecimal[sending.receivers().size()];
            for (int k = 0; k < shares[i].length; k++) {
                shares[i][k] = sending.total().signum() == 0 ? BigDecimal.ZERO : sending.weights().get(k).divide(sending.total(), FLOWS);
            }
        }
        return shares;
    }

    /** per source category: [part][member] the cost each member's rule selects on it now, in minor units */
    private Map<String, long[][]> ownCost(List<Sending> sendings) {
        Map<String, long[][]> own = new TreeMap<>();
        for (int i = 0; i < sendings.size(); i++) {
            for (CalculationEngine.Moved moved : engine.moved(sendings.get(i).rule().rule().moves(), members.get(i))) {
                long[][] parts = own.computeIfAbsent(moved.category(), key -> new long[2][members.size()]);
                parts[0][i] = moved.money().fixed();
                parts[1][i] = moved.money().variable();
            }
        }
        return own;
    }

    /** reports each member whose basis is zero for every receiver while cost reaches it; true if any */
    private boolean zeroBasis(List<Sending> sendings, List<BigDecimal[]> totals) {
        boolean any = false;
        for (int i = 0; i < sendings.size(); i++) {
            int member = i;
            Sending sending = sendings.get(i);
            if (sending.total().signum() == 0 && totals.stream().anyMatch(column -> column[member].signum() != 0)) {
                engine.problem(sending.rule(), sending.sender().value(), "the basis (" + engine.describeBasis(sending.rule())
                        + ") is zero for every receiver of " + sending.sender() + ", which receives cost in its cycle");
                any = true;
            }
        }
        return any;
    }

    private void post(List<Sending> sendings, String category, long[][] fixed, long[][] variable, Consumer<Posting> sink) {
        for (int i = 0; i < sendings.size(); i++) {
            Sending sending = sendings.get(i);
            boolean allocation = sending.rule().step().kind() == StepKind.ALLOCATION;
            for (int k = 0; k < sending.receivers().size(); k++) {
                Money part = new Money(fixed[i][k], variable[i][k]);
                if (!part.isZero()) {
                    engine.post(sending.rule(), sending.sender(), sending.receivers().get(k), category,
                            allocation ? sending.rule().rule().allocationCategory() : category,
                            allocation ? sending.rule().rule().offsetCategory() : category,
                            sending.weights().get(k), sending.total(), part, sink);
                }
            }
        }
    }
}
