package org.marquee.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void minorUnitsAreKeptAsGivenWithTheCurrencyCodeInCapitals() {
        Money price = Money.ofMinor(1250, " eur ");

        assertEquals(1250, price.minor());
        assertEquals("EUR", price.currency());
        assertEquals(Money.ofMinor(0, "EUR"), Money.zero("eur"));
    }

    @ParameterizedTest
    @CsvSource({
        "12.50, EUR, 1250",
        "12.5, EUR, 1250",
        "12, EUR, 1200",
        "12.500, EUR, 1250",
        "0.01, USD, 1",
        "-3.20, EUR, -320",
        "1500, JPY, 1500",
        "1.234, BHD, 1234",
        "1E+3, EUR, 100000"
    })
    void aDecimalAmountBecomesMinorUnitsOfItsCurrency(String amount, String currency, long minor) {
        assertEquals(Money.ofMinor(minor, currency), Money.of(new BigDecimal(amount), currency));
    }

    @ParameterizedTest
    @CsvSource({"12.505, EUR", "0.001, USD", "12.5, JPY", "0.1, KRW", "1.2345, BHD"})
    void moreDecimalsThanTheCurrencyHasAreRefused(String amount, String currency) {
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal(amount), currency));
    }

    @Test
    void anAmountBeyondTheRangeOfMinorUnitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("1E+20"), "EUR"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "EURO", "XYZ", "€", "12"})
    void aCurrencyThatIsNotIso4217IsRefused(String currency) {
        assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(100, currency));
        assertThrows(IllegalArgumentException.class, () -> Money.of(BigDecimal.ONE, currency));
        assertThrows(IllegalArgumentException.class, () -> Money.zero(currency));
    }

    @Test
    void theDecimalAmountHasAsManyDecimalsAsTheCurrency() {
        assertEquals(new BigDecimal("12.50"), Money.ofMinor(1250, "EUR").amount());
        assertEquals(new BigDecimal("-0.05"), Money.ofMinor(-5, "EUR").amount());
        assertEquals(new BigDecimal("1500"), Money.ofMinor(1500, "JPY").amount());
        assertEquals(new BigDecimal("1.234"), Money.ofMinor(1234, "BHD").amount());
        assertEquals(2, Money.ofMinor(0, "EUR").amount().scale());
        assertEquals(0, Money.ofMinor(7, "JPY").amount().scale());
    }

    @Test
    void aDecimalAmountComesBackUnchanged() {
        BigDecimal typed = new BigDecimal("12.50");

        assertEquals(typed, Money.of(typed, "EUR").amount());
        assertEquals("12.50 EUR", Money.of(typed, "EUR").toString());
        assertEquals("1500 JPY", Money.of(new BigDecimal("1500"), "JPY").toString());
    }

    @Test
    void amountsOfOneCurrencyAddSubtractAndMultiply() {
        Money ticket = Money.ofMinor(2550, "EUR");

        assertEquals(Money.ofMinor(3000, "EUR"), ticket.plus(Money.ofMinor(450, "EUR")));
        assertEquals(Money.ofMinor(-450, "EUR"), ticket.minus(Money.ofMinor(3000, "EUR")));
        assertEquals(Money.ofMinor(7650, "EUR"), ticket.times(3));
        assertEquals(Money.zero("EUR"), ticket.times(0));
        assertEquals(Money.ofMinor(2550, "EUR"), ticket, "arithmetic leaves the operands as they were");
    }

    @Test
    void arithmeticThatOverflowsFailsInsteadOfWrappingAround() {
        Money most = Money.ofMinor(Long.MAX_VALUE, "EUR");
        Money least = Money.ofMinor(Long.MIN_VALUE, "EUR");
        Money cent = Money.ofMinor(1, "EUR");

        assertThrows(ArithmeticException.class, () -> most.plus(cent));
        assertThrows(ArithmeticException.class, () -> least.minus(cent));
        assertThrows(ArithmeticException.class, () -> most.times(2));
        assertThrows(ArithmeticException.class, () -> least.times(-1));
        assertThrows(ArithmeticException.class, () -> Money.ofMinor(Long.MAX_VALUE / 2 + 1, "EUR")
                .times(2));
        assertEquals(
                Money.ofMinor(Long.MAX_VALUE - 1, "EUR"),
                Money.ofMinor(Long.MAX_VALUE / 2, "EUR").times(2));
    }

    @Test
    void currenciesAreNeverMixed() {
        Money euros = Money.ofMinor(1000, "EUR");
        Money dollars = Money.ofMinor(1000, "USD");

        assertThrows(IllegalArgumentException.class, () -> euros.plus(dollars));
        assertThrows(IllegalArgumentException.class, () -> euros.minus(dollars));
        assertThrows(IllegalArgumentException.class, () -> euros.compareTo(dollars));
    }

    @Test
    void amountsOfOneCurrencyAreOrderedByValue() {
        Money owed = Money.ofMinor(-100, "EUR");
        Money nothing = Money.zero("EUR");
        Money cheap = Money.ofMinor(999, "EUR");
        Money dear = Money.ofMinor(1000, "EUR");
        List<Money> amounts = new ArrayList<>(List.of(dear, nothing, owed, cheap));

        Collections.sort(amounts);

        assertEquals(List.of(owed, nothing, cheap, dear), amounts);
        assertEquals(0, cheap.compareTo(Money.ofMinor(999, "EUR")));
        assertTrue(cheap.compareTo(dear) < 0);
        assertTrue(dear.compareTo(cheap) > 0);
    }

    @Test
    void onlyAmountsBelowZeroAreNegative() {
        assertTrue(Money.ofMinor(-1, "EUR").isNegative());
        assertFalse(Money.zero("EUR").isNegative());
        assertFalse(Money.ofMinor(1, "EUR").isNegative());
    }

    @Test
    void moneyIsEqualWhenAmountAndCurrencyAre() {
        Money typed = Money.of(new BigDecimal("12.50"), "eur");
        Money stored = Money.ofMinor(1250, "EUR");

        assertEquals(stored, typed);
        assertEquals(stored.hashCode(), typed.hashCode());
        assertNotEquals(stored, Money.ofMinor(1251, "EUR"));
        assertNotEquals(stored, Money.ofMinor(1250, "USD"));
        assertNotEquals(Money.ofMinor(1250, "JPY"), Money.ofMinor(1250, "EUR"));
        assertNotEquals(stored, null);
        assertNotEquals(stored, new BigDecimal("12.50"));
    }

    @Test
    void formattedWithTheCurrencysOwnDecimals() {
        java.util.Locale english = java.util.Locale.ENGLISH;
        assertEquals("¥4,900", Money.ofMinor(4900, "JPY").format(english), "the yen has no decimals");
        assertEquals("€25.00", Money.ofMinor(2500, "EUR").format(english));
        assertEquals("$49.50", Money.ofMinor(4950, "USD").format(java.util.Locale.US));
        assertEquals("R$125.00", Money.ofMinor(12500, "BRL").format(english));
        assertTrue(
                Money.ofMinor(4900, "JPY").format(java.util.Locale.GERMAN).matches("4\\.900\\W?¥"),
                Money.ofMinor(4900, "JPY").format(java.util.Locale.GERMAN));
    }
}
