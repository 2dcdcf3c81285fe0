package org.marquee.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void textBecomesLowerCaseAsciiWithSingleDashes() {
        assertEquals("sao-paulo-br", Slugs.of("São Paulo - BR"));
        assertEquals("ac-dc-live-2026", Slugs.of("  AC/DC: Live!! 2026 "));
        assertEquals("", Slugs.of(null));
    }

    @Test
    void longTextIsCutWithoutATrailingDash() {
        String slug = Slugs.of("word ".repeat(60));

        assertTrue(slug.length() <= 120);
        assertTrue(Slugs.isValid(slug));
    }

    @Test
    void onlyWellFormedSlugsAreValid() {
        assertTrue(Slugs.isValid("berlin-de"));
        assertFalse(Slugs.isValid("Berlin"));
        assertFalse(Slugs.isValid("-berlin"));
        assertFalse(Slugs.isValid("ber--lin"));
        assertFalse(Slugs.isValid(""));
        assertThrows(IllegalArgumentException.class, () -> Slugs.require("not a slug"));
    }
}
