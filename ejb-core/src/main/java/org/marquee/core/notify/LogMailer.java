package org.marquee.core.notify;

import java.util.logging.Logger;

/**
 * The mailer of a server without a mail server ({@link MailTransport#logsOnly()}): writes each
 * email, text part only, to the server log and counts it as sent. The log then holds what the
 * mail held, sign-in codes and reset links included, which is why production always names a mail
 * server (see docs/operations.md, "Outgoing mail").
 */
final class LogMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(LogMailer.class.getName());

    @Override
    public void send(Mail mail) {
        LOG.info(() -> format(mail));
    }

    private static String attachments(Mail mail) {
        StringBuilder lines = new StringBuilder();
        for (MailAttachment file : mail.attachments()) {
            lines.append("  Attached: ")
                    .append(file.fileName())
                    .append(" (")
                    .append(file.contentType())
                    .append(", ")
                    .append(file.content().length)
                    .append(" bytes)\n");
        }
        return lines.toString();
    }

    static String format(Mail mail) {
        return "Email not sent (no MARQUEE_SMTP_HOST), written here instead:\n"
                + "  To: " + mail.recipient() + "\n"
                + "  Subject: " + mail.subject() + "\n"
                + "  Language: " + mail.language() + "\n"
                + attachments(mail)
                + "\n"
                + mail.text().strip().indent(2);
    }
}
