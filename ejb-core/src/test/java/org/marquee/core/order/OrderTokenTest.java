package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderTokenTest {

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = OrderToken.generate();
            assertEquals(43, token.length(), "32 bytes in base64url without padding");
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            tokens.add(token);
        }
        assertEquals(1000, tokens.size());
    }

    @Test
    void onlyTheHashIsKeptAndItIsStable() {
        String token = OrderToken.generate();

        assertEquals(OrderToken.hash(token), OrderToken.hash(token));
        assertTrue(OrderToken.hash(token).matches("[0-9a-f]{64}"));
        assertNotEquals(OrderToken.hash(token), OrderToken.hash(token + "x"));
    }

    @Test
    void noTokenMatchesNoOrder() {
        String missing = OrderToken.hash(null);

        assertEquals(64, missing.length());
        assertTrue(missing.chars().noneMatch(c -> Character.isLetterOrDigit(c)), "no hex digest looks like it");
        assertEquals(missing, OrderAccess.of(1, null).tokenHash());
    }
}
