package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.InvalidField;
import org.marquee.core.platform.Money;

class SessionDraftTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDateTime START = LocalDateTime.parse("2026-07-04T20:00");
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final SessionDraft draft = new SessionDraft();

    SessionDraftTest() {
        draft.setVenueId(1L);
        draft.setStartsAt(START);
        draft.setEndsAt(START.plusHours(2));
        draft.setSalesStart(START.minusDays(30));
    }

    @Test
    void localTimesAreTheVenuesAndBecomeInstants() {
        SessionTimes times = draft.times(NEW_YORK, NOW);

        assertEquals(Instant.parse("2026-07-05T00:00:00Z"), times.startsAt(), "20:00 EDT is midnight UTC");
        assertEquals(Instant.parse("2026-07-05T02:00:00Z"), times.endsAt());
        assertEquals(Instant.parse("2026-06-05T00:00:00Z"), times.salesStart());
    }

    @Test
    void withoutASalesEndSalesCloseAtTheStart() {
        assertEquals(
                draft.times(NEW_YORK, NOW).startsAt(),
                draft.times(NEW_YORK, NOW).salesEnd());
    }

    @Test
    void anEndAtOrBeforeTheStartIsRefusedAtTheEnd() {
        draft.setEndsAt(START);

        InvalidField refused = assertThrows(InvalidField.class, () -> draft.times(NEW_YORK, NOW));

        assertEquals("endsAt", refused.field());
        assertEquals("catalog.session.endBeforeStart", refused.messageKey());
    }

    @Test
    void salesClosingAfterTheStartAreRefusedAtTheSalesEnd() {
        draft.setSalesEnd(START.plusMinutes(1));

        InvalidField refused = assertThrows(InvalidField.class, () -> draft.times(NEW_YORK, NOW));

        assertEquals("salesEnd", refused.field());
        assertEquals("catalog.session.salesAfterStart", refused.messageKey());
    }

    @Test
    void salesClosingBeforeTheyOpenAreRefused() {
        draft.setSalesEnd(START.minusDays(31));

        InvalidField refused = assertThrows(InvalidField.class, () -> draft.times(NEW_YORK, NOW));

        assertEquals("salesEnd", refused.field());
        assertEquals("catalog.session.salesCloseBeforeOpen", refused.messageKey());
    }

    @Test
    void aMissingTimeIsRefusedAtItsField() {
        draft.setEndsAt(null);

        assertEquals(
                "endsAt",
                assertThrows(InvalidField.class, () -> draft.times(NEW_YORK, NOW))
                        .field());
    }

    @Test
    void withoutASalesStartSalesOpenNow() {
        draft.setSalesStart(null);

        assertEquals(NOW, draft.times(NEW_YORK, NOW).salesStart());
    }

    @Test
    void typedPricesBecomeMoneyAndEmptyOnesAreLeftOut() {
        draft.getSectionPrices().put(10L, new BigDecimal("45.50"));
        draft.getSectionPrices().put(11L, null);

        assertEquals(Map.of(10L, Money.ofMinor(4550, "EUR")), draft.prices("EUR"));
    }

    @Test
    void aNegativePriceIsRefusedAtItsSection() {
        draft.getSectionPrices().put(10L, new BigDecimal("-1"));

        InvalidField refused = assertThrows(InvalidField.class, () -> draft.prices("EUR"));

        assertEquals("price:10", refused.field());
        assertEquals("catalog.session.negativePrice", refused.messageKey());
    }

    @Test
    void aPriceWithMoreDecimalsThanTheCurrencyIsRefusedAtItsSection() {
        draft.getSectionPrices().put(12L, new BigDecimal("1.005"));

        InvalidField refused = assertThrows(InvalidField.class, () -> draft.prices("EUR"));

        assertEquals("price:12", refused.field());
        assertTrue(refused.arguments()[0].toString().contains("decimals"));
    }

    @Test
    void aPriceCategoryNeedsANameAndALimitOfOneOrMore() {
        PriceCategoryDraft category = new PriceCategoryDraft();
        assertEquals(
                "categoryName",
                assertThrows(InvalidField.class, category::check).field());

        category.setName("VIP");
        category.setQuantityLimit(0);
        assertEquals(
                "categoryLimit",
                assertThrows(InvalidField.class, category::check).field());

        category.setQuantityLimit(1);
        category.check();
        category.getPrices().put(7L, new BigDecimal("-0.01"));
        assertEquals(
                "categoryPrice:7",
                assertThrows(InvalidField.class, () -> category.prices("EUR")).field());
    }
}
