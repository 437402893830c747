package org.costclose.calculation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount of minor units by weights so that the parts add up exactly to the amount. Each part is
 * first the whole amount × weight / total weight rounded toward zero; the units left over go one each to the
 * parts with the largest remainders, the earlier part first when remainders are equal. The same input gives
 * the same parts, always.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /** weights must be non-negative with a positive sum */
    static long[] split(long amount, List<BigDecimal> weights) {
        int scale = weights.stream().mapToInt(weight -> Math.max(weight.scale(), 0)).max().orElse(0);
        BigInteger[] units = new BigInteger[weights.size()];
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < units.length; i++) {
            units[i] = weights.get(i).setScale(scale).unscaledValue();
            total = total.add(units[i]);
        }
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("the weights add up to " + total + ", not to a positive number");
        }
        BigInteger whole = BigInteger.valueOf(Math.abs(amount));
        long[] parts = new long[units.length];
        BigInteger[] remainders = new BigInteger[units.length];
        long given = 0;
        for (int i = 0; i < units.length; i++) {
            BigInteger[] division = whole.multiply(units[i]).divideAndRemainder(total);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += parts[i];
        }
        int left = (int) (Math.abs(amount) - given);
        if (left > 0) {
            Integer[] order = new Integer[units.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparing((Integer i) -> remainders[i]).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (int k = 0; k < left; k++) {
                parts[order[k]]++;
            }
        }
        if (amount < 0) {
            for (int i = 0; i < parts.length; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }
}
