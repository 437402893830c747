package org.costclose.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** CSV numbers do not depend on the scale a database returns (H2 sums at .00, PostgreSQL at .0000). */
class CsvReportTest {

    @Test
    void shouldWriteAnAmountAtTheCurrencysMinorUnitWhateverItsScale() {
        assertThat(CsvReport.plain(new BigDecimal("-477833.0000"), Figure.AMOUNT, 2)).isEqualTo("-477833.00");
        assertThat(CsvReport.plain(new BigDecimal("-477833.00"), Figure.AMOUNT, 2)).isEqualTo("-477833.00");
        assertThat(CsvReport.plain(new BigDecimal("1E+3"), Figure.AMOUNT, 0)).isEqualTo("1000");
    }

    @Test
    void shouldKeepEveryDigitOfAnAmountFinerThanTheMinorUnitRatherThanRoundIt() {
        assertThat(CsvReport.plain(new BigDecimal("0.3333"), Figure.AMOUNT, 2)).isEqualTo("0.3333");
    }

    @Test
    void shouldWriteOtherFiguresWithoutTrailingZeros() {
        assertThat(CsvReport.plain(new BigDecimal("6000.000000"), Figure.QUANTITY, 2)).isEqualTo("6000");
        assertThat(CsvReport.plain(new BigDecimal("111.305000"), Figure.RATE, 2)).isEqualTo("111.305");
        assertThat(CsvReport.plain(new BigDecimal("80.00"), Figure.PERCENT, 2)).isEqualTo("80");
        assertThat(CsvReport.plain(null, Figure.RATE, 2)).isEmpty();
    }
}
