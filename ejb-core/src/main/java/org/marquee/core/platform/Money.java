package org.marquee.core.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money: whole minor units (cents) of an ISO 4217 currency. Never a double.
 * Arithmetic refuses to mix currencies. Embedded as {@code <prefix>_minor} and
 * {@code currency} columns.
 */
@Embeddable
public class Money implements Comparable<Money> {

    @Column(name = "amount_minor", nullable = false)
    private long minor;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Money() {}

    private Money(long minor, String currency) {
        this.minor = minor;
        this.currency = currency;
    }

    public static Money ofMinor(long minor, String currencyCode) {
        return new Money(minor, checkedCurrency(currencyCode));
    }

    /** From a decimal amount as a person types it ("12.50"); more decimals than the currency has are refused. */
    public static Money of(BigDecimal amount, String currencyCode) {
        String code = checkedCurrency(currencyCode);
        int digits = Math.max(Currency.getInstance(code).getDefaultFractionDigits(), 0);
        BigDecimal minor = amount.movePointRight(digits);
        if (minor.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString() + " is too large");
        }
        try {
            return new Money(minor.longValueExact(), code);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "Amount " + amount.toPlainString() + " has more decimals than " + code + " allows", e);
        }
    }

    public static Money zero(String currencyCode) {
        return ofMinor(0, currencyCode);
    }

    private static String checkedCurrency(String code) {
        if (code == null) {
            throw new IllegalArgumentException("A currency is required");
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an ISO 4217 currency: " + code, e);
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, sameCurrency(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, sameCurrency(other).minor), currency);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(minor, quantity), currency);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public long minor() {
        return minor;
    }

    public String currency() {
        return currency;
    }

    /** The amount as a decimal in major units, for display and forms. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minor, Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0));
    }

    /**
     * The amount as people read it in a language, with the currency's symbol and its own number
     * of decimals: "€25.00", "¥4,900" (the yen has none), "R$ 125,00" in Portuguese. A currency
     * format keeps the language's decimals when given another currency, so they are set here.
     */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency unit = Currency.getInstance(currency);
        format.setCurrency(unit);
        int digits = Math.max(unit.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minor, sameCurrency(other).minor);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money m && m.minor == minor && m.currency.equals(currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minor, currency);
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency;
    }
}
