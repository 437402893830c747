package org.costclose.calculation.cycles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Solves a {@link CostCycle}'s equations {@code T = P + Sᵀ T} for any number of own-cost columns P, exactly
 * up to the stated scale. Immutable and thread-safe.
 *
 * <p>Method: a double-precision factorization of {@code I − Sᵀ} ({@link BlockFactorization}) gives a first
 * solution; iterative refinement then computes each residual {@code P − (I − Sᵀ) T} exactly in BigDecimal and
 * adds the factorization's correction, until the correction is below {@code 10^-(scale+6)} and shrinking.
 * The result is that exact rational solution rounded once, HALF_EVEN, to {@code scale} decimals:
 * {@code |T_i − T*_i| ≤ 0.5·10^-scale + 10^-(scale+5)}. The same input always gives the same digits.
 */
public final class ReciprocalSolver {

    private static final int GUARD_DIGITS = 8;
    private static final int STOP_DIGITS = 6;
    private static final int MOST_REFINEMENTS = 60;

    private final int members;
    private final int scale;
    private final int[][] senders;
    private final BigDecimal[][] shares;
    private final BlockFactorization factorization;
    private final BigDecimal negligibleCorrection;

    ReciprocalSolver(CostCycle cycle, int scale) {
        if (scale < 0 || scale > 30) {
            throw new IllegalArgumentException("scale " + scale + " is not in 0..30");
        }
        this.members = cycle.members();
        this.scale = scale;
        this.senders = new int[members][];
        this.shares = new BigDecimal[members][];
        int[][] receivers = collectFlows(cycle);
        List<int[]> components = StronglyConnectedComponents.all(receivers);
        ClosedGroups.check(components, receivers, cycle);
        this.factorization = new BlockFactorization(components, senders, sharesAsDoubles());
        this.negligibleCorrection = BigDecimal.ONE.movePointLeft(scale + STOP_DIGITS);
    }

    public int members() {
        return members;
    }

    /** Decimal places of the totals returned. */
    public int scale() {
        return scale;
    }

    /**
     * The total costs T for one column of own costs P.
     *
     * @param ownCosts {@code ownCosts[i]} = P_i, one per member
     * @return {@code T_i} at {@link #scale()} decimals, one per member
     * @throws UnsolvableCycleException when refinement does not converge (a nearly closed group)
     */
    public BigDecimal[] solve(BigDecimal[] ownCosts) {
        if (ownCosts.length != members) {
            throw new IllegalArgumentException(ownCosts.length + " own costs given for " + members + " members");
        }
        int workingScale = scale + GUARD_DIGITS;
        BigDecimal[] totals = new BigDecimal[members];
        Arrays.fill(totals, BigDecimal.ZERO);
        BigDecimal previous = null;
        for (int round = 0; round < MOST_REFINEMENTS; round++) {
            double[] correction = residual(ownCosts, totals);
            factorization.solveInPlace(correction);
            BigDecimal largest = BigDecimal.ZERO;
            for (int i = 0; i < members; i++) {
                BigDecimal step = new BigDecimal(correction[i]).setScale(workingScale, RoundingMode.HALF_EVEN);
                totals[i] = totals[i].add(step);
                largest = largest.max(step.abs());
            }
            if (largest.compareTo(negligibleCorrection) <= 0) {
                return rounded(totals);
            }
            if (previous != null && largest.add(largest).compareTo(previous) > 0) {
                break; // corrections no longer halve: the factorization is too coarse for this cycle
            }
            previous = largest;
        }
        throw new UnsolvableCycleException(List.of(asList(allMembers())),
                "reciprocal equations are too close to singular to solve to " + scale + " decimals");
    }

    /** The total costs for many columns at once (per cost category, fixed/variable), one result per column. */
    public List<BigDecimal[]> solve(List<BigDecimal[]> ownCostColumns) {
        List<BigDecimal[]> totals = new ArrayList<>(ownCostColumns.size());
        for (BigDecimal[] column : ownCostColumns) {
            totals.add(solve(column));
        }
        return totals;
    }

    /** P − (I − Sᵀ)·T, exact, as doubles for the factorization. */
    private double[] residual(BigDecimal[] ownCosts, BigDecimal[] totals) {
        double[] residual = new double[members];
        for (int i = 0; i < members; i++) {
            BigDecimal value = ownCosts[i].subtract(totals[i]);
            for (int s = 0; s < senders[i].length; s++) {
                value = value.add(shares[i][s].multiply(totals[senders[i][s]]));
            }
            residual[i] = value.doubleValue();
        }
        return residual;
    }

    private BigDecimal[] rounded(BigDecimal[] totals) {
        BigDecimal[] result = new BigDecimal[members];
        for (int i = 0; i < members; i++) {
            result[i] = totals[i].setScale(scale, RoundingMode.HALF_EVEN);
        }
        return result;
    }

    /** Fills {@link #senders} and {@link #shares}; returns each member's receivers for the graph search. */
    private int[][] collectFlows(CostCycle cycle) {
        List<List<Integer>> sendersOf = new ArrayList<>();
        List<List<BigDecimal>> sharesOf = new ArrayList<>();
        int[][] receivers = new int[members][];
        for (int i = 0; i < members; i++) {
            sendersOf.add(new ArrayList<>());
            sharesOf.add(new ArrayList<>());
        }
        for (int from = 0; from < members; from++) {
            Map<Integer, BigDecimal> out = cycle.sharesFrom(from);
            receivers[from] = out.keySet().stream().mapToInt(Integer::intValue).toArray();
            for (Map.Entry<Integer, BigDecimal> flow : out.entrySet()) {
                sendersOf.get(flow.getKey()).add(from);
                sharesOf.get(flow.getKey()).add(flow.getValue());
            }
        }
        for (int i = 0; i < members; i++) {
            senders[i] = sendersOf.get(i).stream().mapToInt(Integer::intValue).toArray();
            shares[i] = sharesOf.get(i).toArray(BigDecimal[]::new);
        }
        return receivers;
    }

    private double[][] sharesAsDoubles() {
        double[][] asDoubles = new double[members][];
        for (int i = 0; i < members; i++) {
            asDoubles[i] = Arrays.stream(shares[i]).mapToDouble(BigDecimal::doubleValue).toArray();
        }
        return asDoubles;
    }

    private int[] allMembers() {
        int[] all = new int[members];
        Arrays.setAll(all, i -> i);
        return all;
    }

    static List<Integer> asList(int[] members) {
        return Arrays.stream(members).boxed().toList();
    }
}
