package org.costclose.calculation.cycles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random cost networks for the property tests, reproducible from a seed. */
final class RandomNetworks {

    private RandomNetworks() {
    }

    /**
     * Each member passes a random total (sometimes all of it) in 1..{@code maxReceivers} random shares of 2 to
     * 4 decimals; members may send to themselves. Such a network may contain a closed group.
     */
    static CostCycle network(int members, int maxReceivers, Random random) {
        CostCycle cycle = new CostCycle(members);
        for (int from = 0; from < members; from++) {
            int decimals = 2 + random.nextInt(3);
            int unit = (int) Math.pow(10, decimals);
            int passedUnits = random.nextInt(5) == 0 ? unit : random.nextInt(unit + 1);
            List<Integer> receivers = pick(members, 1 + random.nextInt(maxReceivers), random);
            spread(cycle, from, receivers, passedUnits, decimals, random);
        }
        return cycle;
    }

    /** Like {@link #network} but every member outside {@code closed} leaks at least 1 %; the group keeps all. */
    static CostCycle networkWithClosedGroup(int members, List<Integer> closed, Random random) {
        CostCycle cycle = new CostCycle(members);
        for (int from = 0; from < members; from++) {
            if (closed.contains(from)) {
                continue;
            }
            int passedUnits = random.nextInt(9901); // at most 0.9900: at least 1 % leaves
            spread(cycle, from, pick(members, 1 + random.nextInt(5), random), passedUnits, 4, random);
        }
        for (int k = 0; k < closed.size(); k++) {
            int from = closed.get(k);
            int next = closed.get((k + 1) % closed.size());
            // the ring through the group keeps it strongly connected; the rest goes anywhere inside it
            List<Integer> receivers = new ArrayList<>(List.of(next));
            receivers.add(closed.get(random.nextInt(closed.size())));
            spread(cycle, from, receivers.stream().distinct().toList(), 10_000, 4, random);
        }
        return cycle;
    }

    static BigDecimal[] ownCosts(int members, Random random) {
        BigDecimal[] costs = new BigDecimal[members];
        for (int i = 0; i < members; i++) {
            long cents = random.nextInt(4) == 0 ? 0 : (long) (random.nextDouble() * 2_000_000_000L) - 200_000_000L;
            costs[i] = BigDecimal.valueOf(cents, 2);
        }
        return costs;
    }

    private static List<Integer> pick(int members, int count, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(count, members));
    }

    /** Splits {@code units} (of 10^-decimals) among the receivers, each getting at least one unit. */
    private static void spread(CostCycle cycle, int from, List<Integer> receivers, int units, int decimals,
                               Random random) {
        int left = units;
        for (int k = 0; k < receivers.size() && left > 0; k++) {
            boolean last = k == receivers.size() - 1;
            int part = last ? left : 1 + random.nextInt(left);
            cycle.flow(from, receivers.get(k), BigDecimal.valueOf(part, decimals));
            left -= part;
        }
    }
}
