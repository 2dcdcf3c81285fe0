package org.marquee.core.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A country, keyed by its ISO 3166-1 alpha-2 code, with the currency its venues sell in (ISO 4217);
 * none means the platform's default currency (settings).
 */
@Entity
@Table(name = "country")
public class Country {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 3)
    private String currency;

    protected Country() {}

    public Country(String code, String name) {
        this(code, name, null);
    }

    /** A country whose venues sell in {@code currency}; null or blank: the platform's default. */
    public Country(String code, String name, String currency) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!ISO_CODES.contains(upper)) {
            throw new IllegalArgumentException("Not an ISO 3166 country code: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A country needs a name");
        }
        this.code = upper;
        this.name = name.strip();
        this.currency = checkedCurrency(currency);
    }

    private static String checkedCurrency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an ISO 4217 currency: " + code, e);
        }
    }

    /** The currency this country's own ISO code suggests (JP: JPY), if Java knows one. */
    public static Optional<String> usualCurrency(String countryCode) {
        try {
            return Optional.ofNullable(Currency.getInstance(
                            new Locale("", countryCode.strip().toUpperCase(Locale.ROOT))))
                    .map(Currency::getCurrencyCode);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** The currency its venues sell in; empty for the platform's default. */
    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    /** Another currency for sessions scheduled from now on (null or blank: the platform's default). */
    public void changeCurrency(String newCurrency) {
        this.currency = checkedCurrency(newCurrency);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A country needs a name");
        }
        this.name = newName.strip();
    }
}
