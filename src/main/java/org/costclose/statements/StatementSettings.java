package org.costclose.statements;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How statements format figures: the locale (grouping and decimal marks), {@code costclose.statements.locale},
 * en-US unless set; the currency and its decimals are the company's. The setup has no locale of a company yet,
 * so it is an operator setting; stored final statements keep the formatting they were rendered with.
 */
@Component
public class StatementSettings {

    private volatile Locale locale;

    StatementSettings(@Value("${costclose.statements.locale:en-US}") String locale) {
        this.locale = Locale.forLanguageTag(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** changes the locale of statements rendered from now on */
    public void locale(Locale newLocale) {
        this.locale = newLocale;
    }
}
