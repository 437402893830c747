package org.costclose.calculation.cycles;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The test's independent answer: {@code (I − Sᵀ) T = P} solved in exact rational arithmetic (fraction-free
 * Bareiss elimination on the integers {@code 10^k·A}, then back substitution in BigInteger fractions).
 */
final class ExactOracle {

    private ExactOracle() {
    }

    /** T rounded HALF_EVEN to {@code scale}; empty when the system is singular. */
    static Optional<BigDecimal[]> solve(CostCycle cycle, BigDecimal[] ownCosts, int scale) {
        int n = cycle.members();
        int shift = shareScale(cycle);
        BigInteger[][] a = new BigInteger[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigDecimal entry = (i == j ? BigDecimal.ONE : BigDecimal.ZERO).subtract(cycle.share(j, i));
                a[i][j] = entry.movePointRight(shift).toBigIntegerExact();
            }
            // both sides times 10^shift keeps the system equivalent; P has at most 2 decimals in the tests
            a[i][n] = ownCosts[i].movePointRight(shift + 2).toBigIntegerExact();
        }
        if (!eliminate(a, n)) {
            return Optional.empty();
        }
        BigInteger[] numerators = new BigInteger[n];
        BigInteger[] denominators = new BigInteger[n];
        for (int i = n - 1; i >= 0; i--) {
            // x_i = (b_i − Σ a_ij x_j) / a_ii with x_j = num_j / den_j
            BigInteger num = a[i][n];
            BigInteger den = BigInteger.ONE;
            for (int j = i + 1; j < n; j++) {
                num = num.multiply(denominators[j]).subtract(a[i][j].multiply(numerators[j]).multiply(den));
                den = den.multiply(denominators[j]);
                BigInteger g = num.gcd(den);
                if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                    num = num.divide(g);
                    den = den.divide(g);
                }
            }
            den = den.multiply(a[i][i]);
            BigInteger g = num.gcd(den);
            numerators[i] = num.divide(g.signum() == 0 ? BigInteger.ONE : g);
            denominators[i] = den.divide(g.signum() == 0 ? BigInteger.ONE : g);
        }
        BigDecimal[] totals = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            totals[i] = new BigDecimal(numerators[i]).movePointLeft(2)
                    .divide(new BigDecimal(denominators[i]), scale, RoundingMode.HALF_EVEN);
        }
        return Optional.of(totals);
    }

    /** Bareiss with row swaps; false when a column has no non-zero pivot (singular). */
    private static boolean eliminate(BigInteger[][] a, int n) {
        BigInteger previous = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            int pivot = k;
            while (pivot < n && a[pivot][k].signum() == 0) {
                pivot++;
            }
            if (pivot == n) {
                return false;
            }
            BigInteger[] t = a[k];
            a[k] = a[pivot];
            a[pivot] = t;
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j <= n; j++) {
                    a[i][j] = a[i][j].multiply(a[k][k]).subtract(a[i][k].multiply(a[k][j])).divide(previous);
                }
                a[i][k] = BigInteger.ZERO;
            }
            previous = a[k][k];
        }
        return true;
    }

    private static int shareScale(CostCycle cycle) {
        int scale = 0;
        for (int from = 0; from < cycle.members(); from++) {
            for (BigDecimal share : cycle.sharesFrom(from).values()) {
                scale = Math.max(scale, share.stripTrailingZeros().scale());
            }
        }
        return scale;
    }
}
