package org.costclose.calculation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The test's own answer to the reciprocal equations {@code T_i = P_i + Σ_j s_ji · T_j}: shares are exact fractions
 * (a receiver's weight over the sender's total weight) and the system is solved by Gauss-Jordan elimination on
 * BigInteger fractions, with no rounding anywhere.
 */
final class ExactReciprocal {

    private ExactReciprocal() {
    }

    /** A reduced fraction with a positive denominator. */
    record Fraction(BigInteger num, BigInteger den) {

        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
        static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

        Fraction {
            if (den.signum() == 0) {
                throw new ArithmeticException("division by zero");
            }
            BigInteger gcd = num.gcd(den);
            gcd = den.signum() < 0 ? gcd.negate() : gcd;
            if (gcd.signum() != 0) {
                num = num.divide(gcd);
                den = den.divide(gcd);
            }
        }

        static Fraction of(BigDecimal value) {
            return value.scale() >= 0 ? new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                    : new Fraction(value.toBigIntegerExact(), BigInteger.ONE);
        }

        static Fraction of(long value) {
            return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
        }

        Fraction plus(Fraction other) {
            return new Fraction(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
        }

        Fraction minus(Fraction other) {
            return plus(new Fraction(other.num.negate(), other.den));
        }

        Fraction times(Fraction other) {
            return new Fraction(num.multiply(other.num), den.multiply(other.den));
        }

        Fraction dividedBy(Fraction other) {
            return new Fraction(num.multiply(other.den), den.multiply(other.num));
        }

        boolean isZero() {
            return num.signum() == 0;
        }

        /** the largest whole number not above it */
        BigInteger floor() {
            return num.subtract(num.mod(den)).divide(den);
        }

        /** the smallest whole number not below it */
        BigInteger ceiling() {
            return num.mod(den).signum() == 0 ? floor() : floor().add(BigInteger.ONE);
        }

        BigDecimal toDecimal(int scale) {
            return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * @param shares {@code shares[j][i]} = s_ji, the share of member j's total that member i receives
     * @param own    {@code own[c][i]} = P_i of column c (a source category and part), any number of columns
     * @return T per column, or null when the system is singular
     */
    static Fraction[][] solve(Fraction[][] shares, Fraction[][] own) {
        int n = shares.length;
        int width = n + own.length;
        Fraction[][] a = new Fraction[n][width];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? Fraction.ONE : Fraction.ZERO).minus(shares[j][i]);
            }
            for (int c = 0; c < own.length; c++) {
                a[i][n + c] = own[c][i];
            }
        }
        for (int k = 0; k < n; k++) {
            int pivot = k;
            while (pivot < n && a[pivot][k].isZero()) {
                pivot++;
            }
            if (pivot == n) {
                return null;
            }
            Fraction[] row = a[k];
            a[k] = a[pivot];
            a[pivot] = row;
            for (int i = 0; i < n; i++) {
                if (i != k && !a[i][k].isZero()) {
                    Fraction factor = a[i][k].dividedBy(a[k][k]);
                    for (int j = k; j < width; j++) {
                        a[i][j] = a[i][j].minus(factor.times(a[k][j]));
                    }
                }
            }
        }
        Fraction[][] totals = new Fraction[own.length][n];
        for (int c = 0; c < own.length; c++) {
            for (int i = 0; i < n; i++) {
                totals[c][i] = a[i][n + c].dividedBy(a[i][i]);
            }
        }
        return totals;
    }
}
