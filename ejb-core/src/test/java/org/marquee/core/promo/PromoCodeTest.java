package org.marquee.core.promo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.marquee.core.platform.Money;
import org.marquee.core.promo.PromoCodeRefused.Reason;

class PromoCodeTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final long EVENT = 7;
    private static final long SESSION = 70;
    private static final long VIP = 700;

    private static PromoTerms terms(Long session, Long category) {
        return new PromoTerms(
                Discount.percent(20, "EUR"), NOW, NOW.plus(Duration.ofDays(1)), 100, 2, session, category);
    }

    private static void assertRefused(Reason reason, Executable step) {
        PromoCodeRefused refusal = assertThrows(PromoCodeRefused.class, step);
        assertEquals(reason, refusal.reason());
        assertEquals("promo.refused." + reason.name(), refusal.messageKey());
    }

    @Test
    void entryIgnoresCaseAndSpaces() {
        PromoCode code = new PromoCode(EVENT, "  summer-25 ", terms(null, null), NOW);
        assertEquals("SUMMER-25", code.code());
        assertEquals(code.code(), PromoCode.normalize("Summer-25"));
    }

    @Test
    void aCodeHasAShape() {
        for (String bad : new String[] {"", "ab", "with space", "-LEADING", "x".repeat(41), "ÜBER"}) {
            assertThrows(IllegalArgumentException.class, () -> new PromoCode(EVENT, bad, terms(null, null), NOW), bad);
        }
    }

    @Test
    void itIsValidFromItsStartUntilJustBeforeItsEnd() {
        PromoCode code = new PromoCode(EVENT, "WINDOW", terms(null, null), NOW);
        assertRefused(Reason.NOT_YET_VALID, () -> code.checkUsableAt(NOW.minusSeconds(1)));
        code.checkUsableAt(NOW);
        code.checkUsableAt(NOW.plus(Duration.ofDays(1)).minusSeconds(1));
        assertRefused(Reason.EXPIRED, () -> code.checkUsableAt(NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void aWithdrawnCodeIsRefused() {
        PromoCode code = new PromoCode(EVENT, "GONE", terms(null, null), NOW);
        code.deactivate();
        assertRefused(Reason.WITHDRAWN, () -> code.checkUsableAt(NOW));
    }

    @Test
    void scopeIsTheEventASessionOrACategory() {
        PromoCode eventWide = new PromoCode(EVENT, "EVENT", terms(null, null), NOW);
        eventWide.checkScope(EVENT, SESSION, Set.of(), "EUR");
        eventWide.checkScope(EVENT, SESSION + 1, Set.of(), "EUR");
        assertRefused(Reason.NOT_FOR_EVENT, () -> eventWide.checkScope(EVENT + 1, SESSION, Set.of(), "EUR"));

        PromoCode oneSession = new PromoCode(EVENT, "SESSION", terms(SESSION, null), NOW);
        oneSession.checkScope(EVENT, SESSION, Set.of(), "EUR");
        assertRefused(Reason.NOT_FOR_SESSION, () -> oneSession.checkScope(EVENT, SESSION + 1, Set.of(), "EUR"));

        PromoCode category = new PromoCode(EVENT, "CATEGORY", terms(SESSION, VIP), NOW);
        category.checkScope(EVENT, SESSION, Set.of(VIP, VIP + 1), "EUR");
        assertRefused(Reason.NOT_FOR_CATEGORY, () -> category.checkScope(EVENT, SESSION, Set.of(VIP + 1), "EUR"));
    }

    @Test
    void aFixedAmountIsRefusedWhereTheSessionSellsInAnotherCurrency() {
        PromoTerms fixed =
                new PromoTerms(Discount.fixed(Money.ofMinor(500, "EUR")), null, null, null, null, null, null);
        PromoCode code = new PromoCode(EVENT, "FIVE", fixed, NOW);
        code.checkScope(EVENT, SESSION, Set.of(), "EUR");
        assertRefused(Reason.OTHER_CURRENCY, () -> code.checkScope(EVENT, SESSION, Set.of(), "USD"));
    }

    @Test
    void termsThatCannotWorkAreRefused() {
        Discount d = Discount.percent(10, "EUR");
        assertThrows(IllegalArgumentException.class, () -> new PromoTerms(d, NOW, NOW, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PromoTerms(d, null, null, 0, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PromoTerms(d, null, null, null, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PromoTerms(d, null, null, 5, 6, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PromoTerms(d, null, null, null, null, null, VIP));
        assertThrows(
                IllegalArgumentException.class,
                () -> new PromoTerms(Discount.percent(0, "EUR"), null, null, null, null, null, null),
                "0% is only for unlocking a category");
        new PromoTerms(Discount.percent(0, "EUR"), null, null, null, null, SESSION, VIP);
    }

    @Test
    void theLimitCannotGoBelowTheUsesCounted() {
        PromoCode code = new PromoCode(EVENT, "COUNTED", terms(null, null), NOW);
        code.usesCounted(40);
        assertThrows(
                IllegalArgumentException.class,
                () -> code.change(new PromoTerms(Discount.percent(20, "EUR"), null, null, 39, null, null, null)));
        code.change(new PromoTerms(Discount.percent(20, "EUR"), null, null, 40, null, null, null));
        assertEquals(40, code.maxUses());
    }

    @Test
    void usedUpAndBuyerLimitAreConflictsTheOthersAreAboutTheCode() {
        assertEquals(
                PromoCodeExhausted.class,
                PromoCodeRefused.because(Reason.USED_UP, "X").getClass());
        assertEquals(
                PromoCodeExhausted.class,
                PromoCodeRefused.because(Reason.BUYER_LIMIT, "X").getClass());
        assertEquals(
                PromoCodeRefused.class,
                PromoCodeRefused.because(Reason.EXPIRED, "X").getClass());
    }
}
