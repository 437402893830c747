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
import java.util.function.Predicate;
import org.costclose.calculation.cycles.CostCycle;
import org.costclose.calculation.cycles.UnsolvableCycleException;
import org.costclose.setup.model.StepKind;

/**
 * Solves one cycle of senders reciprocally: each member's total T_i = P_i + Σ_j s_ji · T_j, where P_i is
 * what its rule selects on it when the cycle's first rule runs and s_ji the share member j's basis gives
 * member i; every member then sends its whole T_i (what it received from the cycle included) by its basis.
 * Solved exactly per source category and part (fixed, variable), then rounded to minor units: each member's
 * total half-even, split by largest remainder, and the few units of rounding a member would keep are sent on
 * to its largest receiver outside the cycle (or, lacking one, to its largest member receiver among those
 * nearest to a member that has one, so the units leave the cycle), so every member ends at exactly zero and
 * the postings sum to zero. So a member's total is the exact T_i up to the rounding of what it receives (less than
 * 1 + s_ji/2 units from each member j sending to it) and the leftovers passed through it; a receiver outside gets
 * its exact share up to the same per-flow rounding and the leftovers sent to it. A member whose basis is zero for
 * every receiver while cost reaches it is an error, as it is outside a cycle.
 */
final class ReciprocalCycle {

    /** 34 digits like DECIMAL128, rounded down: a member's shares must never add up to more than all of its cost */
    private static final MathContext SHARES = new MathContext(34, RoundingMode.DOWN);

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
            totals = cycle.solve(columns);
        } catch (UnsolvableCycleException e) {
            engine.problem(ruleOf.get(members.get(0)), null, "these values pass all their cost around among each other"
                    + " and no receiver outside them absorbs any: " + e.members().stream().map(members::get)
                    .map(Node::toString).toList());
            return;
        }
        if (zeroBasis(sendings, totals)) {
            return;
        }
        int[] roundingTo = roundingReceivers(sendings);
        for (int c = 0; c < categories.size(); c++) {
            long[][] fixed = flows(sendings, totals.get(2 * c), own.get(categories.get(c))[0], roundingTo);
            long[][] variable = flows(sendings, totals.get(2 * c + 1), own.get(categories.get(c))[1], roundingTo);
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
    private long[][] flows(List<Sending> sendings, BigDecimal[] exact, long[] own, int[] roundingTo) {
        int n = members.size();
        long[][] flows = new long[n][];
        for (int i = 0; i < n; i++) {
            long send = exact[i].setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            Sending sending = sendings.get(i);
            flows[i] = send == 0 || sending.total().signum() == 0 ? new long[sending.receivers().size()]
                    : LargestRemainder.split(send, sending.weights());
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
                    int k = roundingTo[i];
                    if (k < 0) {
                        throw new IllegalStateException("no way out of the cycle for " + members.get(i));
                    }
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

    /**
     * Per member, the receiver (its position) that takes the units of rounding the member would keep: the largest
     * receiver outside the cycle; lacking one, the largest member receiver one step nearer to a member that has
     * one. The first on a tie. In a solvable cycle every member reaches such a member.
     */
    private int[] roundingReceivers(List<Sending> sendings) {
        int n = members.size();
        int[] distance = new int[n];
        int[] chosen = new int[n];
        for (int i = 0; i < n; i++) {
            chosen[i] = largestReceiver(sendings.get(i), to -> to == null);
            distance[i] = chosen[i] >= 0 ? 0 : Integer.MAX_VALUE;
        }
        boolean nearing = true;
        for (int step = 1; step < n && nearing; step++) {
            int nearer = step - 1;
            nearing = false;
            for (int i = 0; i < n; i++) {
                if (distance[i] == Integer.MAX_VALUE) {
                    chosen[i] = largestReceiver(sendings.get(i), to -> to != null && distance[to] == nearer);
                    distance[i] = chosen[i] >= 0 ? step : distance[i];
                    nearing |= chosen[i] >= 0;
                }
            }
        }
        return chosen;
    }

    /** the position of the receiver with the largest positive weight whose member index (null outside) passes; -1 if none */
    private int largestReceiver(Sending sending, Predicate<Integer> memberIndex) {
        int best = -1;
        for (int k = 0; k < sending.receivers().size(); k++) {
            if (memberIndex.test(index.get(sending.receivers().get(k))) && sending.weights().get(k).signum() > 0
                    && (best < 0 || sending.weights().get(k).compareTo(sending.weights().get(best)) > 0)) {
                best = k;
            }
        }
        return best;
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
