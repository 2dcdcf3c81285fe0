package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class DeliveryFailureTest {

    @Test
    void aRecipientTheServerRefusedIsPermanent() throws Exception {
        Address refused = new InternetAddress("nobody@example.org");
        SendFailedException failure = new SendFailedException(
                "Invalid Addresses", null, new Address[0], new Address[0], new Address[] {refused});

        assertTrue(DeliveryFailure.of(failure).permanent());
    }

    @Test
    void anAddressThatDoesNotParseIsPermanent() {
        assertTrue(DeliveryFailure.of(new AddressException("Missing final '@domain'"))
                .permanent());
    }

    @Test
    void aServerThatIsDownOrSaysLaterIsWorthARetry() throws Exception {
        MessagingException down = new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 2525", new ConnectException("Connection refused"));
        SendFailedException later = new SendFailedException(
                "Temporary failure",
                null,
                new Address[0],
                new Address[] {new InternetAddress("a@example.org")},
                new Address[0]);

        DeliveryFailure failure = DeliveryFailure.of(down);

        assertFalse(failure.permanent());
        assertFalse(DeliveryFailure.of(later).permanent());
        assertEquals("Couldn't connect to host, port: 127.0.0.1, 2525: Connection refused", failure.getMessage());
    }
}
