package org.costclose.calculation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount of minor units by weights so that the parts add up exactly to the amount. Each part is
 * first the whole amount × weight / total weight rounded down; the units left over go one each to the parts
 * with the largest remainders, the earlier part first when remainders are equal. A negative amount is split as
 * its absolute value and the parts negated. The same input gives the same parts, always.
 *
 * <p>The calculation's weights are never negative. A lineage shares an amount among the parts of a balance,
 * credits among them: weights may then be negative as long as they do not add up to zero; each part is still
 * the exact share rounded down (toward minus infinity) plus at most one unit, which for non-negative weights is
 * the same split. The arithmetic is exact: in longs while the weights are non-negative and every product fits,
 * else in BigIntegers.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /** weights must not add up to zero */
    public static long[] split(long amount, long[] weights) {
        return split(amount, Arrays.stream(weights).mapToObj(BigDecimal::valueOf).toList());
    }

    /** weights must not add up to zero */
    static long[] split(long amount, List<BigDecimal> weights) {
        return new Weights(weights).split(amount);
    }

    /**
     * Weights made ready once to split many amounts (a sender's categories): the unscaled integers at their
     * common scale, their total, and whether they can take the split in longs.
     */
    static final class Weights {

        private final BigInteger[] units;
        private final BigInteger total;
        /** the units and total as longs when no weight is negative and the total fits in 62 bits, else null */
        private final long[] longUnits;
        private final int totalBits;

        /** weights must not add up to zero */
        Weights(List<BigDecimal> weights) {
            int scale = 0;
            for (BigDecimal weight : weights) {
                scale = Math.max(scale, weight.scale());
            }
            units = new BigInteger[weights.size()];
            BigInteger sum = BigInteger.ZERO;
            boolean negative = false;
            for (int i = 0; i < units.length; i++) {
                units[i] = weights.get(i).setScale(scale).unscaledValue();
                sum = sum.add(units[i]);
                negative |= units[i].signum() < 0;
            }
            if (sum.signum() == 0) {
                throw new IllegalArgumentException("the weights add up to zero: nothing decides the shares");
            }
            total = sum;
            totalBits = total.bitLength();
            // with no negative weight every unit is at most the total, so the total's size bounds every product
            if (negative || totalBits > Long.SIZE - 2) {
                longUnits = null;
            } else {
                longUnits = new long[units.length];
                for (int i = 0; i < units.length; i++) {
                    longUnits[i] = units[i].longValue();
                }
            }
        }

        long[] split(long amount) {
            long whole = Math.abs(amount);
            long[] parts = fitsLong(whole) ? splitLongs(whole, longUnits, total.longValue())
                    : splitBig(whole, units, total);
            if (amount < 0) {
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = -parts[i];
                }
            }
            return parts;
        }

        /** whether no weight is negative and |amount| × total, and so every product, stays below 2^62 */
        private boolean fitsLong(long whole) {
            return longUnits != null && totalBits <= Long.SIZE - 2 - (Long.SIZE - Long.numberOfLeadingZeros(whole));
        }
    }

    /** the same split in longs, when {@link Weights#fitsLong} */
    private static long[] splitLongs(long whole, long[] units, long total) {
        long[] parts = new long[units.length];
        long[] remainders = new long[units.length];
        long given = 0;
        for (int i = 0; i < units.length; i++) {
            long product = whole * units[i];
            parts[i] = product / total;
            remainders[i] = product % total;
            given += parts[i];
        }
        int left = (int) (whole - given);
        if (left > 0) {
            Integer[] order = new Integer[units.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> remainders[a] != remainders[b] ? Long.compare(remainders[b], remainders[a])
                    : Integer.compare(a, b));
            for (int k = 0; k < left; k++) {
                parts[order[k]]++;
            }
        }
        return parts;
    }

    /** the split in BigIntegers; weights of either sign, each part the exact share rounded toward minus infinity */
    private static long[] splitBig(long whole, BigInteger[] units, BigInteger total) {
        BigInteger amount = BigInteger.valueOf(whole);
        BigInteger sign = BigInteger.valueOf(total.signum());
        long[] parts = new long[units.length];
        BigInteger[] remainders = new BigInteger[units.length];
        long given = 0;
        for (int i = 0; i < units.length; i++) {
            // floor division: a negative weight's part rounds toward minus infinity, its remainder stays positive
            BigInteger[] division = amount.multiply(units[i].multiply(sign)).divideAndRemainder(total.abs());
            if (division[1].signum() < 0) {
                division[0] = division[0].subtract(BigInteger.ONE);
                division[1] = division[1].add(total.abs());
            }
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given = Math.addExact(given, parts[i]);
        }
        int left = (int) (whole - given);
        if (left > 0) {
            Integer[] order = new Integer[units.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparing((Integer i) -> remainders[i]).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (int k = 0; k < left; k++) {
                parts[order[k]]++;
            }
        }
        return parts;
    }
}
