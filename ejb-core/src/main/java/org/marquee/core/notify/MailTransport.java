package org.marquee.core.notify;

import java.util.function.Function;

/**
 * Where this server's mail goes: to the SMTP server named by {@code MARQUEE_SMTP_HOST}, or, when
 * none is named (the demo, a developer's machine), into the server log ({@link LogMailer}). A
 * server without a mail server thus still works end to end, sign-in codes included, and nothing
 * in the application needs a switch that skips a mail.
 */
public record MailTransport(boolean logsOnly) {

    static final String SMTP_HOST = "MARQUEE_SMTP_HOST";

    public static MailTransport from(Function<String, String> environment) {
        String host = environment.apply(SMTP_HOST);
        return new MailTransport(host == null || host.isBlank());
    }
}
