package org.costclose.calculation.cycles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Rounds a solved cycle's exact flows to whole minor units so that every rounded amount is its exact value rounded
 * down or up, and the amounts still balance: controlled rounding as an integral flow ({@link BoundedFlow}).
 *
 * <p>The network: each member i gets its own cost P_i (whole units) and passes its total T_i (member-in to
 * member-out, bounds ⌊T_i⌋..⌈T_i⌉) on to its receivers, each flow f_ik = s_ik·T_i within ⌊f_ik⌋..⌈f_ik⌉; a member
 * receiver's flow enters that member, an outside receiver's goes on to one sink with bounds ⌊R⌋..⌈R⌉ on the
 * receiver's receipt R = Σ_i f_ik, and the sink takes Σ P_i. The exact solution is a feasible flow of this
 * network, so an integral one exists (integrality of flows with integral bounds); the search starts every amount
 * at its nearest unit (half-even) and moves the amounts on shortest residual paths to their other unit until all
 * balances. An exact value that is a whole number (within {@link #WHOLE} of one, far below what the solver's
 * precision can blur) is pinned there.
 */
public final class ControlledRounding {

    /** an exact value this close to a whole number is that number */
    public static final BigDecimal WHOLE = new BigDecimal("1E-20");
    private static final BigDecimal ALMOST_ONE = BigDecimal.ONE.subtract(WHOLE);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final int members;
    private final int outside;
    private final int[][] receivers;

    /**
     * @param members   the cycle's members, 0..members-1
     * @param outside   the receivers outside the cycle, 0..outside-1
     * @param receivers {@code receivers[i][k]}: member i's k-th receiver, a member's index, or {@code -1 - r} for
     *                  the outside receiver r
     */
    public ControlledRounding(int members, int outside, int[][] receivers) {
        this.members = members;
        this.outside = outside;
        this.receivers = receivers;
    }

    /**
     * @param own    P_i, whole units
     * @param totals T_i, exact far beyond a unit
     * @param flows  {@code flows[i][k]}: what member i sends its k-th receiver, exact likewise
     * @return {@code [i][k]} the whole units member i sends its k-th receiver
     * @throws IllegalStateException when the totals and flows do not solve the cycle (then no rounding balances)
     */
    public long[][] round(long[] own, BigDecimal[] totals, BigDecimal[][] flows) {
        if (Arrays.stream(own).allMatch(units -> units == 0)) {
            // no cost in the cycle: T = 0 solves it, and only that
            return Arrays.stream(receivers).map(sent -> new long[sent.length]).toArray(long[][]::new);
        }
        long[][] rounded = round(own, totals, flows, false);
        if (rounded == null) {
            // only if a value within WHOLE of a whole number is not one in truth: then ⌊x − WHOLE⌋..⌈x + WHOLE⌉
            rounded = round(own, totals, flows, true);
        }
        if (rounded == null) {
            throw new IllegalStateException("no rounding of the cycle's flows balances: they do not solve its equations");
        }
        return rounded;
    }

    private long[][] round(long[] own, BigDecimal[] totals, BigDecimal[][] flows, boolean widened) {
        int sink = 2 * members + outside;
        BoundedFlow network = new BoundedFlow(sink + 1);
        long all = 0;
        for (int i = 0; i < members; i++) {
            network.supply(i, own[i]);
            all = Math.addExact(all, own[i]);
            edge(network, i, members + i, totals[i], widened);
        }
        network.supply(sink, -all);
        BigDecimal[] receipts = new BigDecimal[outside];
        Arrays.fill(receipts, BigDecimal.ZERO);
        int[][] edges = new int[members][];
        for (int i = 0; i < members; i++) {
            edges[i] = new int[receivers[i].length];
            for (int k = 0; k < receivers[i].length; k++) {
                int receiver = receivers[i][k];
                if (receiver < 0) {
                    receipts[-1 - receiver] = receipts[-1 - receiver].add(flows[i][k]);
                }
                edges[i][k] = flows[i][k].signum() == 0 ? -1
                        : edge(network, members + i, receiver >= 0 ? receiver : 2 * members - 1 - receiver, flows[i][k], widened);
            }
        }
        for (int r = 0; r < outside; r++) {
            edge(network, 2 * members + r, sink, receipts[r], widened);
        }
        long[] solved = network.solve();
        if (solved == null) {
            return null;
        }
        long[][] rounded = new long[members][];
        for (int i = 0; i < members; i++) {
            rounded[i] = new long[edges[i].length];
            for (int k = 0; k < edges[i].length; k++) {
                rounded[i][k] = edges[i][k] < 0 ? 0 : solved[edges[i][k]];
            }
        }
        return rounded;
    }

    /** an edge carrying {@code exact} rounded down or up, preferably to the nearer (half-even), pinned where it is whole */
    private static int edge(BoundedFlow network, int from, int to, BigDecimal exact, boolean widened) {
        BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
        long down = floor.longValueExact();
        BigDecimal fraction = exact.subtract(floor);
        int half = fraction.compareTo(HALF);
        long preferred = half > 0 || half == 0 && (down & 1) != 0 ? down + 1 : down;
        if (widened) {
            return network.edge(from, to, exact.subtract(WHOLE).setScale(0, RoundingMode.FLOOR).longValueExact(),
                    exact.add(WHOLE).setScale(0, RoundingMode.CEILING).longValueExact(), preferred);
        }
        if (fraction.compareTo(WHOLE) <= 0 || fraction.compareTo(ALMOST_ONE) >= 0) {
            return network.edge(from, to, preferred, preferred, preferred);
        }
        return network.edge(from, to, down, down + 1, preferred);
    }
}
