package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The split in longs (when products fit) gives exactly the parts of the split by definition in BigIntegers, also
 * with zero weights left out and the weights made ready once for several amounts.
 */
class LargestRemainderPropertiesTest {

    @Property(tries = 500)
    void shouldSplitAsTheDefinitionSaysWhenAmountsAndWeightsAreSmallOrHuge(
            @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long amount,
            @ForAll @IntRange(min = 1, max = 40) int receivers, @ForAll long seed) {
        List<BigDecimal> weights = weights(new Random(seed), receivers);

        assertThat(LargestRemainder.split(amount, weights)).containsExactly(byDefinition(amount, weights));
    }

    /**
     * The engine splits a sender's cost among the receivers of a positive weight only, with weights made ready
     * once for all its categories: each receiver's part is the one of the split among all receivers, and a
     * zero-weight receiver's part is zero.
     */
    @Property(tries = 500)
    void shouldGiveTheSamePartsWhenZeroWeightsAreLeftOutAndTheWeightsReused(
            @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long amount,
            @ForAll @IntRange(min = 1, max = 40) int receivers, @ForAll long seed) {
        List<BigDecimal> weights = weights(new Random(seed), receivers);
        List<BigDecimal> positive = weights.stream().filter(weight -> weight.signum() > 0).toList();
        var prepared = new LargestRemainder.Weights(positive);

        long[] all = byDefinition(amount, weights);
        for (long each : new long[] {amount, amount / 7, -amount / 3, 1}) {
            long[] parts = prepared.split(each);
            long[] expected = each == amount ? all : byDefinition(each, weights);
            int k = 0;
            for (int i = 0; i < weights.size(); i++) {
                assertThat(weights.get(i).signum() > 0 ? parts[k++] : 0L).isEqualTo(expected[i]);
            }
        }
    }

    /** zeros, ties, small and huge weights, scales 0 to 8, at least one positive */
    private static List<BigDecimal> weights(Random random, int receivers) {
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < receivers; i++) {
            BigInteger unscaled = switch (random.nextInt(4)) {
                case 0 -> BigInteger.ZERO;
                case 1 -> BigInteger.valueOf(random.nextInt(3) + 1);
                case 2 -> BigInteger.valueOf(random.nextLong() >>> 20);
                default -> new BigInteger(90, random);
            };
            weights.add(new BigDecimal(unscaled, random.nextInt(9)));
        }
        weights.set(random.nextInt(receivers), BigDecimal.valueOf(random.nextInt(1000) + 1));
        return weights;
    }

    private static long[] byDefinition(long amount, List<BigDecimal> weights) {
        int scale = weights.stream().mapToInt(BigDecimal::scale).max().orElse(0);
        BigInteger[] units = weights.stream().map(weight -> weight.setScale(scale).unscaledValue()).toArray(BigInteger[]::new);
        BigInteger total = Arrays.stream(units).reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger whole = BigInteger.valueOf(amount).abs();
        long[] parts = new long[units.length];
        BigInteger[] remainders = new BigInteger[units.length];
        long left = whole.longValueExact();
        for (int i = 0; i < units.length; i++) {
            BigInteger[] division = whole.multiply(units[i]).divideAndRemainder(total);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            left -= parts[i];
        }
        Integer[] order = new Integer[units.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        return Arrays.stream(parts).map(part -> amount < 0 ? -part : part).toArray();
    }
}
