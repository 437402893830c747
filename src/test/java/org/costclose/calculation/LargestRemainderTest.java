package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void shouldGiveTheLeftOverCentToTheLargestRemainderWhenOneEuroIsSplitInThree() {
        assertThat(LargestRemainder.split(100, weights("1", "1", "1"))).containsExactly(34, 33, 33);
        assertThat(LargestRemainder.split(100, weights("1", "2", "1"))).containsExactly(25, 50, 25);
        // 1.00 × 0.3 / 0.7 = 42.857…, × 0.4 / 0.7 = 57.142…: the larger remainder (.857) takes the cent
        assertThat(LargestRemainder.split(100, weights("0.3", "0.4"))).containsExactly(43, 57);
    }

    @Test
    void shouldMirrorThePositiveSplitWhenTheAmountIsACredit() {
        assertThat(LargestRemainder.split(-100, weights("1", "1", "1"))).containsExactly(-34, -33, -33);
    }

    @Test
    void shouldAddUpToTheAmountWhenWeightsAreUneven() {
        long[] parts = LargestRemainder.split(533_300, weights("8400", "6000", "1800", "0.001"));

        assertThat(Arrays.stream(parts).sum()).isEqualTo(533_300);
        assertThat(parts[3]).isZero();
    }

    @Test
    void shouldGiveNothingToAZeroWeightWhenOthersCarryTheShares() {
        assertThat(LargestRemainder.split(7, weights("0", "1", "1"))).containsExactly(0, 4, 3);
    }

    @Test
    void shouldShareInProportionToSignedPartsWhenABalanceHoldsCredits() {
        // a balance of 20 made of 30 received and 10 sent on: a lineage's 10 of it is 15 received, -5 sent
        assertThat(LargestRemainder.split(10, new long[] {30, -10})).containsExactly(15, -5);
        assertThat(LargestRemainder.split(-10, new long[] {-30, 10})).containsExactly(-15, 5);
        assertThat(LargestRemainder.split(-1, new long[] {1, 1})).containsExactly(-1, 0);
    }

    @Test
    void shouldRefuseWhenTheWeightsAddUpToZero() {
        assertThatThrownBy(() -> LargestRemainder.split(7, new long[] {5, -5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero");
    }

    @Property
    void shouldAddUpExactlyAndStayWithinAUnitOfTheExactShareWhenWeightsAreSigned(
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long amount,
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = -10_000_000L, max = 10_000_000L) Long> weights) {
        long total = weights.stream().mapToLong(Long::longValue).sum();
        Assume.that(total != 0);

        long[] parts = LargestRemainder.split(amount, weights.stream().mapToLong(Long::longValue).toArray());

        assertThat(Arrays.stream(parts).sum()).isEqualTo(amount);
        for (int i = 0; i < parts.length; i++) {
            BigDecimal exact = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(weights.get(i)))
                    .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_EVEN);
            assertThat(BigDecimal.valueOf(parts[i]).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    private static List<BigDecimal> weights(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
