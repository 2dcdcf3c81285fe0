package org.marquee.core.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

/**
 * The mail server did not take a message. Permanent when it refused the recipient (a 5xx answer:
 * no such mailbox, address rejected); anything else (server down, timeout, 4xx) is worth a retry.
 */
public class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }

    /**
     * Jakarta Mail lists recipients the server refused for good as "invalid" addresses; an address
     * that does not parse will not parse next time either.
     */
    static DeliveryFailure of(MessagingException failure) {
        boolean refused = failure instanceof AddressException
                || failure instanceof SendFailedException sendFailed
                        && sendFailed.getInvalidAddresses() != null
                        && sendFailed.getInvalidAddresses().length > 0;
        return new DeliveryFailure(describe(failure), refused, failure);
    }

    /** The message of the failure and of its causes: "Couldn't connect to host ...: Connection refused". */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 900; cause = next(cause)) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message.strip());
            }
        }
        return text.toString();
    }

    private static Throwable next(Throwable failure) {
        Throwable next = failure instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException()
                : failure.getCause();
        return next == failure ? null : next;
    }
}
