package org.costclose.calculation.cycles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A network of members (cost centers, cost pools) that pass shares of their total cost to each other:
 * the reciprocal method's simultaneous equations
 * <pre>  T_i = P_i + Σ_j s_ji · T_j        for every member i = 0..n-1</pre>
 * where {@code P_i} is member i's own (primary) cost, {@code T_i} its total cost and {@code s_ji} the share
 * of member j's total that member i receives. What a member does not pass to members,
 * {@code leak_j = 1 − Σ_i s_ji}, leaves the cycle to receivers outside it (production, cost objects).
 *
 * <p>Build the network with {@link #flow}, then {@link #solver()} factorizes it once and solves any number of
 * own-cost columns (per cost category, fixed and variable part, …). Not thread-safe while being built; the
 * solver it returns is immutable.
 */
public final class CostCycle {

    /** Decimal places of the totals unless a solver is asked for another scale. */
    public static final int DEFAULT_SCALE = 12;

    private final int members;
    private final List<TreeMap<Integer, BigDecimal>> sharesBySender;
    private final BigDecimal[] passedOn;

    /** A network of {@code members} members, numbered {@code 0..members-1}, with no flows yet. */
    public CostCycle(int members) {
        if (members < 0) {
            throw new IllegalArgumentException("a cycle cannot have " + members + " members");
        }
        this.members = members;
        this.sharesBySender = new ArrayList<>(members);
        this.passedOn = new BigDecimal[members];
        for (int i = 0; i < members; i++) {
            sharesBySender.add(new TreeMap<>());
            passedOn[i] = BigDecimal.ZERO;
        }
    }

    public int members() {
        return members;
    }

    /**
     * Member {@code to} receives {@code share} (0 &lt; share ≤ 1) of member {@code from}'s total cost. A second
     * flow between the same two members adds to the first. A member may send to itself (a department that
     * uses its own service); the shares a member passes on must not add up to more than 1.
     *
     * @return this network, to chain flows
     */
    public CostCycle flow(int from, int to, BigDecimal share) {
        checkMember(from);
        checkMember(to);
        Objects.requireNonNull(share, "share");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share " + share.toPlainString() + " from member " + from
                    + " to member " + to + " is not in (0, 1]");
        }
        BigDecimal total = passedOn[from].add(share);
        if (total.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("member " + from + " would pass on " + total.toPlainString()
                    + " of its cost, more than all of it");
        }
        passedOn[from] = total;
        sharesBySender.get(from).merge(to, share, BigDecimal::add);
        return this;
    }

    /** The share of {@code from}'s total that {@code to} receives; zero when there is no flow. */
    public BigDecimal share(int from, int to) {
        checkMember(from);
        checkMember(to);
        return sharesBySender.get(from).getOrDefault(to, BigDecimal.ZERO);
    }

    /** The share of the member's total that leaves the cycle: 1 − Σ of the shares it passes to members. */
    public BigDecimal leak(int member) {
        checkMember(member);
        return BigDecimal.ONE.subtract(passedOn[member]);
    }

    /** The receivers of each member with their shares, ascending by receiver; a snapshot. */
    Map<Integer, BigDecimal> sharesFrom(int member) {
        return new TreeMap<>(sharesBySender.get(member));
    }

    /** Factorizes the network as it is now, for totals at {@link #DEFAULT_SCALE} decimals. */
    public ReciprocalSolver solver() {
        return solver(DEFAULT_SCALE);
    }

    /**
     * Factorizes the network as it is now; later flows do not change the returned solver.
     *
     * @param scale decimal places of the totals, 0..30
     * @throws UnsolvableCycleException when a group of members passes all its cost among itself
     */
    public ReciprocalSolver solver(int scale) {
        return new ReciprocalSolver(this, scale);
    }

    /** Shortcut for one column: {@code solver().solve(ownCosts)}. */
    public BigDecimal[] solve(BigDecimal[] ownCosts) {
        return solver().solve(ownCosts);
    }

    /** Shortcut for many columns, factorizing once: {@code solver().solve(ownCostColumns)}. */
    public List<BigDecimal[]> solve(List<BigDecimal[]> ownCostColumns) {
        return solver().solve(ownCostColumns);
    }

    private void checkMember(int member) {
        if (member < 0 || member >= members) {
            throw new IndexOutOfBoundsException("member " + member + " is not in 0.." + (members - 1));
        }
    }
}
