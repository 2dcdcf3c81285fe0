package org.marquee.core.waitingroom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String TICKET = "AbCdEfGhIjKlMnOpQrStUvWxYz012345";

    private final Admission admission =
            new Admission("a waiting-room key of 32 bytes!!".getBytes(StandardCharsets.UTF_8));

    @Test
    void anAdmissionVerifiesForItsSessionAndTicketUntilItRunsOut() {
        String signed = admission.sign(42, TICKET, NOW.plusSeconds(600));
        assertTrue(admission.verifies(signed, 42, TICKET, NOW));
        assertTrue(admission.verifies(signed, 42, TICKET, NOW.plusSeconds(599)));
        assertFalse(admission.verifies(signed, 42, TICKET, NOW.plusSeconds(600)), "ran out");
        assertFalse(admission.verifies(signed, 43, TICKET, NOW), "another session");
        assertFalse(admission.verifies(signed, 42, TICKET.replace('A', 'B'), NOW), "another visitor's ticket");
        assertFalse(admission.verifies(signed, 42, null, NOW));
    }

    @Test
    void aChangedOrForeignAdmissionDoesNotVerify() {
        String signed = admission.sign(42, TICKET, NOW.plusSeconds(600));
        String later =
                signed.replaceFirst("\\.\\d+\\.", "." + NOW.plusSeconds(86_400).getEpochSecond() + ".");
        assertFalse(admission.verifies(later, 42, TICKET, NOW), "a later expiry under the same signature");
        Admission other = new Admission("another key, also of 32 bytes!!!".getBytes(StandardCharsets.UTF_8));
        assertFalse(other.verifies(signed, 42, TICKET, NOW), "another platform's key");
        for (String bad : new String[] {"", "42", "42.1.x", "42..abc", signed + "x", "x" + signed, "<script>"}) {
            assertFalse(admission.verifies(bad, 42, TICKET, NOW), bad);
        }
        assertFalse(admission.verifies(null, 42, TICKET, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Admission(new byte[31]));
    }
}
