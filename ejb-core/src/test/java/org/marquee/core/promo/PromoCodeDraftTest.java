package org.marquee.core.promo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;

/** A promo code's validity is typed in the venue's zone, and a fixed amount in the session's currency. */
class PromoCodeDraftTest {

    private static PromoCodeDraft draft(DiscountKind kind, String amount) {
        PromoCodeDraft draft = new PromoCodeDraft();
        draft.setCode("SPRING");
        draft.setKind(kind);
        draft.setAmount(new BigDecimal(amount));
        draft.setValidFrom(LocalDateTime.parse("2026-12-01T10:00"));
        draft.setValidUntil(LocalDateTime.parse("2026-12-24T23:59"));
        return draft;
    }

    @Test
    void theValidityIsReadInTheVenuesZoneNotInUtc() {
        PromoTerms tokyo = draft(DiscountKind.PERCENT, "10").terms("JPY", null, ZoneId.of("Asia/Tokyo"));
        assertEquals(Instant.parse("2026-12-01T01:00:00Z"), tokyo.validFrom(), "10:00 in Tokyo is 01:00 UTC");
        assertEquals(Instant.parse("2026-12-24T14:59:00Z"), tokyo.validUntil());

        PromoTerms newYork = draft(DiscountKind.PERCENT, "10").terms("USD", null, ZoneId.of("America/New_York"));
        assertEquals(Instant.parse("2026-12-01T15:00:00Z"), newYork.validFrom());
    }

    @Test
    void aFixedAmountIsInTheSessionsCurrencyWithItsDecimals() {
        PromoTerms yen = draft(DiscountKind.FIXED, "500").terms("JPY", null, ZoneId.of("Asia/Tokyo"));
        assertEquals(
                Money.ofMinor(500, "JPY"),
                Money.ofMinor(yen.discount().value(), yen.discount().currency()));
        assertThrows(
                IllegalArgumentException.class,
                () -> draft(DiscountKind.FIXED, "5.50").terms("JPY", null, ZoneId.of("Asia/Tokyo")),
                "the yen has no cents");
        PromoTerms reais = draft(DiscountKind.FIXED, "5.50").terms("BRL", null, ZoneId.of("America/Sao_Paulo"));
        assertEquals(550, reais.discount().value());
    }
}
