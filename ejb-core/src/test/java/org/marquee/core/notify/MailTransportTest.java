package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mail goes to the SMTP server when one is named, else into the log; and the log shows the mail. */
class MailTransportTest {

    @Test
    void anSmtpHostMeansSending() {
        assertFalse(MailTransport.from(Map.of("MARQUEE_SMTP_HOST", "smtp.internal")::get)
                .logsOnly());
    }

    @Test
    void noOrABlankSmtpHostMeansTheLog() {
        assertTrue(MailTransport.from(Map.<String, String>of()::get).logsOnly());
        assertTrue(MailTransport.from(Map.of("MARQUEE_SMTP_HOST", "  ")::get).logsOnly());
    }

    @Test
    void theLogShowsRecipientSubjectAndText() {
        String logged = LogMailer.format(
                new Mail(7L, "admin@marquee.test", "en", "Your sign-in code", "Your code:\n\n  123456\n", null));

        assertTrue(logged.contains("To: admin@marquee.test"), logged);
        assertTrue(logged.contains("Subject: Your sign-in code"), logged);
        assertTrue(logged.contains("123456"), logged);
    }

    @Test
    void theLogNamesTheAttachedFiles() {
        Mail mail = new Mail(8L, "buyer@marquee.test", "en", "Your tickets", "See attached.", null)
                .with(java.util.List.of(new MailAttachment("tickets-K7P2QX.pdf", "application/pdf", new byte[1234])));

        String logged = LogMailer.format(mail);

        assertTrue(logged.contains("Attached: tickets-K7P2QX.pdf (application/pdf, 1234 bytes)"), logged);
    }
}
