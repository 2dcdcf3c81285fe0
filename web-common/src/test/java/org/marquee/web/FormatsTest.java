package org.marquee.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;

class FormatsTest {

    @Test
    void germanDatesAndPricesReadAsGermanShopsWriteThem() {
        ZonedDateTime moment = ZonedDateTime.of(2026, 12, 12, 20, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        assertEquals(
                "Sa., 12. Dez. 2026, 20:00 MEZ",
                Formats.pattern("EEE d MMM yyyy, HH:mm z", "EEE, d. MMM yyyy, HH:mm z", Locale.GERMAN)
                        .format(moment));
        assertEquals(
                "Sat 12 Dec 2026, 20:00 CET",
                Formats.pattern("EEE d MMM yyyy, HH:mm z", "EEE, d. MMM yyyy, HH:mm z", Locale.ENGLISH)
                        .format(moment));
        assertEquals("45,00\u00a0€", Money.ofMinor(4500, "EUR").format(Locale.GERMAN));
    }
}
