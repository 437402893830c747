package org.costclose.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reports' FreeMarker is strict and escapes; figures read as finance writes them. */
class ReportTemplatesTest {

    private final ReportTemplates templates = new ReportTemplates();
    private final FigureFormat figures = new FigureFormat(Locale.US, "USD", 2);

    @Test
    void shouldThrowInsteadOfRenderingABlankWhenAValueIsMissing() {
        StringWriter out = new StringWriter();

        assertThatThrownBy(() -> templates.render("_test/missing-value.ftl", Map.of("present", "here"), out))
                .isInstanceOf(ReportTemplates.ReportRenderingException.class).hasMessageContaining("absent");
    }

    @Test
    void shouldEscapeMarkupWhenAValueHoldsIt() {
        StringWriter out = new StringWriter();

        templates.render("_test/missing-value.ftl", Map.of("present", "<b>&", "absent", "x"), out);

        assertThat(out).hasToString("<p>&lt;b&gt;&amp; and x</p>\n");
    }

    @Test
    void shouldThrowWhenATextCellHasNoText() {
        assertThatThrownBy(() -> figures.format(ReportTable.Cell.text(null))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldGroupAndBracketNegativesWhenFiguresAreFormatted() {
        assertThat(figures.format(ReportTable.Cell.number(new BigDecimal("-477833.00"), Figure.AMOUNT)))
                .isEqualTo("(477,833.00)");
        assertThat(figures.format(ReportTable.Cell.number(new BigDecimal("6000"), Figure.QUANTITY))).isEqualTo("6,000");
        assertThat(figures.format(ReportTable.Cell.number(null, Figure.RATE))).isEqualTo(FigureFormat.NONE);
        assertThat(figures.format(ReportTable.Cell.number(new BigDecimal("-2.5"), Figure.PERCENT))).isEqualTo("(2.50%)");
        assertThat(new FigureFormat(Locale.GERMANY, "EUR", 2)
                .format(ReportTable.Cell.number(new BigDecimal("667833.00"), Figure.AMOUNT))).isEqualTo("667.833,00");
        assertThat(new FigureFormat(Locale.JAPAN, "JPY", 0)
                .format(ReportTable.Cell.number(new BigDecimal("1234"), Figure.AMOUNT))).isEqualTo("1,234");
    }
}
