package org.costclose.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.costclose.setup.model.CompanyInfo;

/**
 * Figures as finance reads them, in the report's locale: amounts at the currency's minor unit with grouping,
 * negatives in parentheses ("(477,833.00)"), quantities with their unit ("6,000 t"), rates at two decimals,
 * percentages at two. A figure that does not exist (a ratio over zero) reads "–"; a text cell without text is a
 * bug and throws, so a report never shows a blank where data went missing.
 */
public final class FigureFormat {

    public static final String NONE = "–";

    private final Locale locale;
    private final String currency;
    private final int minorUnit;

    public FigureFormat(Locale locale, String currency, int minorUnit) {
        this.locale = locale;
        this.currency = currency;
        this.minorUnit = minorUnit;
    }

    public static FigureFormat of(CompanyInfo company, Locale locale) {
        return new FigureFormat(locale, company.currency(), company.minorUnit());
    }

    public Locale locale() {
        return locale;
    }

    public String currency() {
        return currency;
    }

    public int minorUnit() {
        return minorUnit;
    }

    /** the cell as shown */
    public String format(ReportTable.Cell cell) {
        if (!cell.isNumber()) {
            if (cell.text() == null) {
                throw new IllegalStateException("a text cell without text (value " + cell.value() + ", line "
                        + cell.line() + ")");
            }
            return cell.text();
        }
        if (cell.number() == null) {
            return NONE;
        }
        String shown = number(cell.number().abs(), cell.figure());
        if (cell.figure() == Figure.PERCENT) {
            shown = shown + "%";
        }
        if (cell.unit() != null) {
            shown = shown + " " + cell.unit();
        }
        return cell.number().signum() < 0 ? "(" + shown + ")" : shown;
    }

    private String number(BigDecimal number, Figure figure) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        int decimals = decimals(number, figure);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }

    /** decimals shown: the minor unit for amounts, two for rates and percentages, a quantity's own */
    int decimals(BigDecimal number, Figure figure) {
        return switch (figure) {
            case AMOUNT -> minorUnit;
            case RATE, PERCENT -> 2;
            case QUANTITY -> number == null ? 0 : Math.max(0, number.stripTrailingZeros().scale());
            case TEXT -> 0;
        };
    }
}
