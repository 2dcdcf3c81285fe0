package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailHeadersTest {

    @Test
    void headersSurviveTheOutboxRowInOrder() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<https://x.org/newsletter/unsubscribe?token=abc>");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        OutboxMessage message = OutboxMessage.email(
                "k", "a@b.org", new RenderedMail("t", "en", "S", "text", null), headers, Instant.EPOCH);

        assertEquals(headers, message.headers());
        assertEquals(headers, message.toMail().headers());
        assertNull(MailHeaders.encode(Map.of()));
    }

    @Test
    void noValueCanInjectAHeaderAndTheMailersOwnFieldsCannotBeOverridden() {
        assertThrows(IllegalArgumentException.class, () -> MailHeaders.encode(Map.of("X-A", "v\r\nBcc: x@y.org")));
        assertThrows(IllegalArgumentException.class, () -> MailHeaders.encode(Map.of("Bcc", "x@y.org")));
        assertThrows(IllegalArgumentException.class, () -> MailHeaders.encode(Map.of("Bad Name", "v")));
        assertThrows(IllegalArgumentException.class, () -> MailHeaders.encode(Map.of("X-A", " ")));
    }
}
