package org.costclose.setup.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdRangeTest {

    @Test
    void shouldCompareAsNumbersWhenBothIdsAreNumeric() {
        assertThat(new IdRange("9", "100").contains("10")).isTrue();
        assertThat(new IdRange("500000", "599999").contains("6")).isFalse();
    }

    @Test
    void shouldCompareAsTextWhenAnIdIsNotNumeric() {
        assertThat(new IdRange("CC-A", "CC-Z").contains("CC-CPwg")).isTrue();
        assertThat(new IdRange("500000", "599999").overlaps(new IdRange("599999", "700000"))).isTrue();
    }
}
