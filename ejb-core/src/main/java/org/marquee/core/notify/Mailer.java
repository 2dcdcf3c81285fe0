package org.marquee.core.notify;

/** Hands an email to the mail server. */
public interface Mailer {

    /**
     * Returns when the server has accepted the message.
     *
     * @throws DeliveryFailure when it did not; {@link DeliveryFailure#permanent()} when trying again
     *     cannot help
     */
    void send(Mail mail) throws DeliveryFailure;
}
