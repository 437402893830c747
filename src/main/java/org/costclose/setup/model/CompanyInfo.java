package org.costclose.setup.model;

import java.util.Currency;

/** The company and its accounting currency; amounts are held in the currency's minor unit. */
public record CompanyInfo(String id, String name, String currency, int minorUnit) {

    public CompanyInfo {
        Require.text(id, "company id");
        Require.text(name, "company name");
        Currency iso = Currency.getInstance(Require.text(currency, "currency"));
        if (iso.getDefaultFractionDigits() != minorUnit) {
            throw new IllegalArgumentException(currency + " has minor unit " + iso.getDefaultFractionDigits());
        }
    }
}
