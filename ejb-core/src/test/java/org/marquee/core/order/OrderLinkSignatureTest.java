package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OrderLinkSignatureTest {

    private final OrderLinkSignature links =
            new OrderLinkSignature("a key of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSignatureOfAnOrderVerifiesThatOrderOnly() {
        String signature = links.sign(1234);
        assertEquals(43, signature.length());
        assertTrue(links.verifies(1234, signature));
        assertFalse(links.verifies(1235, signature), "another order");
        assertFalse(links.verifies(1234, links.sign(1235)), "another order's signature");
    }

    @Test
    void aChangedOrCutSignatureDoesNotVerify() {
        String signature = links.sign(77);
        char changed = signature.charAt(10) == 'x' ? 'y' : 'x';
        assertFalse(links.verifies(77, signature.substring(0, 10) + changed + signature.substring(11)));
        assertFalse(links.verifies(77, signature.substring(1)));
        assertFalse(links.verifies(77, signature + "A"));
        assertFalse(links.verifies(77, null));
        assertFalse(links.verifies(77, "%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%"));
    }

    @Test
    void anotherKeySignsDifferently() {
        OrderLinkSignature other =
                new OrderLinkSignature("another key of at least 32 bytes!!".getBytes(StandardCharsets.UTF_8));
        assertFalse(other.verifies(5, links.sign(5)));
        assertThrows(IllegalArgumentException.class, () -> new OrderLinkSignature(new byte[8]));
    }
}
