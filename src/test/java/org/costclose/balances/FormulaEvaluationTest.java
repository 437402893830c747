package org.costclose.balances;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.costclose.setup.model.Formula;
import org.junit.jupiter.api.Test;

/** Formula.evaluate, which the balances added to the setup model. */
class FormulaEvaluationTest {

    @Test
    void shouldHonourPrecedenceParenthesesAndNegationWhenEvaluated() {
        Map<String, BigDecimal> values = Map.of("A", new BigDecimal("2"), "B", new BigDecimal("3"), "1_C", new BigDecimal("4"));

        assertThat(Formula.parse("A + B * 1_C").evaluate(values)).isEqualByComparingTo("14");
        assertThat(Formula.parse("(A + B) * 1_C").evaluate(values)).isEqualByComparingTo("20");
        assertThat(Formula.parse("-A - -B").evaluate(values)).isEqualByComparingTo("1");
        assertThat(Formula.parse("1_C / A / A * 2.5").evaluate(values)).isEqualByComparingTo("2.5");
        assertThat(Formula.parse("A / B").evaluate(values)).isEqualByComparingTo("0.6666666666666666666666666666666667");
    }

    @Test
    void shouldGiveNullWhenADivisorIsZeroOrAReferencedLineHasNoValue() {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put("A", BigDecimal.ONE);
        values.put("Z", new BigDecimal("0.00"));
        values.put("N", null);

        assertThat(Formula.parse("A / Z").evaluate(values)).isNull();
        assertThat(Formula.parse("A / (Z * 3) + 1").evaluate(values)).isNull();
        assertThat(Formula.parse("A + N").evaluate(values)).isNull();
        assertThat(Formula.parse("A + MISSING").evaluate(values)).isNull();
        assertThat(Formula.parse("Z / A").evaluate(values)).isEqualByComparingTo("0");
    }
}
