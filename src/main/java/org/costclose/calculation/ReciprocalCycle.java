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
import org.costclose.calculation.cycles.CostCycle;
import org.costclose.calculation.cycles.UnsolvableCycleException;
import org.costclose.setup.model.StepKind;

/**
 * Solves one cycle of senders reciprocally: each member's total T_i = P_i + Σ_j s_ji · T_j, where P_i is
 * what its rule selects on it when the cycle's first rule runs and s_ji the share member j's basis gives
 * member i; every member then sends its whole T_i (what it received from the cycle included) by its basis.
 * Solved exactly per source category and part (fixed, variable), then rounded to minor units: each member's
 * total half-even, split by largest remainder, and the few units of rounding a member would keep are sent on
 * to its largest receiver outside the cycle (or, lacking one, its largest member receiver, and so on), so
 * every member ends at exactly zero and the postings sum to zero.
 */
final class ReciprocalCycle {

    private static final MathContext SHARES = MathContext.DECIMAL128;

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

    /**
     * the receivers of each member (itself excluded) with their weights, their shares and the weights made ready
     * for splits (null when they add up to zero)
     */
    private record Sending(Node sender, PlannedRule rule, List<Node> receivers, List<BigDecimal> weights, BigDecimal total,
            List<BigDecimal> shares, LargestRemainder.Weights split) {

        Sending(Node sender, PlannedRule rule, List<Node> receivers, List<BigDecimal> weights, BigDecimal total) {
            this(sender, rule, receivers, weights, total, total.signum() == 0 ? null
                    : weights.stream().map(weight -> CalculationEngine.share(weight, total)).toList(),
                    total.signum() == 0 ? null : new LargestRemainder.Weights(weights));
        }
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
            totals = cycle.solve(columns);
        } catch (UnsolvableCycleException e) {
            engine.problem(ruleOf.get(members.get(0)), null, "these values pass all their cost around among each other"
                    + " and no receiver outside them absorbs any: " + e.members().stream().map(members::get)
                    .map(Node::toString).toList());
            return;
        }
        for (int c = 0; c < categories.size(); c++) {
            long[][] fixed = flows(sendings, totals.get(2 * c), own.get(categories.get(c))[0]);
            long[][] variable = flows(sendings, totals.get(2 * c + 1), own.get(categories.get(c))[1]);
            post(sendings, categories.get(c), fixed, variable, sink);
        }
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

    /** [member][receiver position] the minor units each member sends to each of its receivers, clearing every member */
    private long[][] flows(List<Sending> sendings, BigDecimal[] exact, long[] own) {
        int n = members.size();
        long[][] flows = new long[n][];
        for (int i = 0; i < n; i++) {
            long send = exact[i].setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            Sending sending = sendings.get(i);
            flows[i] = send == 0 || sending.total().signum() == 0 ? new long[sending.receivers().size()]
                    : sending.split().split(send);
        }
        long[] left = new long[n];
        for (int i = 0; i < n; i++) {
            left[i] += own[i];
            for (int k = 0; k < flows[i].length; k++) {
                left[i] -= flows[i][k];
                Integer to = index.get(sendings.get(i).receivers().get(k));
                if (to != null) {
                    left[to] += flows[i][k];
                }
            }
        }
        for (int round = 0; round <= n * n && anyLeft(left); round++) {
            for (int i = 0; i < n; i++) {
                if (left[i] != 0 && sendings.get(i).total().signum() > 0) {
                    int k = largestReceiver(sendings.get(i));
                    flows[i][k] += left[i];
                    Integer to = index.get(sendings.get(i).receivers().get(k));
                    if (to != null) {
                        left[to] += left[i];
                    }
                    left[i] = 0;
                }
            }
        }
        return flows;
    }

    private static boolean anyLeft(long[] left) {
        for (long units : left) {
            if (units != 0) {
                return true;
            }
        }
        return false;
    }

    /** the receiver with the largest weight outside the cycle, else inside it; the first on a tie */
    private int largestReceiver(Sending sending) {
        int best = -1;
        for (boolean outside : new boolean[] {true, false}) {
            for (int k = 0; k < sending.receivers().size(); k++) {
                boolean isOutside = !index.containsKey(sending.receivers().get(k));
                if (isOutside == outside && sending.weights().get(k).signum() > 0
                        && (best < 0 || sending.weights().get(k).compareTo(sending.weights().get(best)) > 0)) {
                    best = k;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        throw new IllegalStateException("a member of a solvable cycle sends to someone");
    }

    private void post(List<Sending> sendings, String category, long[][] fixed, long[][] variable, Consumer<Posting> sink) {
        for (int i = 0; i < sendings.size(); i++) {
            Sending sending = sendings.get(i);
            boolean allocation = sending.rule().step().kind() == StepKind.ALLOCATION;
            for (int k = 0; k < sending.receivers().size(); k++) {
                Money part = new Money(fixed[i][k], variable[i][k]);
                if (!part.isZero()) {
                    engine.postShare(sending.rule(), sending.sender(), sending.receivers().get(k), category,
                            allocation ? sending.rule().rule().allocationCategory() : category,
                            allocation ? sending.rule().rule().offsetCategory() : category,
                            sending.weights().get(k), sending.shares().get(k), null, part, sink);
                }
            }
        }
    }
}
