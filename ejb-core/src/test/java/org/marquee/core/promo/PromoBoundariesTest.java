package org.marquee.core.promo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The edges of the promo rules, where a limit is reached but not passed: each test fails when a
 * comparison is off by one or a choice is turned around (found by mutation testing, see
 * docs/benchmarks.md).
 */
class PromoBoundariesTest {

    private static final Discount TEN = Discount.percent(10, "EUR");

    @Test
    void limitsOfOneUseAndABuyerAllowedAsOftenAsTheCodeAreValid() {
        assertDoesNotThrow(() -> new PromoTerms(TEN, null, null, 1, 1, null, null));
        assertDoesNotThrow(() -> new PromoTerms(TEN, null, null, 5, 5, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PromoTerms(TEN, null, null, 0, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PromoTerms(TEN, null, null, null, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PromoTerms(TEN, null, null, 5, 6, null, null));
    }

    @Test
    void aLineHoldsOneTicketToAHundred() {
        assertEquals(1, new TicketChoice(1, null, 1).quantity());
        assertEquals(100, new TicketChoice(1, null, 100).quantity());
        assertThrows(IllegalArgumentException.class, () -> new TicketChoice(1, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new TicketChoice(1, null, 101));
    }

    @Test
    void aCodeOfAPriceCategoryBelongsToTheCategorysSessionElseToTheOneChosen() {
        PromoCodeDraft draft = new PromoCodeDraft();
        draft.setCode("SPRING");
        draft.setKind(DiscountKind.PERCENT);
        draft.setAmount(new BigDecimal("10"));
        draft.setSessionId(7L);
        assertEquals(7L, draft.terms("EUR", null, ZoneId.of("UTC")).sessionId());
        assertEquals(9L, draft.terms("EUR", 9L, ZoneId.of("UTC")).sessionId());
    }

    @Test
    void aRefusalNamesTheCodeAsTypedWithoutItsSpaces() {
        assertArrayEquals(
                new Object[] {"SPRING"},
                PromoCodeRefused.because(PromoCodeRefused.Reason.UNKNOWN, "  SPRING ")
                        .arguments());
        assertArrayEquals(
                new Object[] {""},
                PromoCodeRefused.because(PromoCodeRefused.Reason.UNKNOWN, null).arguments());
    }
}
