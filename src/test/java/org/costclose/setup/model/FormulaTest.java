package org.costclose.setup.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormulaTest {

    @Test
    void shouldNormalizeSpacingAndParenthesesWhenParsed() {
        assertThat(Formula.parse("3_TC/3_TO").toString()).isEqualTo("3_TC / 3_TO");
        assertThat(Formula.parse("((A + B)) * (C - (D - E)) / 100").toString()).isEqualTo("(A + B) * (C - (D - E)) / 100");
        assertThat(Formula.parse("-(A+B)*2.5").toString()).isEqualTo("-(A + B) * 2.5");
    }

    @Test
    void shouldListReferencedLinesOnceWhenALineAppearsTwice() {
        assertThat(Formula.parse("A / (A + 1_B) * 12").references()).containsExactly("A", "1_B");
    }

    @Test
    void shouldNameThePositionWhenTheFormulaCannotBeParsed() {
        assertThatThrownBy(() -> Formula.parse("A + * B")).hasMessage("unexpected '*' at position 5");
        assertThatThrownBy(() -> Formula.parse("(A + B")).hasMessage("missing ')' at position 7");
        assertThatThrownBy(() -> Formula.parse("A B")).hasMessage("unexpected 'B' at position 3");
        assertThatThrownBy(() -> Formula.parse("A.B")).hasMessageContaining("neither a number nor a line id");
    }
}
