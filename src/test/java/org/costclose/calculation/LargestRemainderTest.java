package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
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

    private static List<BigDecimal> weights(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
