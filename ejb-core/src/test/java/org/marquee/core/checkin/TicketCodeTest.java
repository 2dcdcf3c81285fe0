package org.marquee.core.checkin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TicketCodeTest {

    private static KeyPair pair() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    @Test
    void base32RoundTripsAndRefusesWhatIsNotBase32() {
        Random random = new Random(15);
        for (int n = 0; n < 100; n++) {
            byte[] data = new byte[n];
            random.nextBytes(data);
            String text = Base32.encode(data);
            assertTrue(text.matches("[A-Z2-7]*"), text);
            assertArrayEquals(data, Base32.decode(text));
            assertArrayEquals(data, Base32.decode(text.toLowerCase()));
        }
        assertNull(Base32.decode("AB1"));
        assertNull(Base32.decode("A"), "a lone character holds no whole byte");
    }

    @Test
    void aSignedCodeVerifiesWithItsEventsPublicKeyOnly() throws Exception {
        KeyPair event = pair();
        String code = TicketCode.sign(123_456_789L, 42L, event.getPrivate());
        assertTrue(code.startsWith("MQ1"));
        assertEquals(133, code.length(), code);
        assertTrue(code.matches("[A-Z0-9]+"), "QR alphanumeric: " + code);
        TicketCode parsed = TicketCode.parse(code).orElseThrow();
        assertEquals(123_456_789L, parsed.ticketId());
        assertEquals(42L, parsed.sessionId());
        assertTrue(parsed.verifies(event.getPublic()));
        assertFalse(parsed.verifies(pair().getPublic()), "another event's key");
        assertEquals(code, TicketCode.sign(123_456_789L, 42L, event.getPrivate()), "deterministic");
    }

    @Test
    void everyAlteredCharacterFailsVerificationOrParsing() throws Exception {
        KeyPair event = pair();
        String code = TicketCode.sign(77L, 5L, event.getPrivate());
        for (int i = 3; i < code.length(); i++) {
            char c = code.charAt(i);
            String altered = code.substring(0, i) + (c == 'A' ? 'B' : 'A') + code.substring(i + 1);
            assertFalse(
                    TicketCode.parse(altered)
                            .map(t -> t.verifies(event.getPublic()))
                            .orElse(false),
                    "altered at " + i);
        }
    }

    @Test
    void aForgedCodeForAnotherTicketOrSessionDoesNotVerify() throws Exception {
        KeyPair event = pair();
        TicketCode genuine =
                TicketCode.parse(TicketCode.sign(77L, 5L, event.getPrivate())).orElseThrow();
        assertFalse(new TicketCode(78L, 5L, genuine.signature()).verifies(event.getPublic()));
        assertFalse(new TicketCode(77L, 6L, genuine.signature()).verifies(event.getPublic()));
        String forged = TicketCode.sign(77L, 5L, pair().getPrivate());
        assertFalse(TicketCode.parse(forged).orElseThrow().verifies(event.getPublic()));
        assertTrue(TicketCode.parse("hello").isEmpty());
        assertTrue(TicketCode.parse(null).isEmpty());
        assertTrue(TicketCode.parse("MQ1" + "A".repeat(300)).isEmpty());
    }

    @Test
    void sealedKeysOpenOnlyWithTheirKeyAndForTheirEvent() {
        byte[] master = new byte[32];
        new Random(1).nextBytes(master);
        TicketKeySealing sealing = TicketKeySealing.from(
                        Map.of(TicketKeySealing.VARIABLE, Base64.getEncoder().encodeToString(master))::get)
                .orElseThrow();
        byte[] secret = "a private key".getBytes();
        byte[] sealed = sealing.seal(7, secret);
        assertArrayEquals(secret, sealing.unseal(7, sealed));
        assertThrows(IllegalStateException.class, () -> sealing.unseal(8, sealed), "moved to another event");
        master[0] ^= 1;
        TicketKeySealing other = TicketKeySealing.from(
                        Map.of(TicketKeySealing.VARIABLE, Base64.getEncoder().encodeToString(master))::get)
                .orElseThrow();
        assertThrows(IllegalStateException.class, () -> other.unseal(7, sealed), "another master key");
    }

    @Test
    void productionWithoutAKeySignsNothingAndABadKeyIsRefused() {
        assertTrue(TicketKeySealing.from(Map.<String, String>of()::get).isEmpty());
        assertTrue(TicketKeySealing.from(Map.of("MARQUEE_DEMO", "true")::get).isPresent());
        assertThrows(
                IllegalStateException.class,
                () -> TicketKeySealing.from(Map.of(TicketKeySealing.VARIABLE, "c2hvcnQ=")::get));
    }
}
