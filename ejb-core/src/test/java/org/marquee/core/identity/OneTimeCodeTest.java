package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Codes and secrets: their shape, their randomness, and that only hashes are stored. */
class OneTimeCodeTest {

    @Test
    void codesAreSixDigitsIncludingLeadingZeros() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = OneTimeCode.generate();
            assertTrue(code.matches("\\d{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 1900, "random, not a sequence");
        assertTrue(seen.stream().anyMatch(code -> code.startsWith("0")), "leading zeros kept");
    }

    @Test
    void typedCodesLoseSpacesAndDashesOnly() {
        assertEquals("123456", OneTimeCode.normalize(" 123 456\t"));
        assertEquals("123456", OneTimeCode.normalize("123-456"));
        assertNull(OneTimeCode.normalize(null));
        assertFalse(OneTimeCode.isWellFormed("12345"));
        assertFalse(OneTimeCode.isWellFormed("1234567"));
        assertFalse(OneTimeCode.isWellFormed("12345a"));
        assertTrue(OneTimeCode.isWellFormed("000000"));
    }

    @Test
    void secretsAre256RandomBitsAndOnlyTheirHashIsStored() {
        String secret = Secrets.generate();

        assertTrue(Secrets.isWellFormed(secret));
        assertNotEquals(secret, Secrets.generate());
        assertTrue(Secrets.hash(secret).matches("[0-9a-f]{64}"));
        assertEquals(Secrets.hash(secret), Secrets.hash(" " + secret + "\n"), "a pasted link's spaces do not matter");
        assertNotEquals(Secrets.hash(secret), Secrets.hash(Secrets.generate()));
        assertFalse(Secrets.isWellFormed(secret + "x"));
        assertFalse(Secrets.isWellFormed("../../etc/passwd"));
        assertFalse(Secrets.isWellFormed(null));
    }
}
