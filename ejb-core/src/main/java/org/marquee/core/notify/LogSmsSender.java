package org.marquee.core.notify;

import java.util.logging.Logger;

/**
 * The SMS sender of a server without Twilio ({@link SmsSettings#logsOnly()}): writes each text to
 * the server log and counts it as sent, as {@link LogMailer} does for email.
 */
final class LogSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(LogSmsSender.class.getName());

    @Override
    public void send(TextMessage message) {
        LOG.info(() -> format(message));
    }

    static String format(TextMessage message) {
        return "Text message not sent (no MARQUEE_TWILIO_ACCOUNT_SID), written here instead:\n"
                + "  To: " + message.recipient() + "\n"
                + "  Language: " + message.language() + "\n\n"
                + message.text().strip().indent(2);
    }
}
