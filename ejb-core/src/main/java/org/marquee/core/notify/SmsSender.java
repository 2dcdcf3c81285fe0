package org.marquee.core.notify;

/** Hands a text message to the SMS provider. */
public interface SmsSender {

    /**
     * Returns when the provider has accepted the message.
     *
     * @throws DeliveryFailure when it did not; {@link DeliveryFailure#permanent()} when trying again
     *     cannot help (the provider refused the number or the text)
     */
    void send(TextMessage message) throws DeliveryFailure;
}
