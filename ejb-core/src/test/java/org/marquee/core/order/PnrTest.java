package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PnrTest {

    @Test
    void isSevenCharactersWithoutLookAlikes() {
        for (long id : new long[] {0, 1, 49, 50, 123_456_789, Pnr.maxId()}) {
            String pnr = Pnr.of(id);
            assertEquals(7, pnr.length(), pnr);
            assertTrue(pnr.chars().allMatch(c -> Pnr.ALPHABET.indexOf(c) >= 0), pnr);
            assertTrue(pnr.chars().noneMatch(c -> "01ILO".indexOf(c) >= 0), pnr);
        }
        assertEquals(31, Pnr.ALPHABET.length());
        assertEquals(31, Pnr.ALPHABET.chars().distinct().count());
    }

    @Test
    void everyOrderGetsItsOwnReference() {
        Set<String> seen = new HashSet<>();
        for (long id = 0; id < 300_000; id++) {
            assertTrue(seen.add(Pnr.of(id)), "a second order with the reference of order " + id);
        }
        // Ids far apart, where a careless encoding would wrap around.
        for (long id = Pnr.maxId() - 1_000; id <= Pnr.maxId(); id++) {
            assertTrue(seen.add(Pnr.of(id)), "order " + id);
        }
    }

    @Test
    void neighbouringOrdersDoNotLookAlike() {
        String a = Pnr.of(1_000);
        String b = Pnr.of(1_001);
        int same = 0;
        for (int i = 0; i < Pnr.LENGTH; i++) {
            same += a.charAt(i) == b.charAt(i) ? 1 : 0;
        }
        assertTrue(same < 4, a + " and " + b + " share " + same + " characters");
    }

    @Test
    void idsWithoutAReferenceAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pnr.of(-1));
        assertThrows(IllegalArgumentException.class, () -> Pnr.of(Pnr.maxId() + 1));
    }

    @Test
    void aTypedReferenceIgnoresCaseSpacesAndDashes() {
        String pnr = Pnr.of(4711);
        String typed = " " + pnr.substring(0, 3).toLowerCase() + "-" + pnr.substring(3) + " ";

        assertEquals(pnr, Pnr.normalize(typed));
    }

    @Test
    void aTypedReferenceWithForeignCharactersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pnr.normalize(null));
        assertThrows(IllegalArgumentException.class, () -> Pnr.normalize("ABC"));
        assertThrows(IllegalArgumentException.class, () -> Pnr.normalize("ABCDEF0"), "zero looks like O");
        assertThrows(IllegalArgumentException.class, () -> Pnr.normalize("ABCDEFI"), "I looks like 1");
        assertFalse(Pnr.ALPHABET.contains("O"));
    }
}
